/**
 * Graphviz DOT export for looking at argument graphs, and rendering through the {@code dot}
 * program.
 *
 * <p>{@link io.argraph.io.dot.DotExporter} writes the DOT text, drawn as a {@link
 * io.argraph.io.dot.DotStyle} says; a {@link io.argraph.io.dot.DotDecorator} adds colours and
 * tooltip lines to chosen nodes and relations without changing the exporter ({@link
 * io.argraph.io.dot.DotDecorations#findings} highlights what a check report names). {@link
 * io.argraph.io.dot.GraphvizRenderer} runs Graphviz to turn the text into SVG or PNG.
 */
package io.argraph.io.dot;
