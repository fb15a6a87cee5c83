package io.argraph.cli;

import java.util.List;
import java.util.Set;

/**
 * The JSON {@code solve --format json} prints, in a fixed layout: one key per line, each extension
 * on a line of its own as a one-line array, and a final newline.
 *
 * <pre>
 * {
 *   "semantics": "preferred",
 *   "support": "none",
 *   "extensions": [
 *     ["a", "c"],
 *     ["b"]
 *   ]
 * }
 * </pre>
 *
 * An acceptance question ({@code --credulous A} or {@code --sceptical A}) replaces {@code
 * extensions} with the question's kind naming the argument and {@code "accepted": true|false}.
 */
final class SolveJson {
  private SolveJson() {}

  static String extensions(String semantics, String support, List<Set<String>> extensions) {
    StringBuilder sb = head(semantics, support).append("  \"extensions\": [");
    for (int i = 0; i < extensions.size(); i++) {
      sb.append(i == 0 ? "\n    " : ",\n    ").append('[');
      int k = 0;
      for (String name : extensions.get(i)) {
        sb.append(k++ == 0 ? "" : ", ");
        string(sb, name);
      }
      sb.append(']');
    }
    sb.append(extensions.isEmpty() ? "]\n" : "\n  ]\n");
    return sb.append("}\n").toString();
  }

  static String acceptance(
      String semantics, String support, String question, String argument, boolean accepted) {
    StringBuilder sb = head(semantics, support).append("  \"").append(question).append("\": ");
    string(sb, argument);
    return sb.append(",\n  \"accepted\": ").append(accepted).append("\n}\n").toString();
  }

  private static StringBuilder head(String semantics, String support) {
    StringBuilder sb = new StringBuilder("{\n  \"semantics\": ");
    string(sb, semantics);
    sb.append(",\n  \"support\": ");
    string(sb, support);
    return sb.append(",\n");
  }

  /** Appends a JSON string: quotes, backslashes and control characters escaped. */
  static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
