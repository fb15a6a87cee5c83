package io.argraph.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Gathers a document as UTF-8 bytes in a block of its own and passes each block on whole, to a
 * stream as it is or, through {@link #decodingTo}, to a writer as chars.
 *
 * <p>An exporter writes a document as a great many short pieces: a call to a stream or writer per
 * piece, let alone a lock per piece as in {@link java.io.BufferedWriter}, would cost more than the
 * pieces, and so would an encoder between chars and bytes. ASCII is stored a byte per char;
 * anything else is encoded as an {@link java.io.OutputStreamWriter} for UTF-8 encodes it: a
 * surrogate pair as one 4-byte character (see {@link #writePair}), an unpaired surrogate as {@code
 * ?}. Each call is encoded alone: a pair split between two calls is two unpaired surrogates. A
 * character's bytes never straddle two blocks, so each block decodes alone.
 *
 * <p>One instance serves one export on one thread. {@link #flush()} passes what is gathered on and
 * flushes what is underneath, which it never closes. Not exported from the module.
 */
public final class Utf8Block {
  /** The size of a block in bytes; the most {@link #reserve} makes room for. */
  public static final int BLOCK = 16384;

  /** The most digits of a non-negative int. */
  public static final int DECIMAL_ROOM = 10;

  /** The longest UTF-8 encoding of one char or surrogate pair. */
  private static final int MAX_CHAR_BYTES = 4;

  /** For each number below 100, its tens digit and its ones digit. */
  private static final byte[] DIGIT_TENS = new byte[100];

  private static final byte[] DIGIT_ONES = new byte[100];

  static {
    for (int i = 0; i < 100; i++) {
      DIGIT_TENS[i] = (byte) ('0' + i / 10);
      DIGIT_ONES[i] = (byte) ('0' + i % 10);
    }
  }

  private final OutputStream out;
  private final byte[] block = new byte[BLOCK];
  private int used;

  /**
   * Gathers bytes for a stream.
   *
   * @param out receives each block as it fills and the rest on {@link #flush}; never closed
   */
  public Utf8Block(OutputStream out) {
    this.out = out;
  }

  /**
   * Gathers bytes for a writer, which gets each block decoded into chars.
   *
   * @param out receives the chars; never closed
   * @return the block
   */
  public static Utf8Block decodingTo(Writer out) {
    return new Utf8Block(new Utf8Decoder(out));
  }

  /**
   * Writes one char: ASCII as one byte, any other as its UTF-8 bytes, a surrogate (which alone is
   * unpaired) as {@code ?}.
   *
   * @param c the char
   * @throws IOException if passing a block on fails
   */
  public void write(char c) throws IOException {
    if (c < 0x80) {
      if (used == BLOCK) {
        drain();
      }
      block[used++] = (byte) c;
    } else {
      encode(c);
    }
  }

  /**
   * Writes a surrogate pair as the one 4-byte character it stands for.
   *
   * @param high the high surrogate
   * @param low the low surrogate
   * @throws IOException if passing a block on fails
   * @throws IllegalArgumentException if the two are not a pair
   */
  public void writePair(char high, char low) throws IOException {
    if (!Character.isSurrogatePair(high, low)) {
      throw new IllegalArgumentException("not a surrogate pair: " + (int) high + ", " + (int) low);
    }
    room(MAX_CHAR_BYTES);
    putCodePoint(Character.toCodePoint(high, low));
  }

  /**
   * Writes the chars {@code from} (inclusive) to {@code to} (exclusive) of a string: a run of ASCII
   * a byte per char, anything else encoded.
   *
   * @param s the string
   * @param from the first char
   * @param to after the last char
   * @throws IOException if passing a block on fails
   */
  public void write(String s, int from, int to) throws IOException {
    int length = to - from;
    int i = from;
    if (length <= BLOCK) {
      room(length);
      byte[] b = block;
      int at = used - from;
      while (i < to) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          break;
        }
        b[at + i] = (byte) c;
        i++;
      }
      used = at + i;
    }
    encode(s, i, to);
  }

  /**
   * Writes a whole string as {@link #write(String, int, int)} does.
   *
   * @param s the string
   * @throws IOException if passing a block on fails
   */
  public void write(String s) throws IOException {
    write(s, 0, s.length());
  }

  /**
   * Writes bytes as they are: whole UTF-8 characters, at most a block's worth.
   *
   * @param bytes the bytes
   * @param offset where the first is
   * @param length how many
   * @throws IOException if passing a block on fails
   * @throws IllegalArgumentException if there are more than a block's worth
   */
  public void write(byte[] bytes, int offset, int length) throws IOException {
    if (length > BLOCK) {
      throw new IllegalArgumentException("a piece of " + length + " bytes; at most " + BLOCK);
    }
    room(length);
    System.arraycopy(bytes, offset, block, used, length);
    used += length;
  }

  /**
   * Writes all of an array of bytes as they are: see {@link #write(byte[], int, int)}.
   *
   * @param bytes the bytes
   * @throws IOException if passing a block on fails
   * @throws IllegalArgumentException if there are more than a block's worth
   */
  public void write(byte[] bytes) throws IOException {
    write(bytes, 0, bytes.length);
  }

  /**
   * Writes a non-negative number in decimal, as {@link Integer#toString(int)} would, straight into
   * the block.
   *
   * @param value the number
   * @throws IOException if passing a block on fails
   * @throws IllegalArgumentException if the number is negative
   */
  public void writeDecimal(int value) throws IOException {
    if (value < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    room(DECIMAL_ROOM);
    used = putDecimal(block, used, value);
  }

  /**
   * Puts a non-negative number in decimal into a byte array, as {@link Integer#toString(int)} would
   * write it in ASCII.
   *
   * @param destination where to put it; needs room for the digits
   * @param at where its first digit goes
   * @param value the number, not negative
   * @return the position after its last digit
   * @throws IllegalArgumentException if the number is negative
   */
  public static int putDecimal(byte[] destination, int at, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    if (value < 10_000) {
      return putSmall(destination, at, value);
    }
    // The last four digits apart from the rest: two short chains of divisions, which the
    // processor overlaps, instead of one long chain of two digits per division.
    int high = value / 10_000;
    int low = value - high * 10_000;
    int p = high < 10_000 ? putSmall(destination, at, high) : putDecimal(destination, at, high);
    int a = low / 100;
    int b = low - a * 100;
    destination[p] = DIGIT_TENS[a];
    destination[p + 1] = DIGIT_ONES[a];
    destination[p + 2] = DIGIT_TENS[b];
    destination[p + 3] = DIGIT_ONES[b];
    return p + 4;
  }

  /** Puts a number below 10,000 in decimal and returns the position after its last digit. */
  private static int putSmall(byte[] destination, int at, int value) {
    int p = at;
    int rest = value;
    if (value >= 100) {
      int a = value / 100;
      rest = value - a * 100;
      if (a >= 10) {
        destination[p++] = DIGIT_TENS[a];
      }
      destination[p++] = DIGIT_ONES[a];
      destination[p++] = DIGIT_TENS[rest];
    } else if (value >= 10) {
      destination[p++] = DIGIT_TENS[rest];
    }
    destination[p] = DIGIT_ONES[rest];
    return p + 1;
  }

  /**
   * Puts chars known to be ASCII into a byte array, a byte per char: their UTF-8 bytes.
   *
   * <p>With the deprecated {@link String#getBytes(int, int, byte[], int)}, on purpose: it keeps the
   * low byte of each char, which is wrong for text in general and exactly the UTF-8 byte of an
   * ASCII char, and for a string stored a byte per char (as ASCII strings are) it is one array
   * copy, several times faster than a loop over the chars.
   *
   * @param s the string whose chars {@code from} (inclusive) to {@code to} (exclusive) are put,
   *     each below U+0080
   * @param from the first char
   * @param to after the last char
   * @param destination where to put them
   * @param at where the first goes
   * @return the position after the last
   */
  @SuppressWarnings("deprecation") // on purpose, see above: the chars are ASCII
  public static int putAscii(String s, int from, int to, byte[] destination, int at) {
    s.getBytes(from, to, destination, at);
    return at + to - from;
  }

  /**
   * Puts bytes into a byte array.
   *
   * @param destination where to put them
   * @param at where the first goes
   * @param bytes the bytes, all of which are put
   * @return the position after the last
   */
  public static int put(byte[] destination, int at, byte[] bytes) {
    System.arraycopy(bytes, 0, destination, at, bytes.length);
    return at + bytes.length;
  }

  /**
   * Makes room for a run of bytes that the caller puts into the block itself: at most {@code
   * length} bytes, whole UTF-8 characters, from the returned position of {@link #block()}, after
   * which it calls {@link #advance}. Between the two, nothing else may be written.
   *
   * @param length the most bytes the caller will put, at most {@link #BLOCK}
   * @return where the first goes in {@link #block()}
   * @throws IOException if passing the block on fails
   * @throws IllegalArgumentException if the length is negative or more than a block
   */
  public int reserve(int length) throws IOException {
    if (length < 0 || length > BLOCK) {
      throw new IllegalArgumentException("reserve " + length + " bytes: use 0 to " + BLOCK);
    }
    room(length);
    return used;
  }

  /**
   * Returns the block, for a caller that puts bytes there after {@link #reserve}.
   *
   * @return the block
   */
  public byte[] block() {
    return block;
  }

  /**
   * Takes the bytes the caller put after {@link #reserve} as written.
   *
   * @param end the position after the last byte put
   * @throws IllegalArgumentException if that is before the bytes already written or past the block
   */
  public void advance(int end) {
    if (end < used || end > BLOCK) {
      throw new IllegalArgumentException("advance to " + end + " from " + used);
    }
    used = end;
  }

  /**
   * Passes what is gathered on and flushes the stream or writer underneath.
   *
   * @throws IOException if that fails
   */
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Encodes chars {@code from} to {@code to} one character at a time, each whole in one block. */
  private void encode(String s, int from, int to) throws IOException {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        room(MAX_CHAR_BYTES);
        putCodePoint(Character.toCodePoint(c, s.charAt(++i)));
      } else {
        encode(c);
      }
    }
  }

  /** Encodes one char that is not part of a pair. */
  private void encode(char c) throws IOException {
    room(MAX_CHAR_BYTES);
    byte[] b = block;
    if (c < 0x80) {
      b[used++] = (byte) c;
    } else if (c < 0x800) {
      b[used++] = (byte) (0xc0 | c >> 6);
      b[used++] = (byte) (0x80 | (c & 0x3f));
    } else if (!Character.isSurrogate(c)) {
      b[used++] = (byte) (0xe0 | c >> 12);
      b[used++] = (byte) (0x80 | (c >> 6 & 0x3f));
      b[used++] = (byte) (0x80 | (c & 0x3f));
    } else {
      b[used++] = '?';
    }
  }

  /** Puts the 4 bytes of a supplementary code point; the caller made room. */
  private void putCodePoint(int p) {
    byte[] b = block;
    b[used++] = (byte) (0xf0 | p >> 18);
    b[used++] = (byte) (0x80 | (p >> 12 & 0x3f));
    b[used++] = (byte) (0x80 | (p >> 6 & 0x3f));
    b[used++] = (byte) (0x80 | (p & 0x3f));
  }

  private void room(int bytes) throws IOException {
    if (BLOCK - used < bytes) {
      drain();
    }
  }

  /** Passes the block on; it ends on a whole character. */
  private void drain() throws IOException {
    if (used > 0) {
      out.write(block, 0, used);
      used = 0;
    }
  }
}
