/** Graphviz DOT export for looking at argument graphs, and rendering through the dot program. */
package io.argraph.io.dot;
