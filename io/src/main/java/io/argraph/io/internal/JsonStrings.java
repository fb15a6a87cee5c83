package io.argraph.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * JSON string literals, written the one way every argraph format that embeds JSON uses: the quote,
 * the backslash and control characters escaped (the short forms where JSON has them), unpaired
 * surrogates as {@code \}{@code u0000}-style escapes so that any Java string survives a round trip
 * through UTF-8, and everything else, non-ASCII included, written as it is.
 *
 * <p>Not exported from the module: shared by the format packages of {@code argraph-io} only.
 */
public final class JsonStrings {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonStrings() {}

  /**
   * Appends a string as a quoted JSON literal.
   *
   * @param sb where to append
   * @param s the string
   * @return {@code sb}
   */
  public static StringBuilder quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      String escape = escapeAt(s, i);
      if (escape != null) {
        sb.append(escape);
      } else if (Character.isHighSurrogate(s.charAt(i))) {
        sb.append(s.charAt(i)).append(s.charAt(++i)); // a valid pair
      } else {
        sb.append(s.charAt(i));
      }
    }
    return sb.append('"');
  }

  /**
   * Whether a char is written as it is whatever surrounds it: not a quote, a backslash or a control
   * character, and below the surrogates (chars from U+D800 up take the careful path, which keeps
   * valid pairs and the other characters there as they are).
   *
   * @param c the char
   * @return true if {@link #quote} copies it as it is wherever it stands
   */
  public static boolean isPlain(char c) {
    return c >= 0x20 && c != '"' && c != '\\' && c < '\uD800';
  }

  /** Returns the escape for the char at {@code i}, or null to write it as it is. */
  private static @Nullable String escapeAt(String s, int i) {
    char c = s.charAt(i);
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
    if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
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
}
