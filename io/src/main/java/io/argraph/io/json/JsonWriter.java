package io.argraph.io.json;

import io.argraph.io.internal.BlockWriter;
import io.argraph.io.internal.JsonStrings;
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
 * and, so that a Java string always round-trips, unpaired surrogates (as {@code \}{@code
 * u0000}-style escapes). Not thread-safe; one instance writes one document.
 */
final class JsonWriter {

  private final Writer out;

  /** Per open container: whether it has a member or element yet. */
  private final Deque<boolean[]> open = new ArrayDeque<>();

  private boolean afterName;

  JsonWriter(Writer out) {
    // A document is many short pieces: gather them into blocks (see BlockWriter).
    this.out = new BlockWriter(out);
  }

  void beginObject() throws IOException {
    beforeValue();
    out.write('{');
    open.push(new boolean[1]);
  }

  void endObject() throws IOException {
    end('}');
  }

  void beginArray() throws IOException {
    beforeValue();
    out.write('[');
    open.push(new boolean[1]);
  }

  void endArray() throws IOException {
    end(']');
  }

  void name(String name) throws IOException {
    newItem();
    quoted(name);
    out.write(": ");
    afterName = true;
  }

  void value(String value) throws IOException {
    beforeValue();
    quoted(value);
  }

  void value(long value) throws IOException {
    beforeValue();
    out.write(Long.toString(value));
  }

  void nullValue() throws IOException {
    beforeValue();
    out.write("null");
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
    out.write('\n');
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
      out.write(',');
    }
    hasItems[0] = true;
    out.write('\n');
    indent(open.size());
  }

  private void end(char close) throws IOException {
    boolean[] hasItems = open.pop();
    if (hasItems[0]) {
      out.write('\n');
      indent(open.size());
    }
    out.write(close);
  }

  private void indent(int depth) throws IOException {
    for (int i = 0; i < depth; i++) {
      out.write("  ");
    }
  }

  private void quoted(String s) throws IOException {
    JsonStrings.write(out, s);
  }
}
