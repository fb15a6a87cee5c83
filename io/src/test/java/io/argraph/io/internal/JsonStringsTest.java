package io.argraph.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonStringsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          plain                | "plain"
          a"b                  | "a\\"b"
          back\\slash          | "back\\\\slash"
          """)
  void quoteAndWrite_escapeQuoteAndBackslash(String in, String expected) {
    assertThat(quoted(in)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void quoteAndWrite_escapeControlsAndLoneSurrogatesAndKeepTheRest() {
    String in = "a\n\t\r\b\f\u0001\uDC00x\uD800🙂é中\uFFFE\uFFFF";

    assertThat(quoted(in))
        .isEqualTo("\"a\\n\\t\\r\\b\\f\\u0001\\udc00x\\ud800🙂é中\\ufffe\\uffff\"");
  }

  @org.junit.jupiter.api.Test
  void quoteAndWrite_handleAHighSurrogateAtTheEnd() {
    assertThat(quoted("end\uD83D")).isEqualTo("\"end\\ud83d\"");
    assertThat(quoted("")).isEqualTo("\"\"");
  }

  private static String quoted(String s) {
    return JsonStrings.quote(new StringBuilder(), s).toString();
  }
}
