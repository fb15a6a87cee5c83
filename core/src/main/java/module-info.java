/**
 * argraph core: the argument graph model, its consistency checks and argumentation semantics.
 *
 * @since 0.1.0
 */
module io.argraph.core {
  requires transitive org.jgrapht.core;
  requires com.google.common;
  requires static transitive com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports io.argraph.core.model;
  exports io.argraph.core.check;
}
