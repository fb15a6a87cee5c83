/**
 * argraph core: the argument graph model, its consistency checks and argumentation semantics.
 *
 * @since 0.1.0
 */
// Sat4j 2.3.6 ships as an automatic module (Automatic-Module-Name org.ow2.sat4j.core); it is an
// implementation detail, never part of an exported signature.
@SuppressWarnings("requires-automatic")
module io.argraph.core {
  requires transitive org.jgrapht.core;
  requires com.google.common;
  requires org.ow2.sat4j.core;
  requires static transitive com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports io.argraph.core.model;
  exports io.argraph.core.check;
  exports io.argraph.core.semantics;
}
