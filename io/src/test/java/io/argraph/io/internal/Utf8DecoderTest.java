package io.argraph.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8DecoderTest {
  @Test
  void write_decodesEachBlockWholeIntoTheWriter() throws IOException {
    StringWriter out = new StringWriter();
    Utf8Decoder decoder = new Utf8Decoder(out);
    byte[] first = "a é € 😀".getBytes(StandardCharsets.UTF_8);
    byte[] second = ("x".repeat(40_000) + "ü").getBytes(StandardCharsets.UTF_8);
    decoder.write(first, 0, first.length);
    decoder.write(second, 0, second.length); // larger than any block before it
    decoder.write(first, 2, 2); // é alone, from inside an array
    decoder.write('!');

    assertThat(out).hasToString("a é € 😀" + "x".repeat(40_000) + "ü" + "é!");
  }

  @Test
  void write_refusesABlockThatEndsInsideACharacter() {
    Utf8Decoder decoder = new Utf8Decoder(new StringWriter());
    byte[] euro = "€".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> decoder.write(euro, 0, 2)).isInstanceOf(MalformedInputException.class);
  }

  @Test
  void flush_flushesTheWriterAndCloseLeavesItOpen() throws IOException {
    boolean[] flushed = {false};
    boolean[] closed = {false};
    Writer writer =
        new StringWriter() {
          @Override
          public void flush() {
            flushed[0] = true;
          }

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    try (Utf8Decoder decoder = new Utf8Decoder(writer)) {
      decoder.flush();
    }

    assertThat(flushed[0]).isTrue();
    assertThat(closed[0]).isFalse();
  }
}
