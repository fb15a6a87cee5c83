package io.argraph.io.json;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes pretty-printed JSON with exact control over the bytes: two-space indent, {@code "key":
 * value}, one member or element per line, {@code []} and {@code {}} for empty containers, {@code
 * \n} line ends, and non-ASCII characters written as themselves.
 *
 * <p>Only what JSON requires is escaped: {@code "}, {@code \}, the control characters below U+0020
 * and, so that a Java string always round-trips, unpaired surrogates (as {@code \}{@code uXXXX}).
 * Not thread-safe; one instance writes one document.
 *
 * <p>Output is gathered in a buffer of its own and reaches the writer in large blocks, at the
 * latest in {@link #finish()}: a document is made of many short pieces, and writing each straight
 * to a {@code BufferedWriter} costs a lock per piece, which made writing several times slower than
 * writing the same text at once.
 */
final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static final int BUFFER_SIZE = 8192;

  private final Writer out;

  private final char[] buffer = new char[BUFFER_SIZE];

  private int used;

  /** Per open container: whether it has a member or element yet. */
  private final Deque<boolean[]> open = new ArrayDeque<>();

  private boolean afterName;

  JsonWriter(Writer out) {
    this.out = out;
  }

  void beginObject() throws IOException {
    beforeValue();
    put('{');
    open.push(new boolean[1]);
  }

  void endObject() throws IOException {
    end('}');
  }

  void beginArray() throws IOException {
    beforeValue();
    put('[');
    open.push(new boolean[1]);
  }

  void endArray() throws IOException {
    end(']');
  }

  void name(String name) throws IOException {
    newItem();
    quoted(name);
    put(": ");
    afterName = true;
  }

  void value(String value) throws IOException {
    beforeValue();
    quoted(value);
  }

  void value(long value) throws IOException {
    beforeValue();
    put(Long.toString(value));
  }

  void nullValue() throws IOException {
    beforeValue();
    put("null");
  }

  void member(String name, String value) throws IOException {
    name(name);
    value(value);
  }

  void member(String name, long value) throws IOException {
    name(name);
    value(value);
  }

  /** Ends the document with a newline and flushes. */
  void finish() throws IOException {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed JSON containers: " + open.size());
    }
    put('\n');
    drain();
    out.flush();
  }

  private void beforeValue() throws IOException {
    if (afterName) {
      afterName = false;
    } else if (!open.isEmpty()) {
      newItem();
    }
  }

  private void newItem() throws IOException {
    boolean[] hasItems = open.element();
    if (hasItems[0]) {
      put(',');
    }
    hasItems[0] = true;
    put('\n');
    indent(open.size());
  }

  private void end(char close) throws IOException {
    boolean[] hasItems = open.pop();
    if (hasItems[0]) {
      put('\n');
      indent(open.size());
    }
    put(close);
  }

  private void indent(int depth) throws IOException {
    for (int i = 0; i < depth; i++) {
      put("  ");
    }
  }

  private void quoted(String s) throws IOException {
    put('"');
    int length = s.length();
    int run = 0; // start of the pending run of characters written as they are
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      String escape = escape(s, i, c);
      if (escape != null) {
        put(s, run, i - run);
        put(escape);
        run = i + 1;
      } else if (Character.isHighSurrogate(c)) {
        i++; // a valid pair: keep both halves in the run
      }
    }
    put(s, run, length - run);
    put('"');
  }

  /** Returns the escape for the char at {@code i}, or null to write it as it is. */
  private static String escape(String s, int i, char c) {
    String simple =
        switch (c) {
          case '"' -> "\\\"";
          case '\\' -> "\\\\";
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case '\t' -> "\\t";
          case '\b' -> "\\b";
          case '\f' -> "\\f";
          default -> null;
        };
    if (simple != null) {
      return simple;
    }
    if (c < 0x20) {
      return unicodeEscape(c);
    }
    if (Character.isHighSurrogate(c)) {
      boolean paired = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      return paired ? null : unicodeEscape(c);
    }
    if (Character.isLowSurrogate(c)) {
      return unicodeEscape(c); // a low surrogate reached here has no high one before it
    }
    return null;
  }

  private static String unicodeEscape(char c) {
    return new String(
        new char[] {
          '\\', 'u', HEX[(c >> 12) & 0xf], HEX[(c >> 8) & 0xf], HEX[(c >> 4) & 0xf], HEX[c & 0xf]
        });
  }

  private void put(char c) throws IOException {
    if (used == buffer.length) {
      drain();
    }
    buffer[used++] = c;
  }

  private void put(String s) throws IOException {
    put(s, 0, s.length());
  }

  private void put(String s, int offset, int length) throws IOException {
    if (length > buffer.length - used) {
      drain();
      if (length > buffer.length) {
        out.write(s, offset, length);
        return;
      }
    }
    s.getChars(offset, offset + length, buffer, used);
    used += length;
  }

  private void drain() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }
}
