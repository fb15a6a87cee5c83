package io.argraph.io.json;

import com.google.errorprone.annotations.Immutable;
import io.argraph.io.internal.JsonStrings;
import io.argraph.io.internal.PackedIds;
import java.io.IOException;
import java.io.Writer;
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
 * <p>Speed: a document is a great many short pieces. They are gathered into a block of this
 * writer's own (a writer call per piece, let alone a lock per piece as in {@link
 * java.io.BufferedWriter}, would cost more than the pieces); member names known in advance are
 * {@link Name}s, quoted once rather than per member; and values known to need no escape (ids, enum
 * names) are copied without being looked at.
 */
final class JsonWriter {
  /** The size of the block gathered before the writer underneath gets it. */
  private static final int BLOCK = 16384;

  /** A newline and enough indent for any depth the argraph documents reach, cut to size. */
  private static final char[] NEWLINE_INDENT = ("\n" + "  ".repeat(16)).toCharArray();

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

  private final Writer out;
  private final char[] block = new char[BLOCK];
  private int used;

  /** Per open container, innermost last: whether it has a member or element yet. */
  private boolean[] hasItems = new boolean[8];

  private int depth;
  private boolean afterName;

  /** For the rare string that needs escapes. */
  private final StringBuilder escaped = new StringBuilder();

  JsonWriter(Writer out) {
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
    String quoted = name.quoted();
    room(quoted.length());
    quoted.getChars(0, quoted.length(), block, used);
    used += quoted.length();
    afterName = true;
  }

  void value(String value) throws IOException {
    beforeValue();
    quoted(value);
  }

  /**
   * Writes a string value known to need no escape, without looking at its characters: an id (the
   * model's id pattern admits only ASCII letters, digits and {@code _.:-}) or an enum's name.
   */
  void verbatimValue(String value) throws IOException {
    beforeValue();
    int length = value.length();
    if (length + 2 > BLOCK) {
      quoted(value);
      return;
    }
    room(length + 2);
    block[used] = '"';
    value.getChars(0, length, block, used + 1);
    used += length + 2;
    block[used - 1] = '"';
  }

  void value(long value) throws IOException {
    beforeValue();
    room(20); // the longest long, Long.MIN_VALUE, has 19 digits and a sign
    if (value == Long.MIN_VALUE) {
      String digits = Long.toString(value); // its magnitude has no positive long
      digits.getChars(0, digits.length(), block, used);
      used += digits.length();
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
      block[--at] = (char) ('0' + rest % 10);
      rest /= 10;
    } while (rest != 0);
    if (value < 0) {
      block[--at] = '-';
    }
  }

  void nullValue() throws IOException {
    beforeValue();
    room(4);
    "null".getChars(0, 4, block, used);
    used += 4;
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

  /** Writes chars as they are, for a value begun with {@link #beginRawValue}. */
  void raw(char[] chars) throws IOException {
    raw(chars, 0, chars.length);
  }

  /** Writes {@code length} chars from {@code offset} as they are (see {@link #beginRawValue}). */
  void raw(char[] chars, int offset, int length) throws IOException {
    if (length > BLOCK) {
      drain();
      out.write(chars, offset, length);
      return;
    }
    copy(chars, offset, length);
  }

  /** Writes an id from packed ids as it is (see {@link #beginRawValue}). */
  void raw(PackedIds ids, long word, int length) throws IOException {
    if (length > BLOCK) {
      char[] chars = new char[length];
      ids.getChars(word, length, chars, 0);
      raw(chars, 0, length);
      return;
    }
    room(length);
    ids.getChars(word, length, block, used);
    used += length;
  }

  /** Writes a string as it is, without quotes or escapes (see {@link #beginRawValue}). */
  void raw(String s) throws IOException {
    int length = s.length();
    if (length > BLOCK) {
      drain();
      out.write(s);
      return;
    }
    room(length);
    s.getChars(0, length, block, used);
    used += length;
  }

  /** Writes a quoted, escaped string (see {@link #beginRawValue}). */
  void rawString(String s) throws IOException {
    quoted(s);
  }

  /** Ends the document with a newline and flushes. */
  void finish() throws IOException {
    if (depth != 0) {
      throw new IllegalStateException("unclosed JSON containers: " + depth);
    }
    room(1);
    block[used++] = '\n';
    drain();
    out.flush();
  }

  private void begin(char open) throws IOException {
    beforeValue();
    room(1);
    block[used++] = open;
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
      room(1);
      block[used++] = ',';
    }
    hasItems[depth - 1] = true;
    newline(depth);
  }

  private void end(char close) throws IOException {
    boolean items = hasItems[--depth];
    if (items) {
      newline(depth);
    }
    room(1);
    block[used++] = close;
  }

  /** Writes a newline and the indent of {@code level} open containers. */
  private void newline(int level) throws IOException {
    int spaces = 2 * level;
    int max = NEWLINE_INDENT.length - 1;
    copy(NEWLINE_INDENT, 0, 1 + Math.min(spaces, max));
    for (int left = spaces - max; left > 0; left -= max) {
      copy(NEWLINE_INDENT, 1, Math.min(left, max));
    }
  }

  /**
   * Writes a quoted string. The common case copies it into the block in one call and checks the
   * copy for anything to escape; only a string that has something goes through {@link JsonStrings}.
   */
  private void quoted(String s) throws IOException {
    int length = s.length();
    if (length + 2 <= BLOCK) {
      room(length + 2);
      int start = used + 1;
      s.getChars(0, length, block, start);
      int end = start + length;
      int i = start;
      while (i < end && JsonStrings.isPlain(block[i])) {
        i++;
      }
      if (i == end) {
        block[used] = '"';
        block[end] = '"';
        used = end + 1;
        return;
      }
    }
    escaped.setLength(0);
    JsonStrings.quote(escaped, s);
    for (int done = 0; done < escaped.length(); ) {
      if (used == BLOCK) {
        drain();
      }
      int n = Math.min(escaped.length() - done, BLOCK - used);
      escaped.getChars(done, done + n, block, used);
      used += n;
      done += n;
    }
  }

  /** Copies chars that fit in a block. */
  private void copy(char[] chars, int offset, int length) throws IOException {
    room(length);
    System.arraycopy(chars, offset, block, used, length);
    used += length;
  }

  private void room(int chars) throws IOException {
    if (BLOCK - used < chars) {
      drain();
    }
  }

  private void drain() throws IOException {
    out.write(block, 0, used);
    used = 0;
  }
}
