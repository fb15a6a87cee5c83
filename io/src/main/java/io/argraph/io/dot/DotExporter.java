package io.argraph.io.dot;

import static java.util.Objects.requireNonNull;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.io.AtomicFiles;
import io.argraph.io.GraphExporter;
import io.argraph.io.internal.Utf8Block;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes an argument graph as a Graphviz DOT {@code digraph} for looking at it: premises, problems
 * and recommendations drawn in distinct shapes and colours, supports as solid arrows, attacks as
 * red dashed edges with a blunt ({@code tee}) head, long texts word-wrapped, the node id and full
 * text in each tooltip, and a legend.
 *
 * <p>Nodes get synthetic DOT ids {@code n0, n1, …} in graph order; each keeps its real id in an
 * {@code argid} attribute. Every attribute value is quoted and escaped, so no text or id can break
 * the DOT syntax or be read as a Graphviz escape ({@code \N}, {@code \G}, …) or entity. The graph
 * is never {@code strict}, so a support and an attack between the same two nodes are both drawn.
 * Output uses {@code \n} line ends and is byte-identical for equal graphs, styles and decorations.
 *
 * <p>Written to a stream or a file, the text is made as UTF-8 bytes directly; written to a {@link
 * Writer}, those bytes are decoded: the text is the same either way.
 *
 * <p>Immutable and thread-safe if its decorator is:
 *
 * <pre>{@code
 * DotExporter exporter = DotExporter.create(DotStyle.builder().showIds(true).build())
 *     .withDecorator(DotDecorations.findings(report));
 * exporter.write(graph, Path.of("brief.dot"));
 * }</pre>
 *
 * @see GraphvizRenderer to turn the DOT text into SVG or PNG
 * @since 0.1.0
 */
public final class DotExporter implements GraphExporter {
  private static final DotExporter DEFAULT =
      new DotExporter(DotStyle.defaults(), DotDecorator.none());

  private final DotStyle style;

  private final DotDecorator decorator;

  private DotExporter(DotStyle style, DotDecorator decorator) {
    this.style = style;
    this.decorator = decorator;
  }

  /**
   * Returns an exporter with the default style and no decoration.
   *
   * @return the exporter
   */
  public static DotExporter create() {
    return DEFAULT;
  }

  /**
   * Returns an exporter with a style and no decoration.
   *
   * @param style how to draw
   * @return the exporter
   */
  public static DotExporter create(DotStyle style) {
    return new DotExporter(requireNonNull(style, "style"), DotDecorator.none());
  }

  /**
   * Returns an exporter like this one with another style.
   *
   * @param newStyle how to draw
   * @return the new exporter
   */
  public DotExporter withStyle(DotStyle newStyle) {
    return new DotExporter(requireNonNull(newStyle, "newStyle"), decorator);
  }

  /**
   * Returns an exporter like this one with another decorator, replacing the current one; combine
   * several with {@link DotDecorator#andThen(DotDecorator)}.
   *
   * @param newDecorator decorates nodes and relations
   * @return the new exporter
   */
  public DotExporter withDecorator(DotDecorator newDecorator) {
    return new DotExporter(style, requireNonNull(newDecorator, "newDecorator"));
  }

  /**
   * Returns the style.
   *
   * @return the style
   */
  public DotStyle style() {
    return style;
  }

  /**
   * Returns the decorator.
   *
   * @return the decorator
   */
  public DotDecorator decorator() {
    return decorator;
  }

  /**
   * Writes a graph as DOT.
   *
   * @param graph the graph
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  @Override
  public void write(ArgumentGraph graph, Writer out) throws IOException {
    requireNonNull(graph, "graph");
    write(graph, Utf8Block.decodingTo(requireNonNull(out, "out")));
  }

  /**
   * Writes a graph as DOT in UTF-8, made as bytes without an encoder in between.
   *
   * @param graph the graph
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  @Override
  public void write(ArgumentGraph graph, OutputStream out) throws IOException {
    requireNonNull(graph, "graph");
    write(graph, new Utf8Block(requireNonNull(out, "out")));
  }

  /**
   * Writes a graph as DOT in UTF-8 to a file, atomically (see {@link GraphExporter#write(
   * ArgumentGraph, Path)}), made as bytes without an encoder in between.
   *
   * @param graph the graph
   * @param file the file to create or replace
   * @throws IOException if writing fails
   */
  @Override
  public void write(ArgumentGraph graph, Path file) throws IOException {
    requireNonNull(graph, "graph");
    AtomicFiles.writeBytes(file, out -> write(graph, out));
  }

  /** Many short lines: gathered as UTF-8 into blocks, with no call per piece (see Utf8Block). */
  private void write(ArgumentGraph graph, Utf8Block blocks) throws IOException {
    new DotWriter(graph, style, decorator, blocks).write();
    blocks.flush();
  }
}
