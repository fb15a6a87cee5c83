package io.argraph.io.graphml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {
  @Test
  void attribute_escapesQuotesMarkupAndWhitespaceAsReferences() {
    assertThat(XmlText.attribute("a\"b'c&d<e>f\tg\nh\ri"))
        .isEqualTo("a&quot;b'c&amp;d&lt;e&gt;f&#9;g&#10;h&#13;i");
  }

  @Test
  void content_keepsQuotesTabsAndNewlinesButNotCarriageReturns() {
    assertThat(XmlText.content("a\"b\tc\nd\re&f")).isEqualTo("a\"b\tc\nd&#13;e&amp;f");
  }

  @Test
  void strip_dropsWhatXml10Forbids_andKeepsPairedSurrogates() {
    assertThat(XmlText.strip("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh"))
        .isEqualTo("abcdefgh");
    assertThat(XmlText.strip("x\uD800y\uDC00z\uD83D")).isEqualTo("xyz");
    assertThat(XmlText.strip("🙂 \uD83D\uD83D\uDE42")).isEqualTo("🙂 🙂");
    assertThat(XmlText.strip("\t\n\r\uE000\uFFFD")).isEqualTo("\t\n\r\uE000\uFFFD");
  }

  @Test
  void jsonText_escapesSoThatAnyStringSurvives() {
    assertThat(JsonText.array(java.util.List.of("a\"b\\c", "\n\t\r\u0001\uFFFE\uD800🙂")))
        .isEqualTo("[\"a\\\"b\\\\c\",\"\\n\\t\\r\\u0001\\ufffe\\ud800🙂\"]");
    assertThat(JsonText.object(java.util.Map.of("k", "v"))).isEqualTo("{\"k\":\"v\"}");
    assertThat(JsonText.array(java.util.List.of())).isEqualTo("[]");
  }
}
