package io.argraph.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Texts as {@code duplicate-text} compares them: trimmed, each run of white space collapsed to one
 * space, and lower-cased under {@link Locale#ROOT}; and a hash of that normalised text, taken
 * without building it, which the graph keeps for every node ({@link GraphIndex#textHashes()}).
 *
 * <p>Not exported from the module: the hash may change in any release.
 */
public final class NormalisedText {
  /** Multiplier of the hash: odd, with well-mixed bits. */
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  /** 0x01 in every byte of a {@code long}; {@code c * ONES} is the byte c in every byte. */
  private static final long ONES = 0x0101010101010101L;

  /** Bit 7 of every byte. */
  private static final long HIGH = 0x8080808080808080L;

  /** Bit 5 of every byte, which tells a lower-case ASCII letter from its upper case. */
  private static final long FOLD = 0x20 * ONES;

  /** Bits 0 to 6 of every byte. */
  private static final long LOW_BITS = 0x7F * ONES;

  /** Reads eight bytes of a {@code byte[]} as one {@code long}, the first byte lowest. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * For each ASCII char: -1 if it is white space in the sense of {@link #collapseWhitespace}, else
   * the char {@link String#toLowerCase(Locale)} makes of it under {@link Locale#ROOT}.
   */
  private static final byte[] ASCII = asciiTable();

  private NormalisedText() {}

  /**
   * Strips the text and replaces every run of white space inside it by one space.
   *
   * @param text any text
   * @return the text collapsed; the text itself if it is collapsed already
   */
  public static String collapseWhitespace(String text) {
    if (isCollapsed(text)) {
      return text; // the common case: nothing to copy
    }
    StringBuilder sb = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = sb.length() > 0;
      } else {
        if (pendingSpace) {
          sb.append(' ');
          pendingSpace = false;
        }
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /**
   * Tells whether the text has no white space at its ends and only single plain spaces inside. All
   * white space and space characters are in the Basic Multilingual Plane, so chars suffice.
   */
  private static boolean isCollapsed(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == length - 1 || text.charAt(i - 1) == ' ') {
          return false;
        }
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the text as {@code duplicate-text} compares it: collapsed, then lower-cased under
   * {@link Locale#ROOT}, so that the comparison does not depend on the machine's language (Turkish
   * I).
   *
   * @param text any text
   * @return the normalised text
   */
  public static String normalise(String text) {
    return collapseWhitespace(text).toLowerCase(Locale.ROOT);
  }

  /**
   * Returns {@code hash(normalise(text))}, without building the normalised text when the text is
   * ASCII.
   *
   * <p>Most texts are simple once the plain spaces at their ends are left out: printable ASCII
   * (0x20 to 0x7E) and no two spaces in a row, so that normalising them only drops those spaces and
   * lower-cases A to Z. Such a text is read eight chars at a time, between its end spaces: a copy
   * of it in ISO-8859-1 is read as little-endian {@code long}s, each is checked with byte-wise
   * arithmetic (SWAR) and mixed into the hash whole, which folds its case ({@link #mix}). The copy
   * is exact only for chars up to 0xFF; any other char becomes {@code '?'}, so a text with a {@code
   * '?'} is not taken as simple. (The deprecated {@code String.getBytes(int, int, byte[], int)}
   * would copy into a reused buffer, but it keeps the low byte of every char, so U+0161 would read
   * as 'a', and no test cheaper than the per-char loop this replaces tells it apart.) Every other
   * text takes {@link #hashCollapsing}, which packs the same bytes into the same words, so the hash
   * depends on the normalised text only.
   *
   * @param text any text
   * @return the hash of its normalised text
   */
  public static int normalisedHash(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    // Plain spaces at either end, which normalising drops, are common in typed texts; the words are
    // read between them rather than every char of the text taking hashCollapsing. A space in the
    // copy is a space in the text: a char it cannot hold becomes '?'.
    int start = 0;
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] == ' ') {
      end--;
    }
    while (start < end && bytes[start] == ' ') {
      start++;
    }
    int length = end - start;
    long h = 0;
    long flaws = 0; // bit 7 of a byte is set where the text is not simple (see flaws(long))
    long spacesBefore = Long.MIN_VALUE; // bit 63: the char before is a space, as if one led
    int whole = length & ~7;
    for (int i = 0; i < whole; i += 8) {
      long word = (long) LONGS.get(bytes, start + i);
      long spaces = spaces(word);
      flaws |= flaws(word) | (spaces & ((spaces << 8) | (spacesBefore >>> 56)));
      spacesBefore = spaces;
      h = mix(h, word);
    }
    long last = 0; // the last length % 8 bytes, in the low bytes
    int rest = length & 7;
    if (rest != 0) {
      last =
          length >= 8
              ? (long) LONGS.get(bytes, end - 8) >>> (64 - 8 * rest)
              : shortWord(bytes, start, end);
      long lanes = HIGH >>> (64 - 8 * rest); // bit 7 of each of the rest bytes
      long spaces = spaces(last) & lanes;
      flaws |= (flaws(last) | (spaces & ((spaces << 8) | (spacesBefore >>> 56)))) & lanes;
      spacesBefore = spaces << (64 - 8 * rest);
    }
    flaws |= spacesBefore & Long.MIN_VALUE; // a trailing space (and the empty text)
    if ((flaws & HIGH) != 0) {
      return hashCollapsing(text);
    }
    return finish(h, last, length);
  }

  /**
   * Bit 7 of each byte of {@code word} that is below 0x20, above 0x7E or {@code '?'}: exact up to
   * the first such byte, which is all a test for zero needs (a borrow or carry runs only upwards,
   * out of a byte already flagged). The other bits are noise.
   */
  private static long flaws(long word) {
    return (word - 0x20 * ONES) // below 0x20 (0xA0 and above too, which word flags anyway)
        | (word + ONES) // 0x7F, with bit 7 of word itself: above 0x7E
        | word
        | ~((word ^ ('?' * ONES)) + LOW_BITS); // '?': the byte is zero after the xor
  }

  /** Bit 7 of each byte of {@code word} that is a space, exact when every byte is below 0x80. */
  private static long spaces(long word) {
    return ~((word ^ (' ' * ONES)) + LOW_BITS) & HIGH;
  }

  /** The bytes {@code [start, end)}, fewer than 8, the first lowest, as {@code LONGS} reads 8. */
  private static long shortWord(byte[] bytes, int start, int end) {
    long word = 0;
    for (int i = end - 1; i >= start; i--) {
      word = (word << 8) | (bytes[i] & 0xFF);
    }
    return word;
  }

  /**
   * {@code hash(normalise(text))} for a text that is not simple: white space is collapsed and
   * letters are lower-cased on the fly when the text is ASCII; other texts are normalised first.
   */
  private static int hashCollapsing(String text) {
    long h = 0;
    long word = 0; // the last chars of the normalised text, not yet mixed into h
    int count = 0; // chars of the normalised text so far
    boolean pendingSpace = false;
    for (int i = 0, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return hash(normalise(text));
      }
      int lower = ASCII[c];
      if (lower < 0) {
        pendingSpace = count > 0;
        continue;
      }
      if (pendingSpace) {
        word |= (long) ' ' << (8 * (count & 7));
        if ((++count & 7) == 0) {
          h = mix(h, word);
          word = 0;
        }
        pendingSpace = false;
      }
      word |= (long) lower << (8 * (count & 7));
      if ((++count & 7) == 0) {
        h = mix(h, word);
        word = 0;
      }
    }
    return finish(h, word, count);
  }

  /**
   * The hash of a text taken as it is: {@code normalisedHash} of a normalised text. An ASCII text
   * is packed eight chars to a {@code long}, the first in the low byte; any other text four chars
   * to a {@code long}. Each full word is mixed in with one multiplication.
   *
   * @param normalised a text as {@link #normalise} gives it
   * @return its hash
   */
  public static int hash(String normalised) {
    int length = normalised.length();
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      ascii &= normalised.charAt(i) < 0x80;
    }
    int perWord = ascii ? 8 : 4;
    long h = 0;
    long word = 0;
    for (int i = 0; i < length; i++) {
      char c = normalised.charAt(i);
      word = ascii ? word | ((long) c << (8 * (i % 8))) : (word << 16) | c;
      if (i % perWord == perWord - 1) {
        h = mix(h, word);
        word = 0;
      }
    }
    return finish(h, word, length);
  }

  /**
   * Mixes a word of chars into the hash, their case folded: bit 5 of every byte is set, which makes
   * A to Z their lower case, so that a simple text needs no lower-casing of its own. It also makes
   * a few other ASCII pairs alike ({@code @} and {@code `}, {@code [} and <code>{</code>, …), and
   * some other chars, which costs only a comparison of two texts whose hashes meet.
   */
  private static long mix(long h, long word) {
    return Long.rotateLeft((h ^ (word | FOLD)) * MULTIPLIER, 29);
  }

  private static int finish(long h, long word, int count) {
    long x = mix(h, word) ^ count;
    x *= MULTIPLIER;
    return (int) (x ^ (x >>> 32));
  }

  private static byte[] asciiTable() {
    byte[] table = new byte[0x80];
    for (char c = 0; c < 0x80; c++) {
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      table[c] = space ? -1 : (byte) String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0);
    }
    return table;
  }
}
