package io.argraph.io.graphml;

import java.util.Collection;
import java.util.Map;

/**
 * Writes lists and maps of strings as compact JSON, for GraphML values that hold more than one
 * string (tags, attributes, metadata): GraphML has only scalar types, and JSON keeps any string
 * exact, even characters XML cannot carry, which become {@code \}{@code uXXXX} escapes.
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
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(i + 1));
        i++;
      } else if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
        // What XML cannot carry, JSON can as an escape; a paired surrogate never gets here.
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }
}
