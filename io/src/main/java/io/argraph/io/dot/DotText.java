package io.argraph.io.dot;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns text into DOT quoted strings and word-wrapped labels, following the Graphviz facts in
 * FORMATS.md: every value is quoted; {@code \} and {@code "} are escaped; {@code &} becomes the
 * entity for an ampersand because Graphviz decodes entities in plain labels (and its SVG output
 * passes entities in other attributes through); CR and CR LF become LF, written as {@code \n}.
 */
final class DotText {
  /**
   * Graphviz 2.43 rejects a quoted string longer than 16384 bytes ("longer than 16384?"), so long
   * values are written as {@code "…" + "…"}. 4000 chars of escaped text stay under the limit even
   * at 3 UTF-8 bytes per char, and a surrogate pair (4 bytes) counts as 2 chars.
   */
  static final int MAX_CHUNK = 4000;

  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern COLOR =
      Pattern.compile(
          "#[0-9A-Fa-f]{6}(?:[0-9A-Fa-f]{2})?|[A-Za-z][A-Za-z0-9]*|/[A-Za-z0-9]+/[A-Za-z0-9]+");
  private static final ImmutableList<String> TOOLTIPS =
      ImmutableList.of("tooltip", "edgetooltip", "headtooltip", "tailtooltip", "labeltooltip");
  private static final ImmutableList<String> KEYWORDS =
      ImmutableList.of("node", "edge", "graph", "digraph", "subgraph", "strict");

  private DotText() {}

  /**
   * Replaces CR LF and lone CR by LF, and characters Graphviz drops or cannot encode (controls
   * other than LF and TAB, lone surrogates) by U+FFFD, so that a reader sees something was there.
   */
  static String normalize(String text) {
    StringBuilder sb = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int width = 1;
      String replacement = null;
      if (c == '\r') {
        replacement = "\n";
        width = i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
      } else if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
        replacement = "\uFFFD";
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        width = 2;
      } else if (Character.isSurrogate(c)) {
        replacement = "\uFFFD";
      }
      if (replacement != null && sb == null) {
        sb = new StringBuilder(n).append(text, 0, i);
      }
      if (sb != null) {
        if (replacement != null) {
          sb.append(replacement);
        } else {
          sb.append(text, i, i + width);
        }
      }
      i += width;
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * Returns a DOT quoted string for a text value shown as a label, split into {@code "…" + "…"}
   * pieces when long. Line breaks in the text become {@code \n} (centred lines).
   */
  static String quote(String text) {
    return quote(text, "\\\\");
  }

  /**
   * Returns a DOT quoted string for a tooltip. Graphviz 2.43 unescapes a tooltip twice on its way
   * into SVG (once as an escString, once while substituting {@code \N}, {@code \G}, …), so a
   * backslash that should reach the reader is written as four.
   */
  static String quoteTooltip(String text) {
    return quote(text, "\\\\\\\\");
  }

  /** Returns the quoted value of an attribute, escaped for how Graphviz reads that attribute. */
  static String quoteAttribute(String name, String value) {
    return isTooltip(name) ? quoteTooltip(value) : quote(value);
  }

  /** Tells whether an attribute is a tooltip, whose value Graphviz unescapes twice. */
  static boolean isTooltip(String name) {
    return TOOLTIPS.contains(name.toLowerCase(Locale.ROOT));
  }

  private static String quote(String text, String backslash) {
    String s = normalize(text);
    StringBuilder out = new StringBuilder(s.length() + 16).append('"');
    int chunk = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int before = out.length();
      switch (c) {
        case '\\' -> out.append(backslash);
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '&' -> out.append("&amp;");
        default -> out.append(c);
      }
      chunk += out.length() - before;
      boolean pairStart = Character.isHighSurrogate(c);
      if (chunk >= MAX_CHUNK && !pairStart && i + 1 < s.length()) {
        out.append("\" + \"");
        chunk = 0;
      }
    }
    return out.append('"').toString();
  }

  /**
   * Word-wraps a text into lines of at most {@code width} user-perceived characters. Line breaks in
   * the text are kept, runs of white space become one space, and a word longer than the width is
   * broken between characters (never inside a character with combining marks or a surrogate pair).
   * A width of 0 wraps only at the text's own line breaks.
   */
  static List<String> wrap(String text, int width) {
    checkArgument(width >= 0, "wrap width %s: use 0 (no wrapping) or more", width);
    List<String> lines = new ArrayList<>();
    String s = normalize(text).strip();
    int start = 0;
    while (true) {
      int nl = s.indexOf('\n', start);
      String paragraph = nl < 0 ? s.substring(start) : s.substring(start, nl);
      wrapParagraph(paragraph, width, lines);
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return lines;
  }

  private static void wrapParagraph(String paragraph, int width, List<String> lines) {
    List<String> words = words(paragraph);
    if (words.isEmpty()) {
      lines.add("");
      return;
    }
    StringBuilder line = new StringBuilder();
    int lineLength = 0;
    if (width == 0) {
      lines.add(String.join(" ", words));
      return;
    }
    for (String word : words) {
      int wordLength = graphemeCount(word);
      if (wordLength <= width) {
        if (lineLength > 0 && lineLength + 1 + wordLength > width) {
          lines.add(line.toString());
          line.setLength(0);
          lineLength = 0;
        }
        if (line.length() > 0) {
          line.append(' ');
          lineLength++;
        }
        line.append(word);
        lineLength += wordLength;
        continue;
      }
      // A word wider than a line: finish the current line, then cut the word into full lines.
      if (lineLength > 0) {
        lines.add(line.toString());
        line.setLength(0);
        lineLength = 0;
      }
      for (String g : graphemes(word)) {
        if (lineLength == width) {
          lines.add(line.toString());
          line.setLength(0);
          lineLength = 0;
        }
        line.append(g);
        lineLength++;
      }
    }
    lines.add(line.toString());
  }

  private static List<String> words(String paragraph) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = paragraph.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(paragraph.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(paragraph.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(paragraph.substring(start, i));
      }
    }
    return words;
  }

  /**
   * Counts the user-perceived characters of a word. In ASCII each char is one (the only two-char
   * cluster, CR LF, cannot occur inside a word), which spares most labels the costly segmenter.
   */
  private static int graphemeCount(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        return graphemes(word).size();
      }
    }
    return word.length();
  }

  private static List<String> graphemes(String word) {
    BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
    it.setText(word);
    List<String> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(word.substring(start, end));
    }
    return out;
  }

  /** Checks that a name can be written unquoted as a DOT attribute name and is not reserved. */
  static String checkAttributeName(String name) {
    checkArgument(
        ATTRIBUTE_NAME.matcher(name).matches() && !KEYWORDS.contains(name.toLowerCase(Locale.ROOT)),
        "attribute name \"%s\": use letters, digits and _ (not starting with a digit), and not a"
            + " DOT keyword",
        name);
    checkArgument(
        !name.equals("argid"), "attribute name \"argid\" is reserved for the node's real id");
    return name;
  }

  /** Checks that a colour is written as Graphviz understands it. */
  static String checkColor(String what, String color) {
    checkArgument(
        COLOR.matcher(color).matches(),
        "%s \"%s\": use #rrggbb, #rrggbbaa, a Graphviz colour name such as red, or /scheme/name",
        what,
        color);
    return color;
  }
}
