/**
 * argraph io: reading and writing argument graphs as native JSON, Graphviz DOT and the formats of
 * neighbouring tools.
 *
 * @since 0.1.0
 */
module io.argraph.io {
  requires transitive io.argraph.core;
  requires com.google.common;
  requires tools.jackson.core;
  requires static transitive com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports io.argraph.io;
  exports io.argraph.io.aif;
  exports io.argraph.io.dot;
  exports io.argraph.io.graphml;
  exports io.argraph.io.iccma;
  exports io.argraph.io.json;
  exports io.argraph.io.mermaid;
}
