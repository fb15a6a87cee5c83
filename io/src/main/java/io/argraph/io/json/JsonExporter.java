package io.argraph.io.json;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import io.argraph.core.model.Source;
import io.argraph.io.GraphExporter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a graph in the native JSON format, version 1.
 *
 * <p>The output is deterministic: nodes and relations in graph order, keys in the order of the
 * format's specification ({@code format}, {@code formatVersion}, {@code id}, {@code title}, {@code
 * metadata}, {@code nodes}, {@code relations}; per node {@code id}, {@code kind}, {@code text},
 * {@code source}, {@code section}, {@code tags}, {@code attributes}; per relation {@code from},
 * {@code to}, {@code type}, {@code note}), two-space indent, {@code \n} line ends and a final
 * newline. Non-ASCII text is written as UTF-8, not escaped. Optional fields that are absent or
 * empty are left out. {@link JsonImporter} reads the output back into an equal graph.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * new JsonExporter().write(graph, Path.of("brief.json"));
 * }</pre>
 *
 * @since 0.1.0
 */
@Immutable
public final class JsonExporter implements GraphExporter {
  /** The value of the {@code format} field. */
  static final String FORMAT = "argraph";

  /** The version this exporter writes. */
  static final int FORMAT_VERSION = 1;

  /** Creates an exporter. */
  public JsonExporter() {}

  /**
   * Writes a graph as JSON.
   *
   * @param graph the graph
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  @Override
  public void write(ArgumentGraph graph, Writer out) throws IOException {
    requireNonNull(graph, "graph");
    JsonWriter json = new JsonWriter(requireNonNull(out, "out"));
    json.beginObject();
    json.member("format", FORMAT);
    json.member("formatVersion", FORMAT_VERSION);
    optional(json, "id", graph.id());
    optional(json, "title", graph.title());
    stringMap(json, "metadata", graph.metadata());
    json.name("nodes");
    json.beginArray();
    for (Node node : graph.nodes()) {
      node(json, node);
    }
    json.endArray();
    json.name("relations");
    json.beginArray();
    for (Relation relation : graph.relations()) {
      relation(json, relation);
    }
    json.endArray();
    json.endObject();
    json.finish();
  }

  private static void node(JsonWriter json, Node node) throws IOException {
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

  private static void relation(JsonWriter json, Relation relation) throws IOException {
    json.beginObject();
    json.member("from", relation.from());
    json.member("to", relation.to());
    json.member("type", relation.type().name().toLowerCase(Locale.ROOT));
    optional(json, "note", relation.note());
    json.endObject();
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
