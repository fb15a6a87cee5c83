package io.argraph.io.mermaid;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.io.GraphExporter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an argument graph as a Mermaid {@code flowchart}, which GitHub, GitLab and many wikis
 * render inside Markdown.
 *
 * <p>The chart runs bottom to top ({@code flowchart BT}), so that premises sit below what they
 * support. Nodes get ids {@code n0}, {@code n1}, … in graph order and their text as a quoted label;
 * kinds have distinct shapes and colours: a premise is a rectangle, a problem a hexagon, a
 * recommendation a stadium, each with a {@code classDef}. A support is a solid arrow {@code -->};
 * an attack a dotted line ending in a cross ({@code -.-x}), coloured red by a {@code linkStyle}
 * line naming the edge's 0-based index. A relation's note becomes its edge label.
 *
 * <p>Labels are escaped with Mermaid's entity codes ({@code #quot;}, {@code #35;}, {@code #lt;},
 * {@code #gt;}, {@code #amp;}); a line end becomes {@code <br>}; characters that an SVG document
 * cannot carry (C0 controls other than TAB and LF, U+FFFE, U+FFFF, unpaired surrogates) are
 * dropped.
 *
 * <p>Mermaid renderers refuse diagrams with more than {@value #MAX_EDGES} edges or more than
 * {@value #MAX_TEXT} characters of source; GitHub then shows an error instead of the graph. This
 * exporter refuses such graphs up front with an {@link IllegalArgumentException} that says which
 * limit was passed and suggests DOT, and never writes a diagram that will not render.
 *
 * <p>Stateless and thread-safe; output is deterministic, with {@code \n} line ends.
 *
 * @since 0.1.0
 */
@Immutable
public final class MermaidExporter implements GraphExporter {
  /** The most edges Mermaid renders ({@code maxEdges} in its default configuration). */
  public static final int MAX_EDGES = 500;

  /** The longest diagram source Mermaid renders ({@code maxTextSize} in its default config). */
  public static final int MAX_TEXT = 50_000;

  private static final String ATTACK_STYLE = "stroke:#c62828,stroke-width:2px,color:#c62828";

  /** Creates an exporter. */
  public MermaidExporter() {}

  /**
   * Writes the graph as a Mermaid flowchart.
   *
   * @param graph the graph
   * @param out where to write; flushed, not closed; nothing is written if the graph is refused
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the diagram would pass Mermaid's limit of {@value
   *     #MAX_EDGES} edges or {@value #MAX_TEXT} characters; the message says which and suggests DOT
   */
  @Override
  public void write(ArgumentGraph graph, Writer out) throws IOException {
    requireNonNull(graph, "graph");
    requireNonNull(out, "out");
    if (graph.relationCount() > MAX_EDGES) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Mermaid cannot render this graph: it has %d relations and Mermaid renderers"
                  + " (GitHub's included) draw at most %d edges; export it as DOT instead",
              graph.relationCount(),
              MAX_EDGES));
    }
    String text = diagram(graph);
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Mermaid cannot render this graph: its diagram has %d characters and Mermaid"
                  + " renderers (GitHub's included) accept at most %d; export it as DOT instead",
              text.length(),
              MAX_TEXT));
    }
    out.write(text);
    out.flush();
  }

  private static String diagram(ArgumentGraph graph) {
    StringBuilder sb = new StringBuilder(64 + 64 * graph.nodeCount());
    sb.append("flowchart BT\n");
    Map<String, String> ids = new HashMap<>();
    Map<NodeKind, List<String>> byKind = new EnumMap<>(NodeKind.class);
    List<Node> nodes = graph.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      String id = "n" + i;
      ids.put(node.id(), id);
      byKind.computeIfAbsent(node.kind(), k -> new ArrayList<>()).add(id);
      String[] shape = shape(node.kind());
      sb.append("  ")
          .append(id)
          .append(shape[0])
          .append('"')
          .append(label(node.text()))
          .append('"')
          .append(shape[1])
          .append('\n');
    }
    List<Integer> attacks = new ArrayList<>();
    List<Relation> relations = graph.relations();
    for (int k = 0; k < relations.size(); k++) {
      Relation r = relations.get(k);
      boolean attack = r.type() == RelationType.ATTACK;
      if (attack) {
        attacks.add(k);
      }
      sb.append("  ").append(ids.get(r.from())).append(attack ? " -.-x" : " -->");
      r.note().ifPresent(note -> sb.append("|\"").append(label(note)).append("\"|"));
      sb.append(' ').append(ids.get(r.to())).append('\n');
    }
    sb.append("  classDef premise fill:#e3f2fd,stroke:#1565c0,color:#0d47a1\n");
    sb.append("  classDef problem fill:#fff3e0,stroke:#e65100,color:#bf360c\n");
    sb.append("  classDef recommendation fill:#e8f5e9,stroke:#2e7d32,color:#1b5e20\n");
    for (Map.Entry<NodeKind, List<String>> e : byKind.entrySet()) {
      sb.append("  class ")
          .append(String.join(",", e.getValue()))
          .append(' ')
          .append(e.getKey().name().toLowerCase(Locale.ROOT))
          .append('\n');
    }
    for (int k : attacks) {
      sb.append("  linkStyle ").append(k).append(' ').append(ATTACK_STYLE).append('\n');
    }
    return sb.toString();
  }

  /** Returns the opening and closing brackets of a kind's shape. */
  private static String[] shape(NodeKind kind) {
    return switch (kind) {
      case PREMISE -> new String[] {"[", "]"};
      case PROBLEM -> new String[] {"{{", "}}"};
      case RECOMMENDATION -> new String[] {"([", "])"};
    };
  }

  /**
   * Escapes text for a quoted Mermaid label: entity codes for the characters Mermaid's parser or
   * the HTML it produces would read as syntax, {@code <br>} for line ends, and nothing for
   * characters an SVG document cannot carry.
   */
  static String label(String text) {
    String s = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder sb = new StringBuilder(s.length() + 16);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(i + 1));
        i += 2;
        continue;
      }
      switch (c) {
        case '"' -> sb.append("#quot;");
        case '#' -> sb.append("#35;");
        case '<' -> sb.append("#lt;");
        case '>' -> sb.append("#gt;");
        case '&' -> sb.append("#amp;");
        case '\n' -> sb.append("<br>");
        default -> {
          if (c == '\t' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c))) {
            sb.append(c);
          }
        }
      }
      i++;
    }
    return sb.toString();
  }
}
