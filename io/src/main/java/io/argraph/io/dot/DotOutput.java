package io.argraph.io.dot;

import io.argraph.io.internal.Utf8Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text of one DOT export as it is written: plain pieces, numbers, and quoted strings that are
 * normalised, escaped and split into {@code "…" + "…"} pieces in a single pass over their chars,
 * straight into the output, with no intermediate strings.
 *
 * <p>A quoted string is opened, fed any number of texts and chars, and closed; what reaches the
 * output is exactly {@link DotText#quote} (or {@link DotText#quoteTooltip}) of the concatenation of
 * everything fed, so normalisation sees across the pieces (a CR at the end of one piece and an LF
 * at the start of the next are one line break, as in the joined string). Runs of chars that need no
 * change are copied in one write. Labels made only of printable ASCII, tabs and line breaks are
 * word-wrapped here without building lines; other labels go through {@link DotText#wrap}, whose
 * grapheme segmentation they need.
 *
 * <p>The text is gathered as UTF-8 bytes (see {@link Utf8Block}): constant pieces are kept as
 * bytes, runs of text are stored a byte per ASCII char and anything else is encoded, a surrogate
 * pair as one character.
 *
 * <p>One instance serves one export on one thread.
 */
final class DotOutput {
  private static final byte[] SPLIT = ascii("\" + \"");
  private static final byte[] BACKSLASH = ascii("\\\\");
  private static final byte[] TOOLTIP_BACKSLASH = ascii("\\\\\\\\");
  private static final byte[] QUOTE = ascii("\\\"");
  private static final byte[] LINE_FEED = ascii("\\n");
  private static final byte[] AMPERSAND = ascii("&amp;");
  private static final char REPLACEMENT = '\uFFFD';

  /** The {@link #shape} of a text that is not all printable ASCII, tabs and LF. */
  static final int GENERAL = 0;

  /** In a {@link #shape}: the text is printable ASCII, tabs and LF only. */
  static final int ASCII = 1;

  /** In a {@link #shape}: the text has a backslash, quote or ampersand. */
  static final int ESCAPES = 2;

  /** In a {@link #shape}: the text has a line feed. */
  static final int LINE_FEEDS = 4;

  private static final int GENERAL_BIT = 8;

  /** For each ASCII char, what it adds to a {@link #shape}. */
  private static final byte[] ASCII_SHAPES = new byte[0x80];

  /** For each ASCII char, 1 if a {@link #plain} text cannot hold it. */
  private static final byte[] NOT_PLAIN = new byte[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      if (c == '"' || c == '\\' || c == '&') {
        ASCII_SHAPES[c] = ESCAPES;
      } else if (c == '\n') {
        ASCII_SHAPES[c] = LINE_FEEDS;
      } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
        ASCII_SHAPES[c] = GENERAL_BIT;
      }
      NOT_PLAIN[c] = (byte) (ASCII_SHAPES[c] != 0 || c == '\t' ? 1 : 0);
    }
  }

  private final Utf8Block out;

  // State of the open quoted string.
  private boolean tooltip;
  private int chunk;
  private boolean splitDue;
  private boolean lineFeedDue;
  private char highSurrogate;

  DotOutput(Utf8Block out) {
    this.out = out;
  }

  /** Writes text as it is. */
  void raw(String text) throws IOException {
    out.write(text);
  }

  /** Writes a char as it is. */
  void raw(char c) throws IOException {
    out.write(c);
  }

  /** Writes bytes as they are: whole UTF-8 characters. */
  void raw(byte[] bytes) throws IOException {
    out.write(bytes);
  }

  /** Writes a non-negative number in decimal, as {@link Integer#toString(int)} would. */
  void number(int value) throws IOException {
    out.writeDecimal(value);
  }

  /** Writes one whole quoted string. */
  void quoted(String text, boolean asTooltip) throws IOException {
    open(asTooltip);
    text(text, 0, text.length());
    close();
  }

  /**
   * Opens a quoted string.
   *
   * @param asTooltip true to escape a backslash as a tooltip needs (see {@link
   *     DotText#quoteTooltip})
   */
  void open(boolean asTooltip) throws IOException {
    out.write('"');
    opened(asTooltip);
  }

  /**
   * Writes bytes as they are, the last of which opens a quoted string: as {@link #raw(byte[])} and
   * {@link #open} in one write.
   *
   * @param opening ASCII bytes ending with {@code "}
   * @param asTooltip as for {@link #open}
   */
  void open(byte[] opening, boolean asTooltip) throws IOException {
    out.write(opening);
    opened(asTooltip);
  }

  private void opened(boolean asTooltip) {
    tooltip = asTooltip;
    chunk = 0;
    splitDue = false;
    lineFeedDue = false;
    highSurrogate = 0;
  }

  /** Closes the quoted string; a high surrogate left waiting for its pair becomes U+FFFD. */
  void close() throws IOException {
    closing();
    out.write('"');
  }

  /**
   * Closes the quoted string and writes what follows it: as {@link #close} and {@link #raw(byte[])}
   * in one write.
   *
   * @param closing ASCII bytes starting with {@code "}
   */
  void close(byte[] closing) throws IOException {
    closing();
    out.write(closing);
  }

  private void closing() throws IOException {
    if (highSurrogate != 0) {
      highSurrogate = 0;
      emit(REPLACEMENT);
    }
  }

  /** Feeds a whole text into the open quoted string. */
  void text(String text) throws IOException {
    text(text, 0, text.length());
  }

  /** Feeds the chars {@code from} (inclusive) to {@code to} (exclusive) of a text. */
  void text(String text, int from, int to) throws IOException {
    int i = from;
    while (i < to) {
      if (highSurrogate == 0 && !lineFeedDue && !splitDue) {
        // Copy a run that needs no change, stopping before the piece could reach its limit.
        int limit = Math.min(to, i + (DotText.MAX_CHUNK - 1 - chunk));
        int start = i;
        while (i < limit && unchanged(text.charAt(i))) {
          i++;
        }
        if (i > start) {
          out.write(text, start, i);
          chunk += i - start;
        }
        if (i == to) {
          return;
        }
      }
      character(text.charAt(i++));
    }
  }

  /** Feeds one char into the open quoted string, normalising it as {@link DotText#normalize}. */
  void character(char c) throws IOException {
    if (highSurrogate != 0) {
      char high = highSurrogate;
      highSurrogate = 0;
      if (Character.isLowSurrogate(c)) {
        emitPair(high, c);
        return;
      }
      emit(REPLACEMENT);
    }
    if (lineFeedDue) {
      lineFeedDue = false;
      if (c == '\n') {
        return; // the second half of a CR LF already written
      }
    }
    if (c == '\r') {
      emit('\n');
      lineFeedDue = true;
    } else if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
      emit(REPLACEMENT);
    } else if (Character.isHighSurrogate(c)) {
      highSurrogate = c;
    } else if (Character.isLowSurrogate(c)) {
      emit(REPLACEMENT);
    } else {
      emit(c);
    }
  }

  /**
   * Returns the shape of a text: {@link #GENERAL}, or {@link #ASCII} with {@link #ESCAPES} and
   * {@link #LINE_FEEDS} telling what it holds. One pass over a node's text, whose result lets its
   * label and tooltip copy whole runs.
   */
  static int shape(String text) {
    int seen = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      seen |= c < 0x80 ? ASCII_SHAPES[c] : GENERAL_BIT;
    }
    return (seen & GENERAL_BIT) != 0 ? GENERAL : seen | ASCII;
  }

  /**
   * Tells whether a text is plain: printable ASCII with nothing to escape (no {@code \\}, {@code "}
   * or {@code &}), no tab or line break, and no two spaces in a row. Such a text is quoted as it
   * is, and its words are exactly the runs between single spaces.
   */
  static boolean plain(String text) {
    int bad = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bad |= c < 0x80 ? NOT_PLAIN[c] : 1;
    }
    return bad == 0 && text.indexOf("  ") < 0;
  }

  /** Feeds a whole text of a known {@link #shape}: one that needs no change is copied at once. */
  void shapedText(String text, int shape) throws IOException {
    if (shape == ASCII) {
      unchanged(text, 0, text.length());
    } else {
      text(text, 0, text.length());
    }
  }

  /**
   * Feeds a node text word-wrapped into lines of at most {@code width} user-perceived characters,
   * the lines joined by line breaks: the same chars as {@code String.join("\n", DotText.wrap(text,
   * width))}.
   *
   * @param shape the text's {@link #shape}
   */
  void wrapped(String text, int width, int shape) throws IOException {
    if (shape != GENERAL) {
      wrappedAscii(text, width, (shape & ESCAPES) == 0);
      return;
    }
    List<String> lines = DotText.wrap(text, width);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        character('\n');
      }
      text(lines.get(i));
    }
  }

  /**
   * {@link #wrapped} for a text of printable ASCII, tabs and LF: normalising it changes nothing,
   * its only white space is space, tab and LF, and every char is one user-perceived character, so
   * it needs neither the segmenter nor any list of lines.
   *
   * @param unescaped true if the text has no char to escape: runs of it are copied at once
   */
  private void wrappedAscii(String text, int width, boolean unescaped) throws IOException {
    // In such a text, the chars at or below a space are exactly its white space.
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    int p = start;
    while (true) {
      int nl = text.indexOf('\n', p);
      int stop = nl < 0 || nl >= end ? end : nl;
      paragraphAscii(text, p, stop, width, unescaped);
      if (stop == end) {
        return;
      }
      character('\n');
      p = stop + 1;
    }
  }

  /**
   * Writes one paragraph (no line break inside) greedily filled, as {@link DotText#wrap} does.
   * Words that follow each other with one space between them on the same line are written as one
   * run of the text.
   */
  private void paragraphAscii(String text, int from, int to, int width, boolean unescaped)
      throws IOException {
    int runStart = 0;
    int runEnd = 0;
    int lineLength = 0;
    int i = from;
    while (true) {
      while (i < to && text.charAt(i) <= ' ') {
        i++;
      }
      if (i >= to) {
        break;
      }
      int word = i;
      while (i < to && text.charAt(i) > ' ') {
        i++;
      }
      int length = i - word;
      if (width == 0 || length <= width) {
        if (width > 0 && lineLength > 0 && lineLength + 1 + length > width) {
          run(text, runStart, runEnd, unescaped);
          character('\n');
          lineLength = 0;
        }
        if (lineLength == 0) {
          runStart = word;
          lineLength = length;
        } else if (runEnd == word - 1 && text.charAt(runEnd) == ' ') {
          lineLength += 1 + length;
        } else {
          run(text, runStart, runEnd, unescaped);
          character(' ');
          runStart = word;
          lineLength += 1 + length;
        }
        runEnd = i;
        continue;
      }
      // A word wider than a line: finish the current line, then cut the word into full lines.
      if (lineLength > 0) {
        run(text, runStart, runEnd, unescaped);
        character('\n');
      }
      int cut = word;
      while (i - cut > width) {
        run(text, cut, cut + width, unescaped);
        character('\n');
        cut += width;
      }
      runStart = cut;
      runEnd = i;
      lineLength = i - cut;
    }
    if (lineLength > 0) {
      run(text, runStart, runEnd, unescaped);
    }
  }

  private void run(String text, int from, int to, boolean unescaped) throws IOException {
    if (unescaped) {
      unchanged(text, from, to);
    } else {
      text(text, from, to);
    }
  }

  /**
   * Feeds chars known to need no change, such as an id's (the model's id pattern admits only ASCII
   * letters, digits and {@code _.:-}): copied at once unless a piece could end among them.
   */
  void unchanged(String text, int from, int to) throws IOException {
    if (highSurrogate == 0
        && !lineFeedDue
        && !splitDue
        && chunk + (to - from) < DotText.MAX_CHUNK) {
      out.write(text, from, to);
      chunk += to - from;
    } else {
      text(text, from, to);
    }
  }

  /**
   * Feeds {@code length} ASCII chars, given as their bytes from {@code offset}, known to need no
   * change, as {@link #unchanged(String, int, int)} does.
   */
  void unchanged(byte[] ascii, int offset, int length) throws IOException {
    if (highSurrogate == 0 && !lineFeedDue && !splitDue && chunk + length < DotText.MAX_CHUNK) {
      out.write(ascii, offset, length);
      chunk += length;
    } else {
      text(new String(ascii, offset, length, StandardCharsets.US_ASCII));
    }
  }

  private static boolean unchanged(char c) {
    return c >= 0x20
        && c != '"'
        && c != '\\'
        && c != '&'
        && (c < 0x7f || (c > 0x9f && !Character.isSurrogate(c)));
  }

  /**
   * Writes one normalised char, not a surrogate, escaped, starting a new piece first if the last
   * one is full.
   */
  private void emit(char c) throws IOException {
    startPiece();
    switch (c) {
      case '\\' -> {
        byte[] escape = tooltip ? TOOLTIP_BACKSLASH : BACKSLASH;
        out.write(escape);
        chunk += escape.length;
      }
      case '"' -> {
        out.write(QUOTE);
        chunk += QUOTE.length;
      }
      case '\n' -> {
        out.write(LINE_FEED);
        chunk += LINE_FEED.length;
      }
      case '&' -> {
        out.write(AMPERSAND);
        chunk += AMPERSAND.length;
      }
      default -> {
        out.write(c);
        chunk++;
      }
    }
    endPiece();
  }

  /**
   * Writes a surrogate pair as one character, which counts as two chars in a piece: a piece ends
   * only between whole characters.
   */
  private void emitPair(char high, char low) throws IOException {
    startPiece();
    out.writePair(high, low);
    chunk += 2;
    endPiece();
  }

  private void startPiece() throws IOException {
    if (splitDue) {
      out.write(SPLIT);
      chunk = 0;
      splitDue = false;
    }
  }

  /** A piece ends never after the last char, so the split is only made due here. */
  private void endPiece() {
    if (chunk >= DotText.MAX_CHUNK) {
      splitDue = true;
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
