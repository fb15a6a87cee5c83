package io.argraph.io.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.model.Source;
import io.argraph.io.GraphExporter;
import io.argraph.io.json.JsonWriter.Name;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.List;
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

  // The member names, quoted once.
  private static final Name DOCUMENT_KEY = Name.of("document");
  private static final Name END_KEY = Name.of("end");
  private static final Name FORMAT_KEY = Name.of("format");
  private static final Name FORMAT_VERSION_KEY = Name.of("formatVersion");
  private static final Name FROM_KEY = Name.of("from");
  private static final Name ID_KEY = Name.of("id");
  private static final Name KIND_KEY = Name.of("kind");
  private static final Name NODES_KEY = Name.of("nodes");
  private static final Name QUOTE_KEY = Name.of("quote");
  private static final Name RELATIONS_KEY = Name.of("relations");
  private static final Name SOURCE_KEY = Name.of("source");
  private static final Name START_KEY = Name.of("start");
  private static final Name TAGS_KEY = Name.of("tags");
  private static final Name TEXT_KEY = Name.of("text");
  private static final Name TO_KEY = Name.of("to");
  private static final Name TYPE_KEY = Name.of("type");
  private static final Name TITLE_KEY = Name.of("title");
  private static final Name METADATA_KEY = Name.of("metadata");
  private static final Name SECTION_KEY = Name.of("section");
  private static final Name ATTRIBUTES_KEY = Name.of("attributes");
  private static final Name NOTE_KEY = Name.of("note");

  /** The JSON names of the node kinds and relation types, made once rather than per item. */
  private static final ImmutableMap<NodeKind, String> KIND_NAMES = jsonNames(NodeKind.class);

  private static final ImmutableMap<RelationType, String> TYPE_NAMES =
      jsonNames(RelationType.class);

  /** How many relations' end ids are read ahead of writing them; see {@link #touchEnds}. */
  private static final int RELATION_BATCH = 64;

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
    json.member(FORMAT_KEY, FORMAT);
    json.member(FORMAT_VERSION_KEY, FORMAT_VERSION);
    optional(json, ID_KEY, graph.id());
    optional(json, TITLE_KEY, graph.title());
    stringMap(json, METADATA_KEY, graph.metadata());
    json.name(NODES_KEY);
    json.beginArray();
    for (Node node : graph.nodes()) {
      node(json, node);
    }
    json.endArray();
    json.name(RELATIONS_KEY);
    json.beginArray();
    List<Relation> relations = graph.relations();
    for (int start = 0; start < relations.size(); start += RELATION_BATCH) {
      int end = Math.min(relations.size(), start + RELATION_BATCH);
      touchEnds(relations, start, end);
      for (int i = start; i < end; i++) {
        relation(json, relations.get(i));
      }
    }
    json.endArray();
    json.endObject();
    json.finish();
  }

  /**
   * Reads the lengths of a batch of relations' end ids before the batch is written. The ids are
   * strings scattered over the heap; read back to back, their cache misses overlap, where read one
   * at a time amid the writing they were half the time of an export.
   */
  @CanIgnoreReturnValue
  private static int touchEnds(List<Relation> relations, int start, int end) {
    int total = 0;
    for (int i = start; i < end; i++) {
      Relation r = relations.get(i);
      total += r.from().length() + r.to().length();
    }
    return total;
  }

  private static void node(JsonWriter json, Node node) throws IOException {
    json.beginObject();
    json.verbatimMember(ID_KEY, node.id());
    json.verbatimMember(KIND_KEY, KIND_NAMES.get(node.kind()));
    json.member(TEXT_KEY, node.text());
    if (node.source().isPresent()) {
      Source source = node.source().get();
      json.name(SOURCE_KEY);
      json.beginObject();
      json.member(DOCUMENT_KEY, source.document());
      json.member(QUOTE_KEY, source.quote());
      json.member(START_KEY, source.start());
      json.member(END_KEY, source.end());
      json.endObject();
    }
    optional(json, SECTION_KEY, node.section());
    if (!node.tags().isEmpty()) {
      json.name(TAGS_KEY);
      json.beginArray();
      for (String tag : node.tags()) {
        json.value(tag);
      }
      json.endArray();
    }
    stringMap(json, ATTRIBUTES_KEY, node.attributes());
    json.endObject();
  }

  private static void relation(JsonWriter json, Relation relation) throws IOException {
    json.beginObject();
    json.verbatimMember(FROM_KEY, relation.from());
    json.verbatimMember(TO_KEY, relation.to());
    json.verbatimMember(TYPE_KEY, TYPE_NAMES.get(relation.type()));
    optional(json, NOTE_KEY, relation.note());
    json.endObject();
  }

  private static <E extends Enum<E>> ImmutableMap<E, String> jsonNames(Class<E> type) {
    return Maps.immutableEnumMap(
        Maps.toMap(EnumSet.allOf(type), c -> c.name().toLowerCase(Locale.ROOT)));
  }

  private static void optional(JsonWriter json, Name name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.member(name, value.get());
    }
  }

  private static void stringMap(JsonWriter json, Name name, Map<String, String> map)
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
