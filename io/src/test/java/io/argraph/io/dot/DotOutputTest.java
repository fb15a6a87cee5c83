package io.argraph.io.dot;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.testing.RandomGraphs;
import io.argraph.io.internal.Utf8Block;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming {@link DotOutput} against the string-building general path of {@link DotText}: for
 * any text, quoting and wrapping straight into the output gives exactly the same chars.
 */
class DotOutputTest {
  /**
   * Pieces of hostile text: ASCII words, escapes, line ends, controls, marks, emoji, surrogates.
   */
  private static final String[] PIECES = {
    "a",
    "Mexico",
    "word",
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\\",
    "\"",
    "&",
    "&amp;",
    "\u0001",
    "\u000B",
    "\u001F",
    "\u007F",
    "\u0085",
    "\u009F",
    "\u00A0",
    "\u2003",
    "\u3000",
    "\u2028",
    "e\u0301",
    "\u0303",
    "é",
    "中文",
    "\uD83D\uDE42",
    "\uD83D\uDC68\u200D\uD83D\uDC69",
    "\uD83C\uDDF2\uD83C\uDDFD",
    "\uD83D",
    "\uDE42",
    "\uFFFD",
    "Donaudampfschiffahrtsgesellschaft",
    "x".repeat(40),
    "\\N",
    "\" + \"",
  };

  /** ASCII only: the pieces the fast wrapping path takes, long words and runs of space included. */
  private static final String[] ASCII_PIECES = {
    "a",
    "of",
    "Mexico",
    "words",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\\",
    "\"",
    "&",
    "<b>",
    "Donaudampfschiffahrtsgesellschaft",
    "y".repeat(57),
    ".",
  };

  private static final int[] WIDTHS = {0, 1, 2, 3, 5, 8, 12, 28, 100};

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(300);
  }

  private static String text(Random random, String[] pieces, int maxPieces) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(maxPieces + 1);
    for (int i = 0; i < n; i++) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  /** Runs a writing step on a fresh output and returns what it wrote. */
  private static String written(Step step) {
    StringWriter sink = new StringWriter();
    Utf8Block blocks = Utf8Block.decodingTo(sink);
    try {
      step.run(new DotOutput(blocks));
      blocks.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sink.toString();
  }

  @FunctionalInterface
  private interface Step {
    void run(DotOutput out) throws IOException;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void quoted_equalsQuoteAndQuoteTooltip(long seed) {
    Random random = new Random(seed);
    String s = text(random, PIECES, 30);
    assertThat(written(out -> out.quoted(s, false))).isEqualTo(DotText.quote(s));
    assertThat(written(out -> out.quoted(s, true))).isEqualTo(DotText.quoteTooltip(s));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void pieces_areNormalisedAsTheirConcatenation(long seed) {
    // A CR ending one piece and an LF starting the next are one line break; a high surrogate
    // ending one piece pairs with a low surrogate starting the next.
    Random random = new Random(seed);
    String a = text(random, PIECES, 6) + (random.nextBoolean() ? "\r" : "\uD83D");
    char c = random.nextBoolean() ? '\n' : '\uDE42';
    String b = text(random, PIECES, 6);
    boolean tooltip = random.nextBoolean();
    String expected = tooltip ? DotText.quoteTooltip(a + c + b) : DotText.quote(a + c + b);
    assertThat(
            written(
                out -> {
                  out.open(tooltip);
                  out.text(a);
                  out.character(c);
                  out.text(b, 0, b.length());
                  out.close();
                }))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void longValues_splitIntoTheSamePiecesAsQuote(long seed) {
    // Long enough to cross the piece limit several times, with escapes and pairs near the cuts.
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int target = DotText.MAX_CHUNK * (1 + random.nextInt(3)) - 40 + random.nextInt(80);
    while (sb.length() < target) {
      sb.append(random.nextInt(8) == 0 ? PIECES[random.nextInt(PIECES.length)] : "abcdefgh");
    }
    String s = sb.toString();
    assertThat(written(out -> out.quoted(s, false))).isEqualTo(DotText.quote(s));
    assertThat(written(out -> out.quoted(s, true))).isEqualTo(DotText.quoteTooltip(s));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void wrapped_equalsTheGeneralPath(long seed) {
    Random random = new Random(seed);
    String s = text(random, PIECES, 30);
    int width = WIDTHS[random.nextInt(WIDTHS.length)];
    assertThat(wrappedQuoted(s, width)).isEqualTo(generalQuoted(s, width));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void wrapped_asciiFastPathEqualsTheGeneralPath(long seed) {
    Random random = new Random(seed);
    String s = text(random, ASCII_PIECES, 40);
    assertThat(DotOutput.shape(s) & DotOutput.ASCII).isEqualTo(DotOutput.ASCII);
    for (int width : WIDTHS) {
      assertThat(wrappedQuoted(s, width))
          .as("width %s of [%s]", width, s)
          .isEqualTo(generalQuoted(s, width));
    }
  }

  @Test
  void wrapped_longAsciiTextCrossesPieceLimitsAsTheGeneralPath() {
    String s = "word & \"x\" \\ ".repeat(1500);
    assertThat(wrappedQuoted(s, 28)).isEqualTo(generalQuoted(s, 28));
    assertThat(wrappedQuoted(s, 0)).isEqualTo(generalQuoted(s, 0));
  }

  @Test
  void wrapped_emptyAndBlankTextsGiveAnEmptyLabel() {
    assertThat(wrappedQuoted("", 28)).isEqualTo("\"\"");
    assertThat(wrappedQuoted(" \t\n ", 28)).isEqualTo("\"\"");
    assertThat(wrappedQuoted("a\n \nb", 28)).isEqualTo("\"a\\n\\nb\"");
  }

  @Test
  void shape_tellsPrintableAsciiTabsAndLineFeedsFromTheRest() {
    assertThat(DotOutput.shape("")).isEqualTo(DotOutput.ASCII);
    assertThat(DotOutput.shape("a ~\tz")).isEqualTo(DotOutput.ASCII);
    assertThat(DotOutput.shape("a\nb")).isEqualTo(DotOutput.ASCII | DotOutput.LINE_FEEDS);
    assertThat(DotOutput.shape("\"")).isEqualTo(DotOutput.ASCII | DotOutput.ESCAPES);
    assertThat(DotOutput.shape("\\\n&"))
        .isEqualTo(DotOutput.ASCII | DotOutput.ESCAPES | DotOutput.LINE_FEEDS);
    assertThat(DotOutput.shape("a\r\nb")).isEqualTo(DotOutput.GENERAL);
    assertThat(DotOutput.shape("a\u000Bb")).isEqualTo(DotOutput.GENERAL);
    assertThat(DotOutput.shape("a\u007Fb")).isEqualTo(DotOutput.GENERAL);
    assertThat(DotOutput.shape("é")).isEqualTo(DotOutput.GENERAL);
  }

  @Test
  void plain_acceptsPrintableAsciiWordsOneSpaceApart() {
    assertThat(DotOutput.plain("")).isTrue();
    assertThat(DotOutput.plain(" The flow: (1,000) ~x_y! ")).isTrue();
    assertThat(DotOutput.plain("x".repeat(5_000))).isTrue();
    for (char c = 0x20; c < 0x7f; c++) {
      boolean escaped = c == '"' || c == '\\' || c == '&';
      assertThat(DotOutput.plain("a" + c + "b")).as("char %s", (int) c).isEqualTo(!escaped);
    }
  }

  @Test
  void plain_rejectsWhatNeedsAChangeOrMoreThanOneSpace() {
    String[] notPlain = {
      "a  b",
      "a\tb",
      "a\nb",
      "a\rb",
      "\u0000",
      "\u001F",
      "\u007F",
      "\u0085",
      "é",
      "\u00A0",
      "中",
      "\uD83D\uDE42",
      "\uD83D",
      "say \"x\"",
      "a\\b",
      "a & b",
      "  "
    };
    for (String text : notPlain) {
      assertThat(DotOutput.plain(text)).as(text).isFalse();
      assertThat(DotOutput.plain("Statement 1 " + text + " end")).as(text).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void shapedText_equalsTheGeneralPathForEveryShape(long seed) {
    Random random = new Random(seed);
    String s = text(random, random.nextBoolean() ? ASCII_PIECES : PIECES, 30);
    int shape = DotOutput.shape(s);
    assertThat(
            written(
                out -> {
                  out.open(true);
                  out.text("id");
                  out.character('\n');
                  out.shapedText(s, shape);
                  out.close();
                }))
        .isEqualTo(DotText.quoteTooltip("id\n" + s));
  }

  @Test
  void shapedText_longUnescapedTextCrossesPieceLimitsAsQuote() {
    String s = "plain words ".repeat(1000);
    assertThat(
            written(
                out -> {
                  out.open(false);
                  out.shapedText(s, DotOutput.shape(s));
                  out.close();
                }))
        .isEqualTo(DotText.quote(s));
  }

  @Test
  void number_writesDecimalDigits() {
    assertThat(
            written(
                out -> {
                  out.number(0);
                  out.raw(' ');
                  out.number(7);
                  out.raw(' ');
                  out.number(10);
                  out.raw(' ');
                  out.number(Integer.MAX_VALUE);
                }))
        .isEqualTo("0 7 10 2147483647");
  }

  @Test
  void close_turnsAHighSurrogateLeftAtTheEndIntoAReplacement() {
    assertThat(
            written(
                out -> {
                  out.open(false);
                  out.text("x");
                  out.character('\uD83D');
                  out.close();
                }))
        .isEqualTo("\"x\uFFFD\"");
  }

  private static String wrappedQuoted(String s, int width) {
    return written(
        out -> {
          out.open(false);
          out.wrapped(s, width, DotOutput.shape(s));
          out.close();
        });
  }

  private static String generalQuoted(String s, int width) {
    return DotText.quote(String.join("\n", DotText.wrap(s, width)));
  }
}
