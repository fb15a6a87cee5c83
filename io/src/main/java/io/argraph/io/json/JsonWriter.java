package io.argraph.io.json;

import com.google.errorprone.annotations.Immutable;
import io.argraph.io.internal.JsonStrings;
import io.argraph.io.internal.PackedIds;
import io.argraph.io.internal.Utf8Decoder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes pretty-printed JSON with exact control over the bytes: two-space indent, {@code "key":
 * value}, one member or element per line, {@code []} and {@code {}} for empty containers, {@code
 * \n} line ends, and non-ASCII characters written as themselves.
 *
 * <p>Only what JSON requires is escaped: {@code "}, {@code \}, the control characters below U+0020
 * and, so that a Java string always round-trips, unpaired surrogates (as {@code \}{@code
 * u0000}-style escapes). Not thread-safe; one instance writes one document.
 *
 * <p>Speed: a document is a great many short pieces. They are gathered as UTF-8 into a block of
 * bytes of this writer's own (a writer call per piece, let alone a lock per piece as in {@link
 * java.io.BufferedWriter}, would cost more than the pieces); member names known in advance are
 * {@link Name}s, quoted once rather than per member; and values known to need no escape (ids, enum
 * names) are copied without being looked at. Written to an {@link OutputStream}, the blocks go out
 * as they are, with no chars and no encoder in between; written to a {@link Writer}, each block is
 * decoded, which is exact because a block always ends on a whole character.
 *
 * <p>The bytes are those an {@link java.io.OutputStreamWriter} for UTF-8 makes of the chars: a
 * surrogate pair as one 4-byte character and an unpaired surrogate, which only {@link #raw} could
 * pass (quoted strings escape them), as {@code ?}.
 */
final class JsonWriter {
  /** The size of the block gathered before the stream or writer underneath gets it. */
  private static final int BLOCK = 16384;

  /** The longest UTF-8 encoding of one char or surrogate pair. */
  private static final int MAX_CHAR_BYTES = 4;

  /** A newline and enough indent for any depth the argraph documents reach, cut to size. */
  private static final byte[] NEWLINE_INDENT =
      ("\n" + "  ".repeat(16)).getBytes(StandardCharsets.US_ASCII);

  /**
   * A member name known in advance, kept quoted and followed by {@code ": "}.
   *
   * @param quoted the name as it is written before its value
   */
  @Immutable
  record Name(String quoted) {
    /**
     * Returns a name.
     *
     * @param name the name; nothing in it may need an escape
     * @return the name, ready to write
     */
    static Name of(String name) {
      for (int i = 0; i < name.length(); i++) {
        if (!JsonStrings.isPlain(name.charAt(i))) {
          throw new IllegalArgumentException("a name needing escapes: " + name);
        }
      }
      return new Name('"' + name + "\": ");
    }
  }

  private final OutputStream out;

  private final byte[] block = new byte[BLOCK];

  private int used;

  /** Per open container, innermost last: whether it has a member or element yet. */
  private boolean[] hasItems = new boolean[8];

  private int depth;
  private boolean afterName;

  /** For the rare string that needs escapes. */
  private final StringBuilder escaped = new StringBuilder();

  /** For the chars of a long packed id. */
  private char[] idChars = new char[0];

  /**
   * A writer that writes chars.
   *
   * @param out receives the text; flushed by {@link #finish}, not closed
   */
  JsonWriter(Writer out) {
    this.out = new Utf8Decoder(out);
  }

  /**
   * A writer that writes UTF-8.
   *
   * @param out receives the bytes; flushed by {@link #finish}, not closed
   */
  JsonWriter(OutputStream out) {
    this.out = out;
  }

  void beginObject() throws IOException {
    begin('{');
  }

  void endObject() throws IOException {
    end('}');
  }

  void beginArray() throws IOException {
    begin('[');
  }

  void endArray() throws IOException {
    end(']');
  }

  /** Writes a member name that is only known now (a metadata key, say). */
  void name(String name) throws IOException {
    newItem();
    quoted(name);
    room(2);
    block[used++] = ':';
    block[used++] = ' ';
    afterName = true;
  }

  void name(Name name) throws IOException {
    newItem();
    chars(name.quoted());
    afterName = true;
  }

  void value(String value) throws IOException {
    beforeValue();
    quoted(value);
  }

  /**
   * Writes a string value known to need no escape, without looking at its characters for escapes:
   * an id (the model's id pattern admits only ASCII letters, digits and {@code _.:-}) or an enum's
   * name.
   */
  void verbatimValue(String value) throws IOException {
    beforeValue();
    ascii('"');
    chars(value);
    ascii('"');
  }

  void value(long value) throws IOException {
    beforeValue();
    room(20); // the longest long, Long.MIN_VALUE, has 19 digits and a sign
    if (value == Long.MIN_VALUE) {
      chars(Long.toString(value)); // its magnitude has no positive long
      return;
    }
    long rest = Math.abs(value);
    int length = value < 0 ? 2 : 1;
    for (long v = rest; v >= 10; v /= 10) {
      length++;
    }
    int at = used + length;
    used = at;
    do {
      block[--at] = (byte) ('0' + rest % 10);
      rest /= 10;
    } while (rest != 0);
    if (value < 0) {
      block[--at] = '-';
    }
  }

  void nullValue() throws IOException {
    beforeValue();
    chars("null");
  }

  void member(String name, String value) throws IOException {
    name(name);
    value(value);
  }

  void member(String name, long value) throws IOException {
    name(name);
    value(value);
  }

  void member(Name name, String value) throws IOException {
    name(name);
    value(value);
  }

  void member(Name name, long value) throws IOException {
    name(name);
    value(value);
  }

  /** A member whose value needs no escape: see {@link #verbatimValue}. */
  void verbatimMember(Name name, String value) throws IOException {
    name(name);
    verbatimValue(value);
  }

  /**
   * Starts a value written as raw pieces: what {@link #beginObject} writes before its brace (a
   * comma after an earlier element and the line's indent). The caller then writes, with {@link
   * #raw} and {@link #rawString}, one whole value formatted as this writer would write it at this
   * depth; the writer's state is that of after the value.
   */
  void beginRawValue() throws IOException {
    beforeValue();
  }

  /**
   * Starts an element of the innermost array written as raw pieces, writing nothing: the caller
   * writes what {@link #beginRawValue} would have written (a comma unless this is the first
   * element, then the line's indent) in its first piece, then the element as there.
   *
   * @return whether the array had no element yet, so that the comma is left out
   */
  boolean beginRawElement() {
    boolean first = !hasItems[depth - 1];
    hasItems[depth - 1] = true;
    return first;
  }

  /** Writes chars as they are, for a value begun with {@link #beginRawValue}. */
  void raw(char[] chars) throws IOException {
    raw(chars, 0, chars.length);
  }

  /** Writes {@code length} chars from {@code offset} as they are (see {@link #beginRawValue}). */
  void raw(char[] chars, int offset, int length) throws IOException {
    chars(String.valueOf(chars, offset, length));
  }

  /**
   * Writes bytes as they are (see {@link #beginRawValue}): whole UTF-8 characters, at most a
   * block's worth.
   */
  void raw(byte[] bytes, int offset, int length) throws IOException {
    if (length > BLOCK) {
      throw new IllegalArgumentException("a piece of " + length + " bytes");
    }
    room(length);
    System.arraycopy(bytes, offset, block, used, length);
    used += length;
  }

  /** Writes all of {@code bytes} as they are: see {@link #raw(byte[], int, int)}. */
  void raw(byte[] bytes) throws IOException {
    raw(bytes, 0, bytes.length);
  }

  /**
   * Writes an id from packed ids as it is (see {@link #beginRawValue}): one held in its word
   * straight from the word's bytes ({@link PackedIds#putWordBytes}).
   */
  void raw(PackedIds ids, long word, int length) throws IOException {
    if (PackedIds.inWord(word)) {
      room(length);
      used = PackedIds.putWordBytes(word, length, block, used);
      return;
    }
    if (idChars.length < length) {
      idChars = new char[length];
    }
    ids.getChars(word, length, idChars, 0);
    raw(idChars, 0, length);
  }

  /** Writes a string as it is, without quotes or escapes (see {@link #beginRawValue}). */
  void raw(String s) throws IOException {
    chars(s);
  }

  /** Writes a quoted, escaped string (see {@link #beginRawValue}). */
  void rawString(String s) throws IOException {
    quoted(s);
  }

  /**
   * Writes what {@link #rawString} writes between the quotes: the escaped string (see {@link
   * #beginRawValue}).
   */
  void rawStringContent(String s) throws IOException {
    escapedContent(s);
  }

  /** Ends the document with a newline and flushes. */
  void finish() throws IOException {
    if (depth != 0) {
      throw new IllegalStateException("unclosed JSON containers: " + depth);
    }
    ascii('\n');
    drain();
    out.flush();
  }

  private void begin(char open) throws IOException {
    beforeValue();
    ascii(open);
    if (depth == hasItems.length) {
      hasItems = Arrays.copyOf(hasItems, depth * 2);
    }
    hasItems[depth++] = false;
  }

  private void beforeValue() throws IOException {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      newItem();
    }
  }

  private void newItem() throws IOException {
    if (hasItems[depth - 1]) {
      ascii(',');
    }
    hasItems[depth - 1] = true;
    newline(depth);
  }

  private void end(char close) throws IOException {
    boolean items = hasItems[--depth];
    if (items) {
      newline(depth);
    }
    ascii(close);
  }

  /** Writes a newline and the indent of {@code level} open containers. */
  private void newline(int level) throws IOException {
    int spaces = 2 * level;
    int max = NEWLINE_INDENT.length - 1;
    raw(NEWLINE_INDENT, 0, 1 + Math.min(spaces, max));
    for (int left = spaces - max; left > 0; left -= max) {
      raw(NEWLINE_INDENT, 1, Math.min(left, max));
    }
  }

  /** Writes one ASCII char. */
  private void ascii(char c) throws IOException {
    room(1);
    block[used++] = (byte) c;
  }

  /** Writes a quoted, escaped string. */
  private void quoted(String s) throws IOException {
    ascii('"');
    escapedContent(s);
    ascii('"');
  }

  /**
   * Writes a string escaped, without quotes. The common case, a string of ASCII chars none of which
   * needs an escape, is stored a byte per char while it is checked; any other string goes through
   * {@link JsonStrings} and is encoded char by char.
   */
  private void escapedContent(String s) throws IOException {
    int length = s.length();
    if (length <= BLOCK) {
      room(length);
      byte[] b = block;
      int at = used;
      int i = 0;
      while (i < length) {
        char c = s.charAt(i);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
          break;
        }
        b[at + i] = (byte) c;
        i++;
      }
      if (i == length) {
        used = at + length;
        return;
      }
    }
    escaped.setLength(0);
    JsonStrings.quote(escaped, s);
    encode(escaped, 1, escaped.length() - 1);
  }

  /**
   * Writes a string as it is, without quotes or escapes: ASCII a byte per char, anything else
   * encoded.
   */
  private void chars(String s) throws IOException {
    int length = s.length();
    if (length <= BLOCK) {
      room(length);
      byte[] b = block;
      int at = used;
      int i = 0;
      while (i < length) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          break;
        }
        b[at + i] = (byte) c;
        i++;
      }
      used = at + i;
      if (i == length) {
        return;
      }
      encode(s, i, length);
      return;
    }
    encode(s, 0, length);
  }

  /**
   * Encodes chars {@code from} to {@code to} as UTF-8, as the JDK's encoder does: a surrogate pair
   * as one 4-byte character, an unpaired surrogate as {@code ?}. A character's bytes always go into
   * one block.
   */
  private void encode(CharSequence s, int from, int to) throws IOException {
    for (int i = from; i < to; i++) {
      room(MAX_CHAR_BYTES);
      char c = s.charAt(i);
      if (c < 0x80) {
        block[used++] = (byte) c;
      } else if (c < 0x800) {
        block[used++] = (byte) (0xc0 | c >> 6);
        block[used++] = (byte) (0x80 | (c & 0x3f));
      } else if (!Character.isSurrogate(c)) {
        block[used++] = (byte) (0xe0 | c >> 12);
        block[used++] = (byte) (0x80 | (c >> 6 & 0x3f));
        block[used++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < to
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int p = Character.toCodePoint(c, s.charAt(++i));
        block[used++] = (byte) (0xf0 | p >> 18);
        block[used++] = (byte) (0x80 | (p >> 12 & 0x3f));
        block[used++] = (byte) (0x80 | (p >> 6 & 0x3f));
        block[used++] = (byte) (0x80 | (p & 0x3f));
      } else {
        block[used++] = '?';
      }
    }
  }

  private void room(int bytes) throws IOException {
    if (BLOCK - used < bytes) {
      drain();
    }
  }

  /** Passes the block on; it ends on a whole character. */
  private void drain() throws IOException {
    out.write(block, 0, used);
    used = 0;
  }
}
