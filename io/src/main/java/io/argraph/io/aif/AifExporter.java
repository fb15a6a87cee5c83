package io.argraph.io.aif;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.model.Source;
import io.argraph.io.GraphExporter;
import io.argraph.io.internal.JsonStrings;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an argument graph as AIF JSON in the layout of AIFdb and OVA ({@code nodes}, {@code
 * edges}, {@code locutions}), for argument-mapping tools.
 *
 * <p>Every node becomes an I-node (information). AIF has no slot for premise, problem or
 * recommendation, nor for argraph's ids and other fields, so each I-node carries extra keys that
 * other tools ignore and {@link AifImporter} reads back: {@code argraphId}, {@code argraphKind}
 * ({@code premise|problem|recommendation}) and, when present, {@code argraphSection}, {@code
 * argraphTags} (array of strings), {@code argraphAttributes} (object of strings) and {@code
 * argraphSource} ({@code document}, {@code quote}, {@code start}, {@code end}). The graph's id,
 * title and metadata go into a top-level {@code argraphGraph} object when present.
 *
 * <p>Every support becomes a path I → RA → I through its own RA node with the text {@code "Default
 * Inference"}, every attack a path I → CA → I through a CA node with the text {@code "Default
 * Conflict"}; a relation's note is kept in the scheme node's {@code argraphNote} key.
 *
 * <p>Output is deterministic: node ids are the decimal strings {@code "1"}, {@code "2"}, … (the
 * I-nodes in graph order, then one scheme node per relation in graph order), edge ids likewise, and
 * every timestamp is {@value #TIMESTAMP} instead of the wall clock; {@code "locutions"} is empty.
 * One node or edge per line, {@code \n} line ends.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
@Immutable
public final class AifExporter implements GraphExporter {
  /** The timestamp written on every node, in AIF's {@code YYYY-MM-DD HH:MM:SS} form. */
  public static final String TIMESTAMP = "2000-01-01 00:00:00";

  /** The text of the RA node written for each support. */
  public static final String DEFAULT_INFERENCE = "Default Inference";

  /** The text of the CA node written for each attack. */
  public static final String DEFAULT_CONFLICT = "Default Conflict";

  /** Creates an exporter. */
  public AifExporter() {}

  /**
   * Writes the graph as AIF JSON.
   *
   * @param graph the graph
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  @Override
  public void write(ArgumentGraph graph, Writer out) throws IOException {
    requireNonNull(graph, "graph");
    requireNonNull(out, "out");
    List<Node> nodes = graph.nodes();
    Map<String, Integer> aifId = new HashMap<>();
    StringBuilder sb = new StringBuilder(256 + 256 * nodes.size());
    sb.append("{\n  \"nodes\": [");
    boolean first = true;
    for (int i = 0; i < nodes.size(); i++) {
      aifId.put(nodes.get(i).id(), i + 1);
      first = separate(sb, first);
      writeINode(sb, i + 1, nodes.get(i));
    }
    List<Relation> relations = graph.relations();
    int scheme = nodes.size();
    for (Relation r : relations) {
      scheme++;
      first = separate(sb, first);
      boolean support = r.type() == RelationType.SUPPORT;
      sb.append("{\"nodeID\": \"").append(scheme).append("\", \"text\": ");
      JsonStrings.quote(sb, support ? DEFAULT_INFERENCE : DEFAULT_CONFLICT);
      sb.append(", \"type\": \"").append(support ? "RA" : "CA").append('"');
      sb.append(", \"timestamp\": \"" + TIMESTAMP + "\", \"scheme\": ");
      JsonStrings.quote(sb, support ? DEFAULT_INFERENCE : DEFAULT_CONFLICT);
      if (r.note().isPresent()) {
        JsonStrings.quote(sb.append(", \"argraphNote\": "), r.note().get());
      }
      sb.append('}');
    }
    sb.append(first ? "],\n" : "\n  ],\n");
    sb.append("  \"edges\": [");
    first = true;
    scheme = nodes.size();
    int edge = 0;
    for (Relation r : relations) {
      scheme++;
      first = separate(sb, first);
      edge(sb, ++edge, aifId.get(r.from()), scheme);
      first = separate(sb, first);
      edge(sb, ++edge, scheme, aifId.get(r.to()));
    }
    sb.append(first ? "],\n" : "\n  ],\n");
    sb.append("  \"locutions\": []");
    if (graph.id().isPresent() || graph.title().isPresent() || !graph.metadata().isEmpty()) {
      sb.append(",\n  \"argraphGraph\": {");
      String sep = "";
      if (graph.id().isPresent()) {
        JsonStrings.quote(sb.append("\"id\": "), graph.id().get());
        sep = ", ";
      }
      if (graph.title().isPresent()) {
        JsonStrings.quote(sb.append(sep).append("\"title\": "), graph.title().get());
        sep = ", ";
      }
      if (!graph.metadata().isEmpty()) {
        object(sb.append(sep).append("\"metadata\": "), graph.metadata());
      }
      sb.append('}');
    }
    sb.append("\n}\n");
    out.write(sb.toString());
    out.flush();
  }

  private static void writeINode(StringBuilder sb, int id, Node node) {
    sb.append("{\"nodeID\": \"").append(id).append("\", \"text\": ");
    JsonStrings.quote(sb, node.text());
    sb.append(", \"type\": \"I\", \"timestamp\": \"" + TIMESTAMP + "\", \"argraphId\": ");
    JsonStrings.quote(sb, node.id());
    sb.append(", \"argraphKind\": \"")
        .append(node.kind().name().toLowerCase(Locale.ROOT))
        .append('"');
    if (node.section().isPresent()) {
      JsonStrings.quote(sb.append(", \"argraphSection\": "), node.section().get());
    }
    if (!node.tags().isEmpty()) {
      sb.append(", \"argraphTags\": [");
      String sep = "";
      for (String tag : node.tags()) {
        JsonStrings.quote(sb.append(sep), tag);
        sep = ", ";
      }
      sb.append(']');
    }
    if (!node.attributes().isEmpty()) {
      object(sb.append(", \"argraphAttributes\": "), node.attributes());
    }
    if (node.source().isPresent()) {
      Source s = node.source().get();
      JsonStrings.quote(sb.append(", \"argraphSource\": {\"document\": "), s.document());
      JsonStrings.quote(sb.append(", \"quote\": "), s.quote());
      sb.append(", \"start\": ").append(s.start()).append(", \"end\": ").append(s.end());
      sb.append('}');
    }
    sb.append('}');
  }

  private static void edge(StringBuilder sb, int id, int from, int to) {
    sb.append("{\"edgeID\": \"")
        .append(id)
        .append("\", \"fromID\": \"")
        .append(from)
        .append("\", \"toID\": \"")
        .append(to)
        .append("\", \"formEdgeID\": null}");
  }

  private static void object(StringBuilder sb, Map<String, String> values) {
    sb.append('{');
    String sep = "";
    for (Map.Entry<String, String> e : values.entrySet()) {
      JsonStrings.quote(sb.append(sep), e.getKey());
      JsonStrings.quote(sb.append(": "), e.getValue());
      sep = ", ";
    }
    sb.append('}');
  }

  private static boolean separate(StringBuilder sb, boolean first) {
    sb.append(first ? "\n    " : ",\n    ");
    return false;
  }
}
