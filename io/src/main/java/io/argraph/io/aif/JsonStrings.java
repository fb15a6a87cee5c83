package io.argraph.io.aif;

import java.util.Locale;

/**
 * Writes JSON string literals: escapes the quote, the backslash and control characters, and writes
 * unpaired surrogates as {@code \}{@code uXXXX} escapes so that any Java string survives a round
 * trip through UTF-8; everything else, non-ASCII included, is written as it is.
 */
final class JsonStrings {
  private JsonStrings() {}

  /** Appends the string as a quoted JSON literal. */
  static StringBuilder quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"');
  }
}
