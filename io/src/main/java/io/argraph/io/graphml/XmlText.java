package io.argraph.io.graphml;

/**
 * Makes any Java string safe to put into an XML 1.0 document.
 *
 * <p>XML 1.0 cannot carry some characters at all, not even as character references: U+0000 to
 * U+0008, U+000B, U+000C, U+000E to U+001F, U+FFFE, U+FFFF and unpaired surrogates. They are
 * dropped. A parser also normalises what remains: CR and CR LF become LF everywhere, and in
 * attribute values TAB, LF and CR become spaces; writing those as character references keeps them.
 */
final class XmlText {
  private XmlText() {}

  /**
   * Returns text for element content: drops forbidden characters, escapes the ampersand and angle
   * brackets, and writes CR as a character reference so that it survives line-end normalisation.
   */
  static String content(String s) {
    return escape(s, false);
  }

  /**
   * Returns text for a double-quoted attribute value: as {@link #content(String)}, and also the
   * double quote as an entity and TAB and LF as character references.
   */
  static String attribute(String s) {
    return escape(s, true);
  }

  /** Tells whether XML 1.0 can carry the code point at all. */
  static boolean allowed(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** Returns the string without the characters XML 1.0 cannot carry. */
  static String strip(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    forEachAllowed(s, sb::appendCodePoint);
    return sb.toString();
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    forEachAllowed(
        s,
        cp -> {
          switch (cp) {
            case '&' -> sb.append("&amp;");
            case '<' -> sb.append("&lt;");
            case '>' -> sb.append("&gt;");
            case '\r' -> sb.append("&#13;");
            case '"' -> sb.append(attribute ? "&quot;" : "\"");
            case '\t' -> sb.append(attribute ? "&#9;" : "\t");
            case '\n' -> sb.append(attribute ? "&#10;" : "\n");
            default -> sb.appendCodePoint(cp);
          }
        });
    return sb.toString();
  }

  private static void forEachAllowed(String s, java.util.function.IntConsumer action) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int cp = c;
      int width = 1;
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        cp = Character.toCodePoint(c, s.charAt(i + 1));
        width = 2;
      } else if (Character.isSurrogate(c)) {
        cp = -1; // unpaired: no code point at all
      }
      if (cp >= 0 && allowed(cp)) {
        action.accept(cp);
      }
      i += width;
    }
  }
}
