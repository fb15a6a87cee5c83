package io.argraph.benchmarks;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Where the write benchmarks write: UTF-8 encoding to a discarding stream, as to a file. */
final class Sinks {
  private Sinks() {}

  /**
   * A buffered UTF-8 writer that encodes everything and then drops the bytes, so writing costs
   * formatting and encoding but no disk.
   */
  static Writer utf8() {
    return new BufferedWriter(
        new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8), 8192);
  }
}
