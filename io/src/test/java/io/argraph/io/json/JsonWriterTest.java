package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argraph.io.internal.JsonStrings;
import io.argraph.io.internal.PackedIds;
import io.argraph.io.json.JsonWriter.Name;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer against a plain reference layout: random documents of every shape, strings longer than
 * a block and runs of pieces that cross block boundaries must come out exactly as the reference
 * writes them.
 */
class JsonWriterTest {

  @Test
  void numbers_areWrittenLikeLongToString() throws IOException {
    long[] values = {0, 7, -7, 10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
    for (long value : values) {
      StringWriter out = new StringWriter();
      JsonWriter json = new JsonWriter(out);
      json.value(value);
      json.finish();
      assertThat(out).hasToString(value + "\n");
    }
  }

  @Test
  void rawValues_ofPiecesShortAndLongerThanABlock_matchTheOrdinaryOnes() throws IOException {
    String shortId = "n42";
    String longId = "x".repeat(20_000);
    PackedIds ids = new PackedIds(2);
    ids.put(0, shortId);
    ids.put(1, longId);
    StringWriter fast = new StringWriter();
    JsonWriter json = new JsonWriter(fast);
    json.beginArray();
    for (int i = 0; i < 2; i++) {
      String id = i == 0 ? shortId : longId;
      json.beginRawValue();
      json.raw('"' + id + '"');
      json.beginRawValue();
      json.raw(('"' + id + '"').toCharArray());
      json.beginRawValue();
      json.raw("\"".toCharArray());
      long word = ids.word(i);
      json.raw(ids, word, ids.length(word));
      json.raw("\"".toCharArray());
      json.beginRawValue();
      json.rawString(id + "\"\u0001");
    }
    json.endArray();
    json.finish();

    StringWriter plain = new StringWriter();
    JsonWriter reference = new JsonWriter(plain);
    reference.beginArray();
    for (String id : List.of(shortId, longId)) {
      reference.value(id);
      reference.value(id);
      reference.value(id);
      reference.value(id + "\"\u0001");
    }
    reference.endArray();
    reference.finish();
    assertThat(fast).hasToString(plain.toString());
  }

  @Test
  void emptyContainers_areWrittenOnOneLine() throws IOException {
    StringWriter out = new StringWriter();
    JsonWriter json = new JsonWriter(out);
    json.beginObject();
    json.name(Name.of("a"));
    json.beginArray();
    json.endArray();
    json.name("b");
    json.beginObject();
    json.endObject();
    json.endObject();
    json.finish();

    assertThat(out).hasToString("{\n  \"a\": [],\n  \"b\": {}\n}\n");
  }

  @Test
  void namesAndVerbatimValues_matchTheOrdinaryOnes() throws IOException {
    StringWriter fast = new StringWriter();
    JsonWriter json = new JsonWriter(fast);
    json.beginObject();
    json.verbatimMember(Name.of("from"), "n1");
    json.member(Name.of("count"), 3);
    json.member(Name.of("text"), "say \"hi\"");
    json.endObject();
    json.finish();

    StringWriter plain = new StringWriter();
    JsonWriter reference = new JsonWriter(plain);
    reference.beginObject();
    reference.member("from", "n1");
    reference.member("count", 3);
    reference.member("text", "say \"hi\"");
    reference.endObject();
    reference.finish();

    assertThat(fast).hasToString(plain.toString());
  }

  @Test
  void nameOf_refusesANameThatWouldNeedEscapes() {
    assertThatThrownBy(() -> Name.of("a\"b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a name needing escapes: a\"b");
    assertThatThrownBy(() -> Name.of("é\uD800"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a name needing escapes: ");
  }

  @Test
  void finish_refusesUnclosedContainers() throws IOException {
    JsonWriter json = new JsonWriter(new StringWriter());
    json.beginArray();
    json.beginObject();
    assertThatThrownBy(json::finish)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("unclosed JSON containers: 2");
  }

  @Test
  void deepNesting_indentsBeyondThePreparedIndent() throws IOException {
    int depth = 40;
    StringWriter out = new StringWriter();
    JsonWriter json = new JsonWriter(out);
    for (int i = 0; i < depth; i++) {
      json.beginArray();
    }
    json.value("x");
    for (int i = 0; i < depth; i++) {
      json.endArray();
    }
    json.finish();

    assertThat(out).hasToString(Reference.write(nested(depth, "x")));
  }

  @Test
  void stringsLongerThanABlock_withAndWithoutEscapes() throws IOException {
    String longPlain = "abcdefghij".repeat(5000);
    String longEscaped = "a\"b\\c\n".repeat(5000) + "\uD800";
    List<Object> doc = List.of(longPlain, longEscaped, "after", longPlain);

    assertThat(written(doc)).isEqualTo(Reference.write(doc));
  }

  @Test
  void verbatimValueLongerThanABlock_isStillQuotedWhole() throws IOException {
    String id = "n".repeat(40_000);
    StringWriter out = new StringWriter();
    JsonWriter json = new JsonWriter(out);
    json.verbatimValue(id);
    json.finish();

    assertThat(out).hasToString('"' + id + "\"\n");
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 200).mapToObj(i -> 7919L * i + 1);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomDocuments_matchTheReferenceLayout(long seed) throws IOException {
    Object doc = randomValue(new Random(seed), 0);

    assertThat(written(doc)).isEqualTo(Reference.write(doc));
  }

  private static Object nested(int depth, Object inner) {
    Object doc = inner;
    for (int i = 0; i < depth; i++) {
      doc = List.of(doc);
    }
    return doc;
  }

  private static String written(Object doc) throws IOException {
    StringWriter out = new StringWriter();
    JsonWriter json = new JsonWriter(out);
    write(json, doc);
    json.finish();
    return out.toString();
  }

  private static void write(JsonWriter json, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      json.beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String name = (String) e.getKey();
        if (isPlain(name) && name.length() % 2 == 0) {
          json.name(Name.of(name)); // both kinds of names, mixed
        } else {
          json.name(name);
        }
        write(json, e.getValue());
      }
      json.endObject();
    } else if (value instanceof List<?> list) {
      json.beginArray();
      for (Object element : list) {
        write(json, element);
      }
      json.endArray();
    } else if (value instanceof Long number) {
      json.value(number);
    } else if (value == null) {
      json.nullValue();
    } else {
      String s = (String) value;
      if (s.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
        json.verbatimValue(s);
      } else {
        json.value(s);
      }
    }
  }

  private static boolean isPlain(String s) {
    return s.chars().allMatch(c -> JsonStrings.isPlain((char) c));
  }

  private static Object randomValue(Random random, int depth) {
    int pick = random.nextInt(depth > 4 ? 3 : 6);
    return switch (pick) {
      case 0 -> random.nextLong() >> random.nextInt(64);
      case 1 -> randomString(random);
      case 2 -> random.nextInt(10) == 0 ? null : randomString(random);
      case 3, 4 -> {
        Map<String, Object> map = new LinkedHashMap<>();
        int size = random.nextInt(depth == 0 && random.nextInt(4) == 0 ? 400 : 6);
        for (int i = 0; i < size; i++) {
          map.put(randomString(random) + i, randomValue(random, depth + 1));
        }
        yield map;
      }
      default -> {
        List<Object> list = new ArrayList<>();
        int size = random.nextInt(depth == 0 && random.nextInt(4) == 0 ? 400 : 6);
        for (int i = 0; i < size; i++) {
          list.add(randomValue(random, depth + 1));
        }
        yield list;
      }
    };
  }

  private static final String[] PIECES = {
    "a",
    "Zz9",
    "n17",
    " ",
    "\"",
    "\\",
    "\n",
    "\t",
    "\u0001",
    "\u001f",
    "é",
    "中",
    "🙂",
    "\uD800",
    "\uDC00",
    "\uFFFE",
    "\uFFFF",
    "\u2028",
    "\uE000",
    "x".repeat(300)
  };

  private static String randomString(Random random) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(random.nextInt(20) == 0 ? 3000 : 12);
    for (int i = 0; i < length; i++) {
      sb.append(
          random.nextInt(3) == 0
              ? PIECES[random.nextInt(PIECES.length)]
              : (char) ('a' + random.nextInt(26)));
    }
    return sb.toString();
  }

  /** The layout written the plain way, one piece at a time into a StringBuilder. */
  private static final class Reference {
    static String write(Object doc) {
      StringBuilder sb = new StringBuilder();
      write(sb, doc, 0);
      return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, Object value, int depth) {
      if (value instanceof Map<?, ?> map) {
        if (map.isEmpty()) {
          sb.append("{}");
          return;
        }
        sb.append('{');
        String sep = "\n";
        for (Map.Entry<?, ?> e : map.entrySet()) {
          sb.append(sep).append("  ".repeat(depth + 1));
          JsonStrings.quote(sb, (String) e.getKey()).append(": ");
          write(sb, e.getValue(), depth + 1);
          sep = ",\n";
        }
        sb.append('\n').append("  ".repeat(depth)).append('}');
      } else if (value instanceof List<?> list) {
        if (list.isEmpty()) {
          sb.append("[]");
          return;
        }
        sb.append('[');
        String sep = "\n";
        for (Object element : list) {
          sb.append(sep).append("  ".repeat(depth + 1));
          write(sb, element, depth + 1);
          sep = ",\n";
        }
        sb.append('\n').append("  ".repeat(depth)).append(']');
      } else if (value instanceof Long number) {
        sb.append(number.longValue());
      } else if (value == null) {
        sb.append("null");
      } else {
        JsonStrings.quote(sb, (String) value);
      }
    }
  }
}
