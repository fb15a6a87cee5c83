package io.argraph.io;

import io.argraph.core.model.ArgumentGraph;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes an argument graph in one format.
 *
 * <p>Implementations are stateless and thread-safe, write {@code \n} line ends, and give
 * byte-identical output for equal graphs. The caller closes what it opened: {@link
 * #write(ArgumentGraph, Writer)} and {@link #write(ArgumentGraph, OutputStream)} flush but never
 * close.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface GraphExporter {
  /**
   * Writes a graph.
   *
   * @param graph the graph
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  void write(ArgumentGraph graph, Writer out) throws IOException;

  /**
   * Writes a graph as UTF-8.
   *
   * @param graph the graph
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  default void write(ArgumentGraph graph, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(graph, writer);
    writer.flush();
  }

  /**
   * Writes a graph to a file as UTF-8, atomically: the file is either left as it was or replaced
   * whole, never half-written.
   *
   * @param graph the graph
   * @param file the file to create or replace
   * @throws IOException if writing fails
   */
  default void write(ArgumentGraph graph, Path file) throws IOException {
    AtomicFiles.write(file, writer -> write(graph, writer));
  }

  /**
   * Returns the graph in this format as a string.
   *
   * @param graph the graph
   * @return the text
   */
  default String toString(ArgumentGraph graph) {
    StringWriter out = new StringWriter();
    try {
      write(graph, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }
}
