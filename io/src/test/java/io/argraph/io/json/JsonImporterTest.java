package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.io.ImportException;
import io.argraph.io.Location;
import io.argraph.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonImporterTest {
  private static final String HEAD = "{\"format\": \"argraph\", \"formatVersion\": 1, ";

  private final JsonImporter importer = new JsonImporter();

  private static ImportException failure(JsonImporter importer, String json) {
    return catchThrowableOfType(ImportException.class, () -> importer.fromString(json));
  }

  private ImportException failure(String json) {
    return failure(importer, json);
  }

  private static String node(String fields) {
    return HEAD
        + "\"nodes\": [{\"id\": \"p\", \"kind\": \"premise\", \"text\": \"T\""
        + fields
        + "}], \"relations\": []}";
  }

  @Test
  void read_acceptsRelationsBeforeNodes() {
    ArgumentGraph graph =
        importer.fromString(
            HEAD
                + "\"relations\": [{\"type\": \"attack\", \"to\": \"a\", \"from\": \"b\"}],"
                + " \"nodes\": [{\"text\": \"A\", \"kind\": \"premise\", \"id\": \"a\"},"
                + " {\"id\": \"b\", \"kind\": \"problem\", \"text\": \"B\"}]}");

    assertThat(graph)
        .isEqualTo(
            ArgumentGraph.builder().premise("a", "A").problem("b", "B").attacks("b", "a").build());
  }

  @Test
  void read_givesTheSameGraphFromEverySource(@TempDir Path dir) throws IOException {
    byte[] bytes = JsonFixtures.bytes("golden/json/full.json");
    String text = new String(bytes, StandardCharsets.UTF_8);
    Path file = dir.resolve("full.json");
    Files.write(file, bytes);

    assertThat(importer.read(new ByteArrayInputStream(bytes))).isEqualTo(JsonFixtures.full());
    assertThat(importer.read(new StringReader(text))).isEqualTo(JsonFixtures.full());
    assertThat(importer.fromString(text)).isEqualTo(JsonFixtures.full());
    assertThat(importer.read(file)).isEqualTo(JsonFixtures.full());
  }

  @Test
  void read_skipsAUtf8ByteOrderMark() throws IOException {
    byte[] json = JsonFixtures.bytes("golden/json/empty.json");
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);

    assertThat(importer.read(new ByteArrayInputStream(withBom))).isEqualTo(JsonFixtures.empty());
  }

  @Test
  void read_neverClosesTheCallersStream() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(JsonFixtures.bytes("golden/json/empty.json")) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    importer.read(in);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void read_passesOnTheInputsOwnIoFailure() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }
        };

    assertThatThrownBy(() -> importer.read(failing))
        .isInstanceOf(IOException.class)
        .hasMessage("disk gone");
  }

  @Test
  void read_givesByteOffsetsForBytesAndCharOffsetsForText() throws IOException {
    String json = node("") + "x";
    ImportException fromText = failure(json);
    ImportException fromBytes =
        catchThrowableOfType(
            ImportException.class,
            () -> importer.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

    assertThat(fromText.location()).contains(new Location(1, json.length(), json.length() - 1));
    assertThat(fromBytes.location()).contains(new Location(1, json.length(), json.length() - 1));
  }

  @Test
  void read_countsColumnsInBytesForByteInput() {
    String json = "{\"format\": \"é\"}";

    ImportException fromText = failure(json);
    ImportException fromBytes =
        catchThrowableOfType(
            ImportException.class,
            () -> importer.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

    assertThat(fromText.getMessage())
        .isEqualTo(
            "line 1, column 12 (/format): unsupported format \"é\"; this reader reads \"argraph\""
                + " documents");
    assertThat(fromBytes.location().orElseThrow().column()).isEqualTo(12);
  }

  @Test
  void read_refusesWhitespaceOnlyInputAsEmpty() {
    assertThat(failure(" \n\t ").problem())
        .isEqualTo("empty input; expected a JSON object with \"format\": \"argraph\"");
  }

  @Test
  void read_refusesTextPastTheInputLimitInCharacters() {
    JsonImporter small = new JsonImporter(ReadLimits.builder().maxInputBytes(10).build());

    assertThat(failure(small, HEAD).problem())
        .isEqualTo(
            "input is longer than 10 characters (ReadLimits.maxInputBytes); raise the limit with"
                + " ReadLimits.builder().maxInputBytes(n)");
  }

  @Test
  void read_refusesBytesPastTheInputLimitAfterTheParserStarted() {
    JsonImporter limited = new JsonImporter(ReadLimits.builder().maxInputBytes(9000).build());
    byte[] big =
        (HEAD + "\"title\": \"" + "x".repeat(20_000) + "\"}").getBytes(StandardCharsets.UTF_8);

    ImportException e =
        catchThrowableOfType(
            ImportException.class, () -> limited.read(new ByteArrayInputStream(big)));

    assertThat(e.problem())
        .isEqualTo(
            "input is longer than 9000 bytes (ReadLimits.maxInputBytes); raise the limit with"
                + " ReadLimits.builder().maxInputBytes(n)");
  }

  @Test
  void read_refusesAStringFarPastTheLimitAsJacksonSeesIt() {
    JsonImporter limited = new JsonImporter(ReadLimits.builder().maxStringLength(20).build());

    ImportException e = failure(limited, node(", \"section\": \"" + "s".repeat(100_000) + "\""));

    assertThat(e.getMessage())
        .startsWith("line 1, column ")
        .endsWith(
            "(/nodes/0/section): a string is longer than 20 characters"
                + " (ReadLimits.maxStringLength); raise the limit with"
                + " ReadLimits.builder().maxStringLength(n)");
  }

  @Test
  void read_refusesAKeyPastTheStringLimit() {
    JsonImporter limited = new JsonImporter(ReadLimits.builder().maxStringLength(20).build());
    String key = "k".repeat(30);

    ImportException e = failure(limited, node(", \"attributes\": {\"" + key + "\": \"v\"}"));

    assertThat(e.problem())
        .isEqualTo(
            "a string is longer than 20 characters (ReadLimits.maxStringLength); raise the limit"
                + " with ReadLimits.builder().maxStringLength(n)");
    // The parser stops at the key before it is complete, so the pointer is the object's.
    assertThat(e.pointer()).contains("/nodes/0/attributes");
  }

  @Test
  void read_refusesAKeyFarPastTheStringLimitAsJacksonSeesIt() {
    JsonImporter limited = new JsonImporter(ReadLimits.builder().maxStringLength(20).build());

    ImportException e =
        failure(limited, node(", \"attributes\": {\"" + "k".repeat(100_000) + "\": \"v\"}"));

    assertThat(e.problem()).startsWith("a string is longer than 20 characters");
  }

  @Test
  void read_refusesNestingPastTheLimitInTrailingContent() {
    String golden =
        new String(JsonFixtures.bytes("golden/json/empty.json"), StandardCharsets.UTF_8);

    ImportException e = failure(golden + "[[[[[[[[");

    assertThat(e.getMessage())
        .isEqualTo(
            "line 7, column 1 (/): trailing content after the graph; a document holds one JSON"
                + " object");
  }

  @Test
  void read_refusesMalformedTrailingContent() {
    ImportException e = failure(HEAD + "\"nodes\": [], \"relations\": []} }");

    assertThat(e.problem())
        .isEqualTo("trailing content after the graph; a document holds one JSON object");
  }

  @Test
  void read_abbreviatesLongValuesInMessages() {
    String id = "bad id " + "x".repeat(500);

    ImportException e = failure(HEAD + "\"id\": \"" + id + "\", \"nodes\": [], \"relations\": []}");

    assertThat(e.problem())
        .isEqualTo(
            "invalid graph id \"bad id "
                + "x".repeat(50)
                + "...\": an id is 1 to 128 characters from A-Z a-z 0-9 _ . : - and starts with a"
                + " letter or digit");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"start\": 1.5, \"end\": 2 | /nodes/0/source/start"
            + " | \"start\" must be an integer, not a number with a fraction or exponent",
        "\"start\": true, \"end\": 2 | /nodes/0/source/start"
            + " | \"start\" must be an integer, not a boolean",
        "\"start\": -1, \"end\": 0 | /nodes/0/source"
            + " | source offsets -1..0 in \"d\" are negative; offsets count chars from 0",
        "\"start\": 5, \"end\": 4 | /nodes/0/source"
            + " | source offsets 5..4 in \"d\" are reversed; start must not exceed end",
        "\"start\": 1, \"end\": 2, \"extra\": 1 | /nodes/0/source/extra"
            + " | unknown field \"extra\" in a source; allowed: document, quote, start, end",
        "\"start\": 1 | /nodes/0/source | missing required field \"end\"",
      })
  void read_checksSourceOffsets(String offsets, String pointer, String problem) {
    ImportException e =
        failure(node(", \"source\": {\"document\": \"d\", \"quote\": \"q\", " + offsets + "}"));

    assertThat(e.pointer()).contains(pointer);
    assertThat(e.problem()).isEqualTo(problem);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"document\": \" \", \"quote\": \"q\" | /nodes/0/source/document"
            + " | source document name is blank; name the document quoted",
        "\"document\": \"d\", \"quote\": \"\" | /nodes/0/source/quote"
            + " | source quote is empty; quote the text the node comes from",
      })
  void read_locatesSourceFieldFailures(String fields, String pointer, String problem) {
    ImportException e = failure(node(", \"source\": {" + fields + ", \"start\": 0, \"end\": 1}"));

    assertThat(e.pointer()).contains(pointer);
    assertThat(e.problem()).isEqualTo(problem);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"title\": \" \" | /title | graph title is blank; omit it or name it",
        "\"metadata\": {\"a\": 1} | /metadata/a | each value in \"metadata\" must be a string, not"
            + " an integer",
        "\"metadata\": [] | /metadata | \"metadata\" must be an object, not an array",
        "\"format\": \"argraph\" | /format | duplicate field \"format\"; give each field once",
      })
  void read_checksTopLevelFields(String field, String pointer, String problem) {
    ImportException e = failure(HEAD + field + ", \"nodes\": [], \"relations\": []}");

    assertThat(e.pointer()).contains(pointer);
    assertThat(e.problem()).isEqualTo(problem);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"section\": \" \" | /nodes/0/section | node \"p\": section is blank; omit it or name it",
        "\"tags\": [\"a\", \" \"] | /nodes/0/tags/1 | node \"p\": a tag is blank; tags need text",
        "\"tags\": [1] | /nodes/0/tags/0 | each tag must be a string, not an integer",
        "\"attributes\": {\" \": \"v\"} | '/nodes/0/attributes/ '"
            + " | node \"p\": an attribute name is blank; name it",
        "\"kind\": \"premise\" | /nodes/0/kind | duplicate field \"kind\"; give each field once",
      })
  void read_checksOptionalNodeFields(String field, String pointer, String problem) {
    ImportException e = failure(node(", " + field));

    assertThat(e.pointer()).contains(pointer);
    assertThat(e.problem()).isEqualTo(problem);
  }

  @Test
  void read_refusesAFractionalFormatVersion() {
    ImportException e =
        failure(
            "{\"format\": \"argraph\", \"formatVersion\": 1.0, \"nodes\": [], \"relations\": []}");

    assertThat(e.getMessage())
        .isEqualTo(
            "line 1, column 40 (/formatVersion): \"formatVersion\" must be an integer, not a number"
                + " with a fraction or exponent");
  }

  @Test
  void read_escapesSlashAndTildeInPointers() {
    ImportException e = failure(node(", \"attributes\": {\"a/b~c\": 2}"));

    assertThat(e.pointer()).contains("/nodes/0/attributes/a~1b~0c");
  }

  @Test
  void read_refusesARelationFromAnUnknownNode() {
    ImportException e =
        failure(
            HEAD
                + "\"nodes\": [{\"id\": \"a\", \"kind\": \"premise\", \"text\": \"A\"}],"
                + " \"relations\": [{\"from\": \"zz\", \"to\": \"a\", \"type\": \"support\"}]}");

    assertThat(e.pointer()).contains("/relations/0/from");
    assertThat(e.problem()).isEqualTo("unknown node \"zz\"; declare it in \"nodes\" first");
  }

  @Test
  void read_refusesUtf32() {
    byte[] utf32 = {0, 0, 0, '{'};

    ImportException e =
        catchThrowableOfType(
            ImportException.class, () -> importer.read(new ByteArrayInputStream(utf32)));

    assertThat(e.problem())
        .isEqualTo("input is not UTF-8 (it looks like UTF-16 or UTF-32); save it as UTF-8");
  }

  @Test
  void read_refusesATinyInputLimitWhileDetectingTheEncoding() {
    JsonImporter tiny = new JsonImporter(ReadLimits.builder().maxInputBytes(2).build());

    ImportException e =
        catchThrowableOfType(
            ImportException.class,
            () -> tiny.read(new ByteArrayInputStream("{\"a\"".getBytes(StandardCharsets.UTF_8))));

    assertThat(e.problem()).startsWith("input is longer than 2 bytes (ReadLimits.maxInputBytes)");
  }

  @Test
  void read_acceptsTheLargestLimits() throws IOException {
    JsonImporter unlimited =
        new JsonImporter(
            ReadLimits.builder()
                .maxNestingDepth(Integer.MAX_VALUE)
                .maxStringLength(Integer.MAX_VALUE)
                .maxInputBytes(Long.MAX_VALUE)
                .build());

    assertThat(unlimited.read(JsonFixtures.resourceDir("golden/json/full.json")))
        .isEqualTo(JsonFixtures.full());
  }

  @Test
  void limits_areThoseGiven() {
    ReadLimits limits = ReadLimits.builder().maxNodes(3).build();

    assertThat(new JsonImporter(limits).limits()).isEqualTo(limits);
    assertThat(importer.limits()).isEqualTo(ReadLimits.defaults());
  }
}
