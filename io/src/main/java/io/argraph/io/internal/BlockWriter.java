package io.argraph.io.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * Gathers many short writes into large blocks for the writer underneath, without locking.
 *
 * <p>An exporter writes a document as thousands of short pieces; {@link java.io.BufferedWriter}
 * takes a lock on every one of them, which made writing JSON and DOT many times slower than writing
 * the same text at once. One {@code BlockWriter} serves one export on one thread. {@link #flush()}
 * passes what is gathered on and flushes the writer underneath; {@link #close()} does the same and
 * never closes it: the caller closes what it opened.
 *
 * <p>Not exported from the module.
 */
public final class BlockWriter extends Writer {
  /** The size of a block; the most {@link #reserve} makes room for. */
  public static final int BLOCK = 8192;

  /** The most digits of a non-negative int. */
  public static final int DECIMAL_ROOM = 10;

  /** 10 to the power of each index, as far as an int goes. */
  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };

  /** For each number below 100, its tens digit and its ones digit. */
  private static final char[] DIGIT_TENS = new char[100];

  private static final char[] DIGIT_ONES = new char[100];

  static {
    for (int i = 0; i < 100; i++) {
      DIGIT_TENS[i] = (char) ('0' + i / 10);
      DIGIT_ONES[i] = (char) ('0' + i % 10);
    }
  }

  private final Writer out;
  private final char[] buffer = new char[BLOCK];
  private int used;

  /**
   * Wraps a writer.
   *
   * @param out the writer that receives the blocks
   */
  public BlockWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    if (used == BLOCK) {
      drain();
    }
    buffer[used++] = (char) c;
  }

  @Override
  public void write(String s, int offset, int length) throws IOException {
    if (length > BLOCK - used) {
      drain();
      if (length > BLOCK) {
        out.write(s, offset, length);
        return;
      }
    }
    s.getChars(offset, offset + length, buffer, used);
    used += length;
  }

  @Override
  public void write(String s) throws IOException {
    write(s, 0, s.length());
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (length > BLOCK - used) {
      drain();
      if (length > BLOCK) {
        out.write(chars, offset, length);
        return;
      }
    }
    System.arraycopy(chars, offset, buffer, used, length);
    used += length;
  }

  /**
   * Writes a non-negative number in decimal, as {@link Integer#toString(int)} would, straight into
   * the block.
   *
   * @param value the number
   * @throws IOException if passing the block on fails
   * @throws IllegalArgumentException if the number is negative
   */
  public void writeDecimal(int value) throws IOException {
    if (value < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    int length = decimalLength(value);
    if (length > BLOCK - used) {
      drain();
    }
    used += length;
    putDigits(buffer, used, value);
  }

  /**
   * Puts a non-negative number in decimal into a char array, as {@link Integer#toString(int)} would
   * write it.
   *
   * @param destination where to put it; needs room for the digits
   * @param at where its first digit goes
   * @param value the number, not negative
   * @return the position after its last digit
   * @throws IllegalArgumentException if the number is negative
   */
  public static int putDecimal(char[] destination, int at, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    int end = at + decimalLength(value);
    putDigits(destination, end, value);
    return end;
  }

  /** Returns the number of digits of a non-negative number. */
  private static int decimalLength(int value) {
    int length = 1;
    while (length < POWERS_OF_TEN.length && value >= POWERS_OF_TEN[length]) {
      length++;
    }
    return length;
  }

  /** Puts the digits of a non-negative number, its last digit just before {@code end}. */
  private static void putDigits(char[] buffer, int end, int value) {
    int at = end;
    int v = value;
    // Two digits per division, as Integer.toString does.
    while (v >= 100) {
      int q = v / 100;
      int r = v - q * 100;
      buffer[--at] = DIGIT_ONES[r];
      buffer[--at] = DIGIT_TENS[r];
      v = q;
    }
    if (v >= 10) {
      buffer[--at] = DIGIT_ONES[v];
      buffer[--at] = DIGIT_TENS[v];
    } else {
      buffer[--at] = (char) ('0' + v);
    }
  }

  /**
   * Makes room for a run of chars that the caller puts into the block itself: at most {@code
   * length} chars from the returned position of {@link #block()}, after which it calls {@link
   * #advance}. Between the two, nothing else may be written.
   *
   * @param length the most chars the caller will put, at most {@link #BLOCK}
   * @return where the first goes in {@link #block()}
   * @throws IOException if passing the block on fails
   * @throws IllegalArgumentException if the length is negative or more than a block
   */
  public int reserve(int length) throws IOException {
    if (length < 0 || length > BLOCK) {
      throw new IllegalArgumentException("reserve " + length + " chars: use 0 to " + BLOCK);
    }
    if (length > BLOCK - used) {
      drain();
    }
    return used;
  }

  /**
   * Returns the block, for a caller that put chars there after {@link #reserve}.
   *
   * @return the block
   */
  public char[] block() {
    return buffer;
  }

  /**
   * Takes the chars the caller put after {@link #reserve} as written.
   *
   * @param end the position after the last char put
   * @throws IllegalArgumentException if that is before the chars already written or past the block
   */
  public void advance(int end) {
    if (end < used || end > BLOCK) {
      throw new IllegalArgumentException("advance to " + end + " from " + used);
    }
    used = end;
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  private void drain() throws IOException {
    if (used > 0) {
      out.write(buffer, 0, used);
      used = 0;
    }
  }
}
