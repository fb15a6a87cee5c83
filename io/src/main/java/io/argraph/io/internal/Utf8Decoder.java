package io.argraph.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Passes blocks of UTF-8 on to a writer as chars, for an exporter that makes bytes and is asked to
 * write to a {@link Writer}. Each block it is given must end on a whole character, so that decoding
 * it alone is exact; the exporters' blocks ({@link Utf8Block}, the JSON writer's) always do.
 *
 * <p>Every block is decoded by one reused decoder into one reused char array. Not {@code new
 * String(b, off, len, UTF_8)} per block: with a new string per block, the JSON exporter writing to
 * a writer took seven times as long for its first twenty exports, until the compiler caught up.
 *
 * <p>One instance serves one export on one thread. {@link #flush()} flushes the writer, which it
 * never closes. Not exported from the module.
 */
public final class Utf8Decoder extends OutputStream {
  private final Writer out;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
  private char[] chars = new char[0];

  /**
   * Decodes into a writer.
   *
   * @param out receives the chars; never closed
   */
  public Utf8Decoder(Writer out) {
    this.out = out;
  }

  /**
   * Decodes one byte, which must be a whole character: ASCII.
   *
   * @param b the byte, in the low eight bits
   * @throws IOException if writing fails, or the byte is not a whole character
   */
  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  /**
   * Decodes a block of whole UTF-8 characters and writes its chars.
   *
   * @param b the bytes
   * @param off where the block starts
   * @param len its length
   * @throws IOException if writing fails
   * @throws java.nio.charset.CharacterCodingException if the block is not well-formed UTF-8 or ends
   *     inside a character
   */
  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (chars.length < len) {
      chars = new char[len]; // UTF-8 never has fewer bytes than UTF-16 has chars
    }
    CharBuffer to = CharBuffer.wrap(chars);
    CoderResult result = decoder.reset().decode(ByteBuffer.wrap(b, off, len), to, true);
    if (result.isError()) {
      result.throwException();
    }
    out.write(chars, 0, to.position());
  }

  /**
   * Flushes the writer.
   *
   * @throws IOException if that fails
   */
  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
