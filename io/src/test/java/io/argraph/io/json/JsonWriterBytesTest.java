package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argraph.io.internal.JsonStrings;
import io.argraph.io.internal.PackedIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The writer's bytes for a stream and its decoded text for a writer, piece by piece. */
class JsonWriterBytesTest {

  @Test
  void rawChars_areEncodedAsTheJdkEncodes_anUnpairedSurrogateAsAQuestionMark() throws IOException {
    String chars = "a\u00e9\u20ac\uD83D\uDE00|\uD800x|\uDC00|\uD83D";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonWriter json = new JsonWriter(bytes);
    json.raw(chars);
    json.raw(chars.toCharArray());
    json.finish();

    String once = "a\u00e9\u20ac\uD83D\uDE00|?x|?|?";
    assertThat(bytes.toByteArray())
        .isEqualTo((once + once + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(new String(chars.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isEqualTo(once);
  }

  @Test
  void streamAndWriter_getTheSameDocument() throws IOException {
    String text = "x\u00e9\"\u0001\uD83D\uDE00\uDFFF".repeat(5000);
    PackedIds ids = new PackedIds(2);
    ids.put(0, "n7");
    ids.put(1, "a-longer-id");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter chars = new StringWriter();
    for (JsonWriter json : new JsonWriter[] {new JsonWriter(bytes), new JsonWriter(chars)}) {
      json.beginArray();
      json.value(text);
      json.nullValue();
      json.value(-12);
      json.beginRawValue();
      json.raw("\"".getBytes(StandardCharsets.US_ASCII));
      json.raw(ids, ids.word(0), ids.length(ids.word(0)));
      json.raw(ids, ids.word(1), ids.length(ids.word(1)));
      json.rawStringContent(text);
      json.raw("\"".getBytes(StandardCharsets.US_ASCII));
      json.endArray();
      json.finish();
    }
    String quoted = JsonStrings.quote(new StringBuilder(), text).toString();
    String expected =
        "[\n  "
            + quoted
            + ",\n  null,\n  -12,\n  \"n7a-longer-id"
            + quoted.substring(1, quoted.length() - 1)
            + "\"\n]\n";
    assertThat(chars).hasToString(expected);
    assertThat(bytes.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rawBytes_longerThanABlock_areRefused() {
    JsonWriter json = new JsonWriter(new ByteArrayOutputStream());
    assertThatThrownBy(() -> json.raw(new byte[16385]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a piece of 16385 bytes");
  }
}
