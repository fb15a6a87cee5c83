package io.argraph.io.graphml;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.model.Source;
import io.argraph.io.GraphExporter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes an argument graph as GraphML, for yEd, Gephi, Neo4j ({@code apoc.import.graphml}) and
 * JGraphT.
 *
 * <p>Every field of the model has a declared {@code <key>} (the key's id equals its {@code
 * attr.name}), and all keys are declared in every document so that tools see the same schema for
 * every graph:
 *
 * <ul>
 *   <li>graph: {@code title}, {@code metadata};
 *   <li>node: {@code kind} ({@code premise|problem|recommendation}), {@code labels} ({@code
 *       :Premise}, {@code :Problem}, {@code :Recommendation}, read by Neo4j APOC with {@code
 *       readLabels: true}), {@code text}, {@code section}, {@code tags}, {@code sourceDocument},
 *       {@code sourceQuote}, {@code sourceStart} and {@code sourceEnd} ({@code int}), {@code
 *       attributes};
 *   <li>edge: {@code type} ({@code support|attack}), {@code label} ({@code SUPPORTS|ATTACKS}, the
 *       relationship type in Neo4j), {@code note}.
 * </ul>
 *
 * <p>GraphML values are scalars, so {@code tags} is written as a JSON array of strings and {@code
 * attributes} and {@code metadata} as JSON objects of strings. Node ids are written as they are
 * (every argraph id is an XML {@code NMTOKEN}); edges get ids {@code e0}, {@code e1}, … in graph
 * order. Absent optional fields have no {@code <data>} element.
 *
 * <p>Text is escaped for XML, and the characters XML 1.0 cannot carry at all (U+0000–U+0008,
 * U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF and unpaired surrogates) are dropped from plain
 * text values; inside the JSON values they survive as {@code \}{@code u0000}-style escapes. Output
 * is deterministic (graph order, {@code \n} line ends) and valid against the GraphML 1.0 schema.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
@Immutable
public final class GraphMlExporter implements GraphExporter {
  /** The key declarations, in the order written. */
  private static final List<Key> KEYS =
      List.of(
          new Key("title", "graph", "string"),
          new Key("metadata", "graph", "string"),
          new Key("kind", "node", "string"),
          new Key("labels", "node", "string"),
          new Key("text", "node", "string"),
          new Key("section", "node", "string"),
          new Key("tags", "node", "string"),
          new Key("sourceDocument", "node", "string"),
          new Key("sourceQuote", "node", "string"),
          new Key("sourceStart", "node", "int"),
          new Key("sourceEnd", "node", "int"),
          new Key("attributes", "node", "string"),
          new Key("type", "edge", "string"),
          new Key("label", "edge", "string"),
          new Key("note", "edge", "string"));

  /** Creates an exporter. */
  public GraphMlExporter() {}

  /**
   * Writes the graph as a GraphML document.
   *
   * @param graph the graph
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  @Override
  public void write(ArgumentGraph graph, Writer out) throws IOException {
    requireNonNull(graph, "graph");
    requireNonNull(out, "out");
    StringBuilder sb = new StringBuilder(256 + 256 * graph.nodeCount());
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
        .append(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (Key key : KEYS) {
      sb.append("  <key id=\"")
          .append(key.name())
          .append("\" for=\"")
          .append(key.domain())
          .append("\" attr.name=\"")
          .append(key.name())
          .append("\" attr.type=\"")
          .append(key.type())
          .append("\"/>\n");
    }
    sb.append("  <graph");
    graph.id().ifPresent(id -> sb.append(" id=\"").append(XmlText.attribute(id)).append('"'));
    sb.append(" edgedefault=\"directed\">\n");
    String indent = "    ";
    graph.title().ifPresent(t -> data(sb, indent, "title", t));
    if (!graph.metadata().isEmpty()) {
      data(sb, indent, "metadata", JsonText.object(graph.metadata()));
    }
    for (Node node : graph.nodes()) {
      writeNode(sb, node);
      flushIfLarge(sb, out);
    }
    List<Relation> relations = graph.relations();
    for (int i = 0; i < relations.size(); i++) {
      writeEdge(sb, i, relations.get(i));
      flushIfLarge(sb, out);
    }
    sb.append("  </graph>\n</graphml>\n");
    out.write(sb.toString());
    out.flush();
  }

  private static void writeNode(StringBuilder sb, Node node) {
    String indent = "      ";
    sb.append("    <node id=\"").append(XmlText.attribute(node.id())).append("\">\n");
    data(sb, indent, "kind", node.kind().name().toLowerCase(Locale.ROOT));
    data(sb, indent, "labels", label(node.kind()));
    data(sb, indent, "text", node.text());
    node.section().ifPresent(s -> data(sb, indent, "section", s));
    if (!node.tags().isEmpty()) {
      data(sb, indent, "tags", JsonText.array(node.tags()));
    }
    if (node.source().isPresent()) {
      Source source = node.source().get();
      data(sb, indent, "sourceDocument", source.document());
      data(sb, indent, "sourceQuote", source.quote());
      data(sb, indent, "sourceStart", Integer.toString(source.start()));
      data(sb, indent, "sourceEnd", Integer.toString(source.end()));
    }
    if (!node.attributes().isEmpty()) {
      data(sb, indent, "attributes", JsonText.object(node.attributes()));
    }
    sb.append("    </node>\n");
  }

  private static void writeEdge(StringBuilder sb, int index, Relation relation) {
    String indent = "      ";
    sb.append("    <edge id=\"e")
        .append(index)
        .append("\" source=\"")
        .append(XmlText.attribute(relation.from()))
        .append("\" target=\"")
        .append(XmlText.attribute(relation.to()))
        .append("\">\n");
    boolean support = relation.type() == RelationType.SUPPORT;
    data(sb, indent, "type", support ? "support" : "attack");
    data(sb, indent, "label", support ? "SUPPORTS" : "ATTACKS");
    relation.note().ifPresent(n -> data(sb, indent, "note", n));
    sb.append("    </edge>\n");
  }

  private static String label(NodeKind kind) {
    return switch (kind) {
      case PREMISE -> ":Premise";
      case PROBLEM -> ":Problem";
      case RECOMMENDATION -> ":Recommendation";
    };
  }

  private static void data(StringBuilder sb, String indent, String key, String value) {
    sb.append(indent)
        .append("<data key=\"")
        .append(key)
        .append("\">")
        .append(XmlText.content(value))
        .append("</data>\n");
  }

  private static void flushIfLarge(StringBuilder sb, Writer out) throws IOException {
    if (sb.length() > 1 << 16) {
      out.write(sb.toString());
      sb.setLength(0);
    }
  }

  /** A declared GraphML attribute: its id (also its name), its domain and its type. */
  @Immutable
  private record Key(String name, String domain, String type) {}
}
