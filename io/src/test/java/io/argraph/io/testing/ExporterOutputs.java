package io.argraph.io.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.io.GraphExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks that an exporter which makes UTF-8 bytes itself gives the same document through every
 * entry point: a stream, a file, a writer that encodes, a writer that keeps chars, and {@code
 * toString}.
 */
public final class ExporterOutputs {
  private ExporterOutputs() {}

  /**
   * Asserts that every entry point of the exporter gives exactly the expected bytes (as text, their
   * decoding), and that each piece handed to the stream at once ends on a whole character.
   *
   * @param exporter the exporter
   * @param graph the graph to export
   * @param expected the document's UTF-8 bytes
   * @param file where the file entry point may write; overwritten
   * @return what the stream was given, for the caller's own checks
   * @throws IOException if an export fails
   */
  public static Chunks assertEveryEntryPointGives(
      GraphExporter exporter, ArgumentGraph graph, byte[] expected, Path file) throws IOException {
    String expectedText = new String(expected, StandardCharsets.UTF_8);

    Chunks stream = new Chunks();
    exporter.write(graph, stream);
    assertThat(stream.all.toByteArray()).isEqualTo(expected);
    for (byte[] chunk : stream.chunks) {
      // Each block handed on ends on a whole character.
      assertThat(new String(chunk, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8))
          .isEqualTo(chunk);
    }

    exporter.write(graph, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(expected);

    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    Writer writer = new OutputStreamWriter(encoded, StandardCharsets.UTF_8);
    exporter.write(graph, writer);
    assertThat(encoded.toByteArray()).isEqualTo(expected);

    StringWriter chars = new StringWriter();
    exporter.write(graph, chars);
    assertThat(chars.toString()).isEqualTo(expectedText);

    assertThat(exporter.toString(graph)).isEqualTo(expectedText);
    return stream;
  }

  /**
   * A stream that keeps the bytes it is given and, apart, each piece it was given at once, counts
   * its flushes and refuses to be closed: to see the blocks an exporter or a block writer passes
   * on.
   */
  public static final class Chunks extends OutputStream {
    private final ByteArrayOutputStream all = new ByteArrayOutputStream();
    private final List<byte[]> chunks = new ArrayList<>();
    private int flushes;

    /**
     * Returns all the bytes the stream was given.
     *
     * @return the bytes
     */
    public byte[] bytes() {
      return all.toByteArray();
    }

    /**
     * Returns all the bytes the stream was given, decoded as UTF-8.
     *
     * @return the text
     */
    public String text() {
      return all.toString(StandardCharsets.UTF_8);
    }

    /**
     * Returns the length of each piece the stream was given at once, in order.
     *
     * @return the lengths
     */
    public List<Integer> lengths() {
      return chunks.stream().map(c -> c.length).toList();
    }

    /**
     * Returns every piece the stream was given at once, in order.
     *
     * @return the pieces
     */
    public List<byte[]> chunks() {
      return chunks;
    }

    /**
     * Returns how often the stream was flushed.
     *
     * @return the number of flushes
     */
    public int flushes() {
      return flushes;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      all.write(b, off, len);
      chunks.add(Arrays.copyOfRange(b, off, off + len));
    }

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public void close() {
      throw new AssertionError("the stream must not be closed by what writes to it");
    }
  }
}
