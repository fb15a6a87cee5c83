package io.argraph.io.json;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The JSON pointer (RFC 6901) of the value being read, kept as a stack of member names and array
 * indexes and written out only when an error message needs it: reading a valid document builds no
 * pointer string. Not thread-safe.
 */
final class PointerPath {
  private @Nullable String[] names = new String[8];
  private int[] indexes = new int[8];
  private int depth;

  /**
   * Enters the member with the given name.
   *
   * @param name the member's name, unescaped
   */
  void push(String name) {
    grow();
    names[depth] = name;
    depth++;
  }

  /**
   * Enters the array element with the given index.
   *
   * @param index the element's index, from 0
   */
  void push(int index) {
    grow();
    names[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  /** Leaves the innermost member or element. */
  void pop() {
    depth--;
    names[depth] = null;
  }

  /**
   * Returns how many members and elements deep the path is.
   *
   * @return the depth, 0 at the top of the document
   */
  int depth() {
    return depth;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, 2 * depth);
      indexes = Arrays.copyOf(indexes, 2 * depth);
    }
  }

  /**
   * Returns the pointer, e.g. {@code /nodes/3/id}, or the empty string at the top.
   *
   * @return the pointer
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append('/');
      String name = names[i];
      if (name == null) {
        sb.append(indexes[i]);
      } else {
        sb.append(JsonGraphReader.escapePointer(name));
      }
    }
    return sb.toString();
  }
}
