package io.argraph.io.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DotTextTest {

  @Test
  void quote_escapesBackslashQuoteAmpersandAndLineBreaks() {
    assertThat(DotText.quote("a\\b\"c&d\r\ne\rf\ng\\"))
        .isEqualTo("\"a\\\\b\\\"c&amp;d\\ne\\nf\\ng\\\\\"");
  }

  @Test
  void quoteTooltip_writesFourBackslashesForOne() {
    assertThat(DotText.quoteTooltip("C:\\New \"x\" &"))
        .isEqualTo("\"C:\\\\\\\\New \\\"x\\\" &amp;\"");
  }

  @Test
  void quoteAttribute_escapesTooltipsAsTooltips() {
    assertThat(DotText.quoteAttribute("edgetooltip", "\\")).isEqualTo("\"\\\\\\\\\"");
    assertThat(DotText.quoteAttribute("xlabel", "\\")).isEqualTo("\"\\\\\"");
  }

  @Test
  void quote_replacesControlsAndLoneSurrogatesKeepsPairsAndTabs() {
    assertThat(DotText.quote("a\u0001b\u007fc\u0085d\tе\uD83D\uDE42\uD83Dx\uDE42"))
        .isEqualTo("\"a\uFFFDb\uFFFDc\uFFFDd\tе\uD83D\uDE42\uFFFDx\uFFFD\"");
  }

  @Test
  void quote_splitsLongValuesIntoConcatenatedPieces() {
    String text = "x".repeat(DotText.MAX_CHUNK * 2 + 5);
    String quoted = DotText.quote(text);
    String joined = quoted.replace("\" + \"", "");
    assertThat(quoted.length() - joined.length()).isEqualTo(2 * "\" + \"".length());
    assertThat(joined).isEqualTo("\"" + text + "\"");
  }

  @Test
  void quote_neverSplitsASurrogatePair() {
    String text = "x".repeat(DotText.MAX_CHUNK - 1) + "\uD83D\uDE42" + "y";
    String quoted = DotText.quote(text);
    assertThat(quoted).contains("\uD83D\uDE42\" + \"y");
  }

  @Test
  void wrap_breaksAtWordsWithinTheWidth() {
    assertThat(DotText.wrap("The flow of drugs from Mexico has not been reduced", 12))
        .containsExactly("The flow of", "drugs from", "Mexico has", "not been", "reduced");
  }

  @Test
  void wrap_cutsLongWordsIntoFullLines() {
    assertThat(DotText.wrap("ab Donaudampfschiff cd", 8))
        .containsExactly("ab", "Donaudam", "pfschiff", "cd");
  }

  @Test
  void wrap_measuresWordsInUserPerceivedCharactersNotChars() {
    // "ab éé" is five characters on screen but seven chars: it fits a line of five.
    assertThat(DotText.wrap("ab e\u0301e\u0301", 5)).containsExactly("ab e\u0301e\u0301");
    assertThat(DotText.wrap("ab \uD83D\uDE42\uD83D\uDE42x", 6))
        .containsExactly("ab \uD83D\uDE42\uD83D\uDE42x");
    assertThat(DotText.wrap("ab cdef", 5)).containsExactly("ab", "cdef");
  }

  @Test
  void wrap_keepsCombiningMarksAndEmojiWhole() {
    assertThat(DotText.wrap("e\u0301e\u0301e\u0301e\u0301e\u0301", 2))
        .containsExactly("e\u0301e\u0301", "e\u0301e\u0301", "e\u0301");
    assertThat(DotText.wrap("\uD83D\uDE42\uD83D\uDE42\uD83D\uDE42", 2))
        .containsExactly("\uD83D\uDE42\uD83D\uDE42", "\uD83D\uDE42");
  }

  @Test
  void wrap_keepsLineBreaksAndCollapsesSpaces() {
    assertThat(DotText.wrap("  one\t two\r\n\r\nthree  ", 28))
        .containsExactly("one two", "", "three");
  }

  @Test
  void wrap_widthZeroOnlyBreaksAtLineBreaks() {
    assertThat(DotText.wrap("a long line of words\nnext", 0))
        .containsExactly("a long line of words", "next");
  }

  @Test
  void wrap_rejectsNegativeWidth() {
    assertThatThrownBy(() -> DotText.wrap("x", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wrap width -1: use 0 (no wrapping) or more");
  }

  @Test
  void checkAttributeName_refusesKeywordsDigitsAndArgid() {
    assertThat(DotText.checkAttributeName("fontcolor")).isEqualTo("fontcolor");
    assertThatThrownBy(() -> DotText.checkAttributeName("Subgraph"))
        .hasMessage(
            "attribute name \"Subgraph\": use letters, digits and _ (not starting with a digit),"
                + " and not a DOT keyword");
    assertThatThrownBy(() -> DotText.checkAttributeName("1x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DotText.checkAttributeName("argid"))
        .hasMessage("attribute name \"argid\" is reserved for the node's real id");
  }

  @Test
  void checkColor_acceptsHexNamesAndSchemes() {
    assertThat(DotText.checkColor("c", "#a1B2c3")).isEqualTo("#a1B2c3");
    assertThat(DotText.checkColor("c", "#a1b2c3d4")).isEqualTo("#a1b2c3d4");
    assertThat(DotText.checkColor("c", "red")).isEqualTo("red");
    assertThat(DotText.checkColor("c", "/blues9/3")).isEqualTo("/blues9/3");
    assertThatThrownBy(() -> DotText.checkColor("fill colour", "red\" x=\"y"))
        .hasMessage(
            "fill colour \"red\" x=\"y\": use #rrggbb, #rrggbbaa, a Graphviz colour name such as"
                + " red, or /scheme/name");
  }
}
