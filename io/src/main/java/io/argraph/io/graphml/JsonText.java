package io.argraph.io.graphml;

import io.argraph.io.internal.JsonStrings;
import java.util.Collection;
import java.util.Map;

/**
 * Writes lists and maps of strings as compact JSON, for GraphML values that hold more than one
 * string (tags, attributes, metadata): GraphML has only scalar types, and JSON keeps any string
 * exact, even characters XML cannot carry, which become {@code \}{@code u0000}-style escapes.
 */
final class JsonText {
  private JsonText() {}

  /** Returns e.g. {@code ["a","b"]}. */
  static String array(Collection<String> values) {
    StringBuilder sb = new StringBuilder("[");
    for (String v : values) {
      if (sb.length() > 1) {
        sb.append(',');
      }
      string(sb, v);
    }
    return sb.append(']').toString();
  }

  /** Returns e.g. {@code {"k":"v"}}, in the map's order. */
  static String object(Map<String, String> values) {
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (sb.length() > 1) {
        sb.append(',');
      }
      string(sb, e.getKey());
      sb.append(':');
      string(sb, e.getValue());
    }
    return sb.append('}').toString();
  }

  private static void string(StringBuilder sb, String s) {
    JsonStrings.quote(sb, s);
  }
}
