package io.argraph.io.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.errorprone.annotations.Immutable;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.model.Source;
import io.argraph.io.AtomicFiles;
import io.argraph.io.GraphExporter;
import io.argraph.io.internal.PackedIds;
import io.argraph.io.json.JsonWriter.Name;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * <p>Written to a stream or a file, the document is made as UTF-8 bytes directly; written to a
 * {@link Writer}, those bytes are decoded: the text is the same either way.
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

  // Whole stretches of the objects that only have the members nodes and relations always have, as
  // the writer formats them in the arrays of the root object, as UTF-8: elements at 4 spaces after
  // a comma unless first, members at 6 spaces, the closing brace at 4. A node: NODE_OPEN (from its
  // second byte for the first node), id, KIND_TO_TEXT, text escaped, TEXT_END.
  private static final String MEMBER_INDENT = "\n      ";
  private static final String ELEMENT_START = ",\n    {" + MEMBER_INDENT;
  private static final byte[] NODE_OPEN = ascii(ELEMENT_START + "\"id\": \"");
  private static final ImmutableMap<NodeKind, byte[]> KIND_TO_TEXT =
      Maps.immutableEnumMap(
          Maps.toMap(
              EnumSet.allOf(NodeKind.class),
              k ->
                  ascii(
                      "\","
                          + MEMBER_INDENT
                          + "\"kind\": \""
                          + KIND_NAMES.get(k)
                          + "\","
                          + MEMBER_INDENT
                          + "\"text\": \"")));
  private static final byte[] TEXT_END = ascii("\"\n    }");

  // A relation without a note: RELATION_OPEN (as NODE_OPEN), from, RELATION_TO, to, and the end
  // for its type.
  private static final byte[] RELATION_OPEN = ascii(ELEMENT_START + "\"from\": \"");
  private static final byte[] RELATION_TO = ascii("\"," + MEMBER_INDENT + "\"to\": \"");
  private static final byte[] RELATION_SUPPORT_END = relationEnd(RelationType.SUPPORT);
  private static final byte[] RELATION_ATTACK_END = relationEnd(RelationType.ATTACK);

  /** How many relations' end ids are read ahead of writing them; see {@link #relations}. */
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
    write(graph, new JsonWriter(requireNonNull(out, "out")));
  }

  /**
   * Writes a graph as JSON in UTF-8, made as bytes without an encoder in between.
   *
   * @param graph the graph
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  @Override
  public void write(ArgumentGraph graph, OutputStream out) throws IOException {
    requireNonNull(graph, "graph");
    write(graph, new JsonWriter(requireNonNull(out, "out")));
  }

  /**
   * Writes a graph as JSON in UTF-8 to a file, atomically (see {@link GraphExporter#write(
   * ArgumentGraph, Path)}), made as bytes without an encoder in between.
   *
   * @param graph the graph
   * @param file the file to create or replace
   * @throws IOException if writing fails
   */
  @Override
  public void write(ArgumentGraph graph, Path file) throws IOException {
    requireNonNull(graph, "graph");
    AtomicFiles.writeBytes(file, out -> write(graph, out));
  }

  private static void write(ArgumentGraph graph, JsonWriter json) throws IOException {
    json.beginObject();
    json.member(FORMAT_KEY, FORMAT);
    json.member(FORMAT_VERSION_KEY, FORMAT_VERSION);
    optional(json, ID_KEY, graph.id());
    optional(json, TITLE_KEY, graph.title());
    stringMap(json, METADATA_KEY, graph.metadata());
    json.name(NODES_KEY);
    json.beginArray();
    List<Node> nodes = graph.nodes();
    int count = nodes.size();
    PackedIds ids = new PackedIds(count);
    for (int i = 0; i < count; i++) {
      Node node = nodes.get(i);
      ids.put(i, node.id());
      node(json, node, ids, ids.word(i));
    }
    json.endArray();
    json.name(RELATIONS_KEY);
    json.beginArray();
    relations(json, graph, ids);
    json.endArray();
    json.endObject();
    json.finish();
  }

  /**
   * Writes the relations in batches: first the words of a batch's ends in the packed ids are read,
   * then the batch is written. The ends' ids come from the compact table the nodes filled, not from
   * the id strings scattered over the heap; read back to back, the cache misses that remain
   * overlap, where read one at a time amid the writing they were half the time of an export.
   */
  private static void relations(JsonWriter json, ArgumentGraph graph, PackedIds ids)
      throws IOException {
    List<Relation> relations = graph.relations();
    long[] words = new long[2 * RELATION_BATCH];
    int[] lengths = new int[2 * RELATION_BATCH];
    for (int start = 0; start < relations.size(); start += RELATION_BATCH) {
      int end = Math.min(relations.size(), start + RELATION_BATCH);
      for (int k = start; k < end; k++) {
        int e = 2 * (k - start);
        words[e] = ids.word(graph.fromIndex(k));
        words[e + 1] = ids.word(graph.toIndex(k));
        lengths[e] = ids.length(words[e]);
        lengths[e + 1] = ids.length(words[e + 1]);
      }
      for (int k = start; k < end; k++) {
        Relation r = relations.get(k);
        if (r.note().isPresent()) {
          relation(json, r);
          continue;
        }
        // The ends are ids, which need no escape: the whole object as relation() writes it.
        int e = 2 * (k - start);
        int skip = json.beginRawElement() ? 1 : 0; // no comma before the first
        json.raw(RELATION_OPEN, skip, RELATION_OPEN.length - skip);
        json.raw(ids, words[e], lengths[e]);
        json.raw(RELATION_TO);
        json.raw(ids, words[e + 1], lengths[e + 1]);
        json.raw(r.type() == RelationType.SUPPORT ? RELATION_SUPPORT_END : RELATION_ATTACK_END);
      }
    }
  }

  private static void node(JsonWriter json, Node node, PackedIds ids, long idWord)
      throws IOException {
    if (node.source().isEmpty()
        && node.section().isEmpty()
        && node.tags().isEmpty()
        && node.attributes().isEmpty()) {
      // Only id, kind and text: the whole object as below, the id (which needs no escape, from its
      // packed word) and the constant pieces copied as they are.
      int skip = json.beginRawElement() ? 1 : 0; // no comma before the first
      json.raw(NODE_OPEN, skip, NODE_OPEN.length - skip);
      json.raw(ids, idWord, ids.length(idWord));
      json.raw(requireNonNull(KIND_TO_TEXT.get(node.kind())));
      json.rawStringContent(node.text());
      json.raw(TEXT_END);
      return;
    }
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

  private static byte[] relationEnd(RelationType type) {
    return ascii("\"," + MEMBER_INDENT + "\"type\": \"" + TYPE_NAMES.get(type) + "\"\n    }");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
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
