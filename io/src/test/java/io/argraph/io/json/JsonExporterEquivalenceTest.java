package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.Source;
import io.argraph.core.testing.RandomGraphs;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exporter writes plain nodes and relations as raw pieces and relation ends from packed ids;
 * the document must be exactly what writing every member through {@link JsonWriter} gives.
 */
class JsonExporterEquivalenceTest {
  private final JsonExporter exporter = new JsonExporter();

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void write_equalsTheDocumentWrittenMemberByMember(long seed) throws IOException {
    ArgumentGraph graph = RandomGraphs.graph(seed);
    assertThat(exporter.toString(graph)).isEqualTo(reference(graph));
  }

  @Test
  void write_equalsTheReferenceForIdsOfEveryLengthAndTextsThatNeedEscapes() throws IOException {
    Random random = new Random(7);
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    int nodes = 3000;
    for (int i = 0; i < nodes; i++) {
      // Ids of 2 to 125 chars, around the 7 that fit in a packed word; texts with quotes,
      // controls, non-ASCII, a combining mark and a surrogate pair, some longer than a block.
      String id =
          Integer.toString(i, 36)
              + "-"
              + "x".repeat(random.nextInt(random.nextBoolean() ? 6 : 120));
      String text =
          switch (i % 5) {
            case 0 -> "plain text " + i;
            case 1 -> "a \"quote\" \\ back\tslash\u0001 " + i;
            case 2 -> "e\u0301t\u00e9 \uD83D\uDE00 " + i;
            case 3 -> "long ".repeat(i % 7 == 0 ? 4000 : 3) + i;
            default -> "note\r\nline " + i;
          };
      Node.Builder nb =
          Node.builder(
              id,
              i % 3 == 0
                  ? NodeKind.PREMISE
                  : i % 3 == 1 ? NodeKind.PROBLEM : NodeKind.RECOMMENDATION,
              text);
      if (i % 11 == 0) {
        nb.section("s" + i % 4).tag("t\u00e9");
      }
      b.node(nb.build());
    }
    ArgumentGraph built = b.build();
    ArgumentGraph.Builder withRelations = built.toBuilder();
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < 3 * nodes; k++) {
      String from = built.nodes().get(random.nextInt(nodes)).id();
      String to = built.nodes().get(random.nextInt(nodes)).id();
      Relation r = random.nextBoolean() ? Relation.support(from, to) : Relation.attack(from, to);
      if (from.equals(to) || !seen.add(from + " " + to + " " + r.type())) {
        continue;
      }
      withRelations.relation(k % 13 == 0 ? r.withNote("because \"" + k + "\"") : r);
    }
    ArgumentGraph graph = withRelations.build();
    assertThat(exporter.toString(graph)).isEqualTo(reference(graph));
  }

  @Test
  void write_ofAnEmptyGraphEqualsTheReference() throws IOException {
    ArgumentGraph graph = ArgumentGraph.builder().build();
    assertThat(exporter.toString(graph)).isEqualTo(reference(graph));
  }

  /** The document as the exporter wrote it before it had raw pieces: one call per member. */
  private static String reference(ArgumentGraph graph) throws IOException {
    StringWriter out = new StringWriter();
    JsonWriter json = new JsonWriter(out);
    json.beginObject();
    json.member("format", JsonExporter.FORMAT);
    json.member("formatVersion", JsonExporter.FORMAT_VERSION);
    optional(json, "id", graph.id());
    optional(json, "title", graph.title());
    stringMap(json, "metadata", graph.metadata());
    json.name("nodes");
    json.beginArray();
    for (Node node : graph.nodes()) {
      json.beginObject();
      json.member("id", node.id());
      json.member("kind", node.kind().name().toLowerCase(Locale.ROOT));
      json.member("text", node.text());
      if (node.source().isPresent()) {
        Source source = node.source().get();
        json.name("source");
        json.beginObject();
        json.member("document", source.document());
        json.member("quote", source.quote());
        json.member("start", source.start());
        json.member("end", source.end());
        json.endObject();
      }
      optional(json, "section", node.section());
      if (!node.tags().isEmpty()) {
        json.name("tags");
        json.beginArray();
        for (String tag : node.tags()) {
          json.value(tag);
        }
        json.endArray();
      }
      stringMap(json, "attributes", node.attributes());
      json.endObject();
    }
    json.endArray();
    json.name("relations");
    json.beginArray();
    for (Relation r : graph.relations()) {
      json.beginObject();
      json.member("from", r.from());
      json.member("to", r.to());
      json.member("type", r.type().name().toLowerCase(Locale.ROOT));
      optional(json, "note", r.note());
      json.endObject();
    }
    json.endArray();
    json.endObject();
    json.finish();
    return out.toString();
  }

  private static void optional(JsonWriter json, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.member(name, value.get());
    }
  }

  private static void stringMap(JsonWriter json, String name, Map<String, String> map)
      throws IOException {
    if (map.isEmpty()) {
      return;
    }
    json.name(name);
    json.beginObject();
    for (Map.Entry<String, String> e : map.entrySet()) {
      json.member(e.getKey(), e.getValue());
    }
    json.endObject();
  }
}
