package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonExporterTest {
  private final JsonExporter exporter = new JsonExporter();

  static Stream<Arguments> goldens() {
    return Stream.of(
        Arguments.of("empty.json", (Supplier<ArgumentGraph>) JsonFixtures::empty),
        Arguments.of("full.json", (Supplier<ArgumentGraph>) JsonFixtures::full));
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void write_matchesGoldenByteForByte(String golden, Supplier<ArgumentGraph> graph)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    exporter.write(graph.get(), out);

    assertThat(out.toByteArray()).isEqualTo(JsonFixtures.bytes("golden/json/" + golden));
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void read_ofGoldenGivesTheGraphItWasWrittenFrom(String golden, Supplier<ArgumentGraph> graph)
      throws IOException {
    ArgumentGraph read = new JsonImporter().read(JsonFixtures.resource("golden/json/" + golden));

    assertThat(read).isEqualTo(graph.get());
  }

  @Test
  void manyRelations_areAllWrittenInGraphOrderAcrossReadAheadBatches() {
    int count = 64 * 3 + 7; // whole batches and a partial one
    ArgumentGraph.Builder builder = ArgumentGraph.builder();
    for (int i = 0; i <= count; i++) {
      builder.premise("n" + i, "Claim " + i);
    }
    StringBuilder expected = new StringBuilder();
    for (int i = count; i > 0; i--) { // not the order of the nodes
      builder.relation(Relation.support("n" + i, "n" + (i - 1)).withNote("step " + i));
      expected.append(i).append('>').append(i - 1).append(';');
    }
    ArgumentGraph graph = builder.build();

    String json = new JsonExporter().toString(graph);

    Matcher m = Pattern.compile("\"from\": \"n(\\d+)\",\n +\"to\": \"n(\\d+)\"").matcher(json);
    StringBuilder written = new StringBuilder();
    while (m.find()) {
      written.append(m.group(1)).append('>').append(m.group(2)).append(';');
    }
    assertThat(written.toString()).isEqualTo(expected.toString());
    assertThat(new JsonImporter().fromString(json)).isEqualTo(graph);
  }

  @Test
  void write_twiceGivesIdenticalText() {
    assertThat(exporter.toString(JsonFixtures.full()))
        .isEqualTo(exporter.toString(JsonFixtures.full()));
  }

  @Test
  void write_leavesEmptyOptionalFieldsOut() {
    String json = exporter.toString(ArgumentGraph.builder().premise("p", "A premise.").build());

    assertThat(json)
        .isEqualTo(
            """
            {
              "format": "argraph",
              "formatVersion": 1,
              "nodes": [
                {
                  "id": "p",
                  "kind": "premise",
                  "text": "A premise."
                }
              ],
              "relations": []
            }
            """);
  }

  @Test
  void write_escapesOnlyWhatJsonRequiresAndUnpairedSurrogates() {
    String text =
        "q\" b\\ nl\n cr\r tab\t bs\b ff\f nul\u0000 us\u001f del\u007f é 🙂 lone\ud800 x\udc00";
    ArgumentGraph graph = ArgumentGraph.builder().premise("p", text).build();

    String json = exporter.toString(graph);

    assertThat(json)
        .contains(
            "\"text\": \"q\\\" b\\\\ nl\\n cr\\r tab\\t bs\\b ff\\f nul\\u0000 us\\u001f del\u007f é 🙂"
                + " lone\\ud800 x\\udc00\"");
    assertThat(new JsonImporter().fromString(json)).isEqualTo(graph);
  }

  @Test
  void write_usesOnlyLineFeeds() {
    String json = exporter.toString(JsonFixtures.full());

    assertThat(json).doesNotContain("\r").endsWith("}\n");
  }

  @Test
  void write_toPathReplacesTheFileWhole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("graph.json");
    Files.writeString(file, "old content that is longer than nothing");

    exporter.write(JsonFixtures.empty(), file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(
            new String(JsonFixtures.bytes("golden/json/empty.json"), StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void write_keepsTagAndAttributeOrder() {
    Node node =
        Node.premise("p", "Text")
            .tag("z", "a", "m")
            .attribute("z", "1")
            .attribute("a", "2")
            .build();

    String json = exporter.toString(ArgumentGraph.builder().node(node).build());

    assertThat(json)
        .contains("\"tags\": [\n        \"z\",\n        \"a\",\n        \"m\"\n      ]")
        .contains("\"attributes\": {\n        \"z\": \"1\",\n        \"a\": \"2\"\n      }");
  }

  @Test
  void write_keepsTextsLongerThanItsBufferWholeAndEscaped() {
    String text = "ab\"c".repeat(5000) + "\n" + "é".repeat(9000);
    ArgumentGraph graph = ArgumentGraph.builder().premise("p", text).build();

    String json = exporter.toString(graph);

    String escaped = "ab\\\"c".repeat(5000) + "\\n" + "é".repeat(9000);
    assertThat(json).contains("\"text\": \"" + escaped + "\"\n");
    assertThat(new JsonImporter().fromString(json)).isEqualTo(graph);
  }

  @Test
  void write_ofManySmallPiecesGivesTheSameBytesAsAWriterWithoutBuffering() throws IOException {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int i = 0; i < 2000; i++) {
      b.premise("p" + i, "Premise number " + i + " with a \"quote\"");
    }
    for (int i = 1; i < 2000; i++) {
      b.attacks("p" + (i - 1), "p" + i);
    }
    ArgumentGraph graph = b.build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    exporter.write(graph, bytes);

    String json = bytes.toString(StandardCharsets.UTF_8);
    assertThat(json).isEqualTo(exporter.toString(graph)).endsWith("  ]\n}\n");
    assertThat(json.split("\"from\"", -1)).hasSize(2000);
    assertThat(new JsonImporter().fromString(json)).isEqualTo(graph);
  }
}
