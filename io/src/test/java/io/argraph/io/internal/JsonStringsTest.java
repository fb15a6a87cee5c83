package io.argraph.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
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
  void quoteAndWrite_escapeQuoteAndBackslash(String in, String expected) throws IOException {
    assertThat(quoted(in)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void quoteAndWrite_escapeControlsAndLoneSurrogatesAndKeepTheRest() throws IOException {
    String in = "a\n\t\r\b\f\u0001\uDC00x\uD800🙂é中\uFFFE\uFFFF";

    assertThat(quoted(in))
        .isEqualTo("\"a\\n\\t\\r\\b\\f\\u0001\\udc00x\\ud800🙂é中\\ufffe\\uffff\"");
  }

  @org.junit.jupiter.api.Test
  void quoteAndWrite_handleAHighSurrogateAtTheEnd() throws IOException {
    assertThat(quoted("end\uD83D")).isEqualTo("\"end\\ud83d\"");
    assertThat(quoted("")).isEqualTo("\"\"");
  }

  /** Both entry points must agree; returns their common answer. */
  private static String quoted(String s) throws IOException {
    StringWriter out = new StringWriter();
    JsonStrings.write(out, s);
    String viaBuilder = JsonStrings.quote(new StringBuilder(), s).toString();
    assertThat(viaBuilder).isEqualTo(out.toString());
    return viaBuilder;
  }
}
