package io.argraph.io.dot;

import static io.argraph.io.internal.Utf8Block.put;
import static java.util.Objects.requireNonNull;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.io.internal.PackedIds;
import io.argraph.io.internal.Utf8Block;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes one graph as DOT, as UTF-8 bytes (see {@link Utf8Block}); one instance per export, so the
 * exporter itself holds no state.
 */
final class DotWriter {
  private static final String CLUSTER_COLOR = "#90a4ae";
  private static final String CLUSTER_FONT_COLOR = "#455a64";
  private static final int RELATION_BATCH = 64;
  private static final byte[] NODE_START = ascii(" [argid=\"");
  private static final byte[] NODE_LABEL = ascii("\", label=\"");
  private static final byte[] LINE_END = ascii("\"];\n");
  private static final byte[] EDGE_START = ascii("  n");
  private static final byte[] NODE_NAME_1 = EDGE_START;
  private static final byte[] NODE_NAME_2 = ascii("    n");
  private static final byte[] ARROW = ascii(" -> n");
  private static final byte[] SUPPORTS = ascii(" supports ");
  private static final byte[] ATTACKS = ascii(" attacks ");
  private static final byte[] LINE_BREAK = ascii("\\n");

  private final ArgumentGraph graph;
  private final DotStyle style;
  // Null when there is no decorator: then no node or relation pays for the hook.
  private final @Nullable DotDecorator decorator;
  private final DotOutput out;
  // The same output, for the lines written straight into its block (see plainRelation).
  private final Utf8Block blocks;
  // What follows a node's label up to its tooltip's value, per kind, and what follows an edge's
  // ends up to its tooltip's value, per relation type: the same for every line, quoted once.
  // A node's also with the quote that closes its label first, for plainNode. Read through
  // afterLabel(kind, closed) and beforeTooltip(type), which cost less per line than a map. As
  // UTF-8: a style's colours are ASCII, and every value is quoted, so nothing is an unpaired
  // surrogate, which the encoder would write differently.
  private final byte[][] afterLabel = new byte[2 * NodeKind.values().length][];
  private final byte[] beforeSupportTooltip;
  private final byte[] beforeAttackTooltip;
  // The nodes' ids as the node lines are written, for the relations' tooltips: see PackedIds.
  private final PackedIds ids;
  // One batch of relations (see writeRelations): per end, at 2k and 2k + 1 for the batch's k-th
  // relation, the position of its node and the word and length of its id in the packed ids.
  private final int[] ends = new int[2 * RELATION_BATCH];
  private final long[] words = new long[2 * RELATION_BATCH];
  private final int[] lengths = new int[2 * RELATION_BATCH];

  // For the chars of an id not held in its packed word.
  private char[] idChars = new char[0];

  DotWriter(ArgumentGraph graph, DotStyle style, DotDecorator decorator, Utf8Block out) {
    this.graph = graph;
    this.style = style;
    this.decorator = decorator == DotDecorator.none() ? null : decorator;
    this.out = new DotOutput(out);
    this.blocks = out;
    for (NodeKind kind : NodeKind.values()) {
      StringBuilder sb = new StringBuilder(", ");
      appendAttributes(sb, kindAttributes(kind));
      String after = sb.append(", tooltip=\"").toString();
      afterLabel[afterLabelSlot(kind, false)] = utf8(after);
      afterLabel[afterLabelSlot(kind, true)] = utf8('"' + after);
    }
    this.beforeSupportTooltip = beforeTooltipOf(RelationType.SUPPORT);
    this.beforeAttackTooltip = beforeTooltipOf(RelationType.ATTACK);
    int count = graph.nodeCount();
    this.ids = new PackedIds(count);
  }

  private byte[] beforeTooltipOf(RelationType type) {
    StringBuilder sb = new StringBuilder(" [");
    appendAttributes(sb, relationAttributes(type));
    return utf8(sb.append(", tooltip=\"").toString());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Where a kind's bytes from its label to its tooltip's value are in {@link #afterLabel}. */
  private static int afterLabelSlot(NodeKind kind, boolean closed) {
    int slot =
        switch (kind) {
          case PREMISE -> 0;
          case PROBLEM -> 2;
          case RECOMMENDATION -> 4;
        };
    return closed ? slot + 1 : slot;
  }

  /**
   * Returns what follows a node's label up to its tooltip's value.
   *
   * @param closed true to start with the quote that closes the label
   */
  private byte[] afterLabel(NodeKind kind, boolean closed) {
    return afterLabel[afterLabelSlot(kind, closed)];
  }

  /** Returns what follows an edge's ends up to its tooltip's value. */
  private byte[] beforeTooltip(RelationType type) {
    return type == RelationType.SUPPORT ? beforeSupportTooltip : beforeAttackTooltip;
  }

  void write() throws IOException {
    line(0, "digraph " + DotText.quote(graph.id().orElse("argraph")) + " {");
    Map<String, String> graphAttributes = new LinkedHashMap<>();
    graphAttributes.put("rankdir", style.rankDirection().graphviz());
    graphAttributes.put("fontname", style.fontName());
    graphAttributes.put("nodesep", "0.3");
    graphAttributes.put("ranksep", "0.45");
    line(1, "graph " + attributes(graphAttributes) + ";");
    Map<String, String> nodeDefaults = new LinkedHashMap<>();
    nodeDefaults.put("fontname", style.fontName());
    nodeDefaults.put("fontsize", "11");
    nodeDefaults.put("margin", "0.15,0.07");
    line(1, "node " + attributes(nodeDefaults) + ";");
    Map<String, String> edgeDefaults = new LinkedHashMap<>();
    edgeDefaults.put("fontname", style.fontName());
    edgeDefaults.put("fontsize", "10");
    line(1, "edge " + attributes(edgeDefaults) + ";");
    switch (style.clusters()) {
      case NONE -> {
        for (int i = 0; i < graph.nodeCount(); i++) {
          writeNode(1, i);
        }
      }
      case KIND -> writeKindClusters();
      case SECTION -> writeSectionClusters();
    }
    writeRelations();
    if (style.legend()) {
      writeLegend();
    }
    // The title is set last: a cluster inherits the graph attributes set before it.
    if (graph.title().isPresent()) {
      line(1, "label=" + DotText.quote(graph.title().get()) + ";");
      line(1, "labelloc=\"t\";");
      line(1, "fontsize=\"16\";");
    }
    line(0, "}");
  }

  private void writeKindClusters() throws IOException {
    for (NodeKind kind : NodeKind.values()) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < graph.nodeCount(); i++) {
        if (graph.nodes().get(i).kind() == kind) {
          members.add(i);
        }
      }
      if (!members.isEmpty()) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        writeCluster(name, plural(kind), members);
      }
    }
  }

  private void writeSectionClusters() throws IOException {
    Map<String, List<Integer>> sections = new LinkedHashMap<>();
    List<Integer> loose = new ArrayList<>();
    for (int i = 0; i < graph.nodeCount(); i++) {
      Node n = graph.nodes().get(i);
      if (n.section().isPresent()) {
        sections.computeIfAbsent(n.section().get(), k -> new ArrayList<>()).add(i);
      } else {
        loose.add(i);
      }
    }
    int s = 0;
    for (Map.Entry<String, List<Integer>> e : sections.entrySet()) {
      writeCluster("s" + s++, e.getKey(), e.getValue());
    }
    for (int i : loose) {
      writeNode(1, i);
    }
  }

  private void writeCluster(String name, String label, List<Integer> members) throws IOException {
    line(1, "subgraph cluster_" + name + " {");
    clusterHeader(label);
    for (int i : members) {
      writeNode(2, i);
    }
    line(1, "}");
  }

  private void clusterHeader(String label) throws IOException {
    line(2, "label=" + DotText.quote(label) + ";");
    line(2, "tooltip=" + DotText.quoteTooltip(label) + ";");
    line(2, "style=\"rounded,dashed\";");
    line(2, "color=\"" + CLUSTER_COLOR + "\";");
    line(2, "fontcolor=\"" + CLUSTER_FONT_COLOR + "\";");
  }

  private void writeNode(int indent, int index) throws IOException {
    Node node = graph.nodes().get(index);
    String id = node.id();
    ids.put(index, id);
    DotDecoration d =
        decorator == null
            ? null
            : requireNonNull(decorator.node(graph, node), "decorator returned null");
    boolean decorated = d != null && !d.isEmpty();
    if (!decorated && plainNode(indent, index, node)) {
      return;
    }
    out.raw(indent == 1 ? NODE_NAME_1 : NODE_NAME_2);
    out.number(index);
    if (decorated) {
      out.raw(' ');
      writeAttributes(decoratedNode(node, d));
      out.raw(";\n");
      return;
    }
    // The attributes in the order of decoratedNode's map, written as they are made. An id needs
    // no escape (see DotOutput.unchanged) and is far shorter than a piece of a quoted string.
    out.raw(NODE_START);
    out.raw(id);
    out.open(NODE_LABEL, false);
    if (style.showIds()) {
      out.unchanged(id, 0, id.length());
      out.character('\n');
    }
    String text = node.text();
    int shape = DotOutput.shape(text);
    out.wrapped(text, style.wrapWidth(), shape);
    out.close();
    out.open(afterLabel(node.kind(), false), true);
    out.unchanged(id, 0, id.length());
    out.character('\n');
    out.shapedText(text, shape);
    out.close(LINE_END);
  }

  /**
   * Writes the line of an undecorated node whose text is plain (see {@link DotOutput#plain})
   * straight into the block, as {@link #writeNode} writes it piece by piece: nothing in it needs an
   * escape, so its tooltip is its id and text as they are and its label the text's words, one space
   * apart, broken into lines as {@link DotText#wrap} breaks them.
   *
   * @return false, having written nothing, if the text is not plain or the line too long for this
   *     path
   */
  private boolean plainNode(int indent, int index, Node node) throws IOException {
    String id = node.id();
    String text = node.text();
    int idLength = id.length();
    int length = text.length();
    // Each line break of the label takes the place of at least one char and is two chars long.
    int labelRoom = (style.showIds() ? idLength + LINE_BREAK.length : 0) + 3 * length;
    int tooltipLength = idLength + LINE_BREAK.length + length;
    byte[] after = afterLabel(node.kind(), true);
    int most =
        NODE_NAME_2.length
            + Utf8Block.DECIMAL_ROOM
            + NODE_START.length
            + idLength
            + NODE_LABEL.length
            + labelRoom
            + after.length
            + tooltipLength
            + LINE_END.length;
    if (labelRoom >= DotText.MAX_CHUNK
        || tooltipLength >= DotText.MAX_CHUNK
        || most > Utf8Block.BLOCK
        || !DotOutput.plain(text)) {
      return false;
    }
    // A plain text and an id are ASCII: their bytes are their chars.
    int at = blocks.reserve(most);
    byte[] b = blocks.block();
    at = put(b, at, indent == 1 ? NODE_NAME_1 : NODE_NAME_2);
    at = Utf8Block.putDecimal(b, at, index);
    at = put(b, at, NODE_START);
    at = Utf8Block.putAscii(id, 0, idLength, b, at);
    at = put(b, at, NODE_LABEL);
    if (style.showIds()) {
      at = Utf8Block.putAscii(id, 0, idLength, b, at);
      at = put(b, at, LINE_BREAK);
    }
    at = wrapPlain(text, style.wrapWidth(), b, at);
    at = put(b, at, after);
    at = Utf8Block.putAscii(id, 0, idLength, b, at);
    at = put(b, at, LINE_BREAK);
    at = Utf8Block.putAscii(text, 0, length, b, at);
    at = put(b, at, LINE_END);
    blocks.advance(at);
    return true;
  }

  /**
   * Puts a plain text word-wrapped into a block, its lines joined by {@code \n}: the bytes of the
   * chars {@link DotOutput#wrapped} writes. A plain text's words are one space apart, so a line
   * ends at the last space that leaves it at most {@code width} chars long, or, if a word fills the
   * line and more, after {@code width} chars of that word.
   *
   * @return the position after the last byte put
   */
  private static int wrapPlain(String text, int width, byte[] b, int position) {
    int start = 0;
    int end = text.length();
    // A plain text may start or end with one space, which the label leaves out.
    if (start < end && text.charAt(start) == ' ') {
      start++;
    }
    if (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    int at = position;
    if (width > 0) {
      while (end - start > width) {
        int space = start + width;
        while (space > start && text.charAt(space) != ' ') {
          space--;
        }
        int stop = space > start ? space : start + width;
        at = Utf8Block.putAscii(text, start, stop, b, at);
        at = put(b, at, LINE_BREAK);
        start = space > start ? space + 1 : stop;
      }
    }
    return Utf8Block.putAscii(text, start, end, b, at);
  }

  private Map<String, String> decoratedNode(Node node, DotDecoration d) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("argid", node.id());
    a.put("label", label(node));
    a.putAll(kindAttributes(node.kind()));
    d.color().ifPresent(c -> a.put("color", c));
    d.fillColor().ifPresent(c -> a.put("fillcolor", c));
    d.penWidth().ifPresent(w -> a.put("penwidth", number(w)));
    a.put("tooltip", tooltip(node.id() + "\n" + node.text(), d));
    a.putAll(d.attributes());
    return a;
  }

  private String label(Node node) {
    List<String> lines = DotText.wrap(node.text(), style.wrapWidth());
    String text = String.join("\n", lines);
    return style.showIds() ? node.id() + "\n" + text : text;
  }

  private Map<String, String> kindAttributes(NodeKind kind) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put(
        "shape",
        switch (kind) {
          case PREMISE -> "box";
          case PROBLEM -> "octagon";
          case RECOMMENDATION -> "hexagon";
        });
    a.put("style", kindStyle(kind));
    a.put("fillcolor", style.fillColor(kind));
    a.put("color", style.borderColor(kind));
    return a;
  }

  /** The style of a kind's nodes, which a decoration may extend (e.g. with {@code dashed}). */
  static String kindStyle(NodeKind kind) {
    return switch (kind) {
      case PREMISE -> "rounded,filled";
      case PROBLEM -> "filled";
      case RECOMMENDATION -> "filled,bold";
    };
  }

  /**
   * Writes the relations in batches: first the words of a batch's ends in the packed ids are read,
   * then its lines are written. The ends' ids come from the compact table the node lines filled,
   * not from the id strings scattered over the heap; in a row of reads the processor overlaps the
   * cache misses that remain, where between two lines it would wait for each in turn.
   */
  private void writeRelations() throws IOException {
    List<Relation> relations = graph.relations();
    // A relation's tooltip text, ASCII: its from id, the verb and its to id.
    byte[] tooltip = new byte[2 * ids.maxLength() + SUPPORTS.length];
    for (int start = 0; start < relations.size(); start += RELATION_BATCH) {
      int end = Math.min(relations.size(), start + RELATION_BATCH);
      for (int k = start; k < end; k++) {
        int e = 2 * (k - start);
        int from = graph.fromIndex(k);
        int to = graph.toIndex(k);
        ends[e] = from;
        ends[e + 1] = to;
        words[e] = ids.word(from);
        words[e + 1] = ids.word(to);
        lengths[e] = ids.length(words[e]);
        lengths[e + 1] = ids.length(words[e + 1]);
      }
      for (int k = start; k < end; k++) {
        writeRelation(relations.get(k), 2 * (k - start), tooltip);
      }
    }
  }

  /**
   * Writes one relation's line.
   *
   * @param r the relation
   * @param e where its ends are in the batch arrays: from at {@code e}, to at {@code e + 1}
   * @param tooltip room for the start of its tooltip text
   */
  private void writeRelation(Relation r, int e, byte[] tooltip) throws IOException {
    DotDecoration d =
        decorator == null
            ? null
            : requireNonNull(decorator.relation(graph, r), "decorator returned null");
    if ((d == null || d.isEmpty()) && r.note().isEmpty() && plainRelation(r.type(), e)) {
      return;
    }
    out.raw(EDGE_START);
    out.number(ends[e]);
    out.raw(ARROW);
    out.number(ends[e + 1]);
    if (d != null && !d.isEmpty()) {
      out.raw(' ');
      writeAttributes(decoratedRelation(r, d));
      out.raw(";\n");
      return;
    }
    RelationType type = r.type();
    out.open(beforeTooltip(type), true);
    // The ends' ids are the nodes' ids the relation names, which need no escape.
    int length = putId(tooltip, 0, words[e], lengths[e]);
    length = put(tooltip, length, type == RelationType.SUPPORT ? SUPPORTS : ATTACKS);
    length = putId(tooltip, length, words[e + 1], lengths[e + 1]);
    out.unchanged(tooltip, 0, length);
    if (r.note().isPresent()) {
      out.character('\n');
      out.text(r.note().get());
    }
    out.close(LINE_END);
  }

  /**
   * Writes the line of an undecorated relation without a note straight into the block, as {@link
   * #writeRelation} writes it piece by piece: its tooltip, the ends' ids and the verb, needs no
   * escape and, unless the ids are very long, fits in one piece of a quoted string.
   *
   * @return false, having written nothing, if the tooltip is too long for this path
   */
  private boolean plainRelation(RelationType type, int e) throws IOException {
    byte[] before = beforeTooltip(type);
    byte[] verb = type == RelationType.SUPPORT ? SUPPORTS : ATTACKS;
    int fromLength = lengths[e];
    int toLength = lengths[e + 1];
    int tooltipLength = fromLength + verb.length + toLength;
    int most =
        EDGE_START.length
            + 2 * Utf8Block.DECIMAL_ROOM
            + ARROW.length
            + before.length
            + tooltipLength
            + LINE_END.length;
    if (tooltipLength >= DotText.MAX_CHUNK || most > Utf8Block.BLOCK) {
      return false;
    }
    int at = blocks.reserve(most);
    byte[] b = blocks.block();
    at = put(b, at, EDGE_START);
    at = Utf8Block.putDecimal(b, at, ends[e]);
    at = put(b, at, ARROW);
    at = Utf8Block.putDecimal(b, at, ends[e + 1]);
    at = put(b, at, before);
    at = putId(b, at, words[e], fromLength);
    at = put(b, at, verb);
    at = putId(b, at, words[e + 1], toLength);
    at = put(b, at, LINE_END);
    blocks.advance(at);
    return true;
  }

  /**
   * Puts the bytes of an id from the packed ids at a position and returns the position after them:
   * one held in its word straight from the word's bytes ({@link PackedIds#putWordBytes}), any other
   * through its chars. An id is ASCII (the model's id pattern), so its bytes are its chars.
   */
  private int putId(byte[] block, int at, long word, int length) {
    if (PackedIds.inWord(word)) {
      return PackedIds.putWordBytes(word, length, block, at);
    }
    if (idChars.length < length) {
      idChars = new char[length];
    }
    ids.getChars(word, length, idChars, 0);
    for (int i = 0; i < length; i++) {
      block[at + i] = (byte) idChars[i];
    }
    return at + length;
  }

  private Map<String, String> decoratedRelation(Relation r, DotDecoration d) {
    Map<String, String> a = new LinkedHashMap<>(relationAttributes(r.type()));
    d.color().ifPresent(c -> a.put("color", c));
    d.penWidth().ifPresent(w -> a.put("penwidth", number(w)));
    String verb = r.type() == RelationType.SUPPORT ? " supports " : " attacks ";
    String tip = r.from() + verb + r.to() + r.note().map(n -> "\n" + n).orElse("");
    a.put("tooltip", tooltip(tip, d));
    a.putAll(d.attributes());
    return a;
  }

  private Map<String, String> relationAttributes(RelationType type) {
    Map<String, String> a = new LinkedHashMap<>();
    if (type == RelationType.SUPPORT) {
      a.put("color", style.supportColor());
      a.put("style", "solid");
      a.put("arrowhead", "normal");
    } else {
      a.put("color", style.attackColor());
      a.put("style", "dashed");
      a.put("arrowhead", "tee");
      a.put("penwidth", "1.5");
    }
    return a;
  }

  private void writeLegend() throws IOException {
    line(1, "subgraph cluster_legend {");
    line(2, "label=\"Legend\";");
    line(2, "tooltip=\"Legend\";");
    line(2, "style=\"rounded\";");
    line(2, "color=\"" + CLUSTER_COLOR + "\";");
    line(2, "fontcolor=\"" + CLUSTER_FONT_COLOR + "\";");
    line(2, "fontsize=\"10\";");
    for (NodeKind kind : NodeKind.values()) {
      Map<String, String> a = new LinkedHashMap<>();
      a.put("label", singular(kind));
      a.put("tooltip", singular(kind) + ": " + meaning(kind));
      a.putAll(kindAttributes(kind));
      a.put("fontsize", "10");
      line(2, "legend_" + kind.name().toLowerCase(Locale.ROOT) + " " + attributes(a) + ";");
    }
    for (RelationType type : RelationType.values()) {
      String name = "legend_" + type.name().toLowerCase(Locale.ROOT);
      for (String end : new String[] {"_from", "_to"}) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("label", "");
        a.put("shape", "point");
        a.put("width", "0.06");
        a.put("color", type == RelationType.SUPPORT ? style.supportColor() : style.attackColor());
        line(2, name + end + " " + attributes(a) + ";");
      }
      Map<String, String> a = new LinkedHashMap<>(relationAttributes(type));
      String verb = type == RelationType.SUPPORT ? "supports" : "attacks";
      a.put("label", verb);
      a.put("tooltip", "A " + verb + " B");
      line(2, name + "_from -> " + name + "_to " + attributes(a) + ";");
    }
    line(1, "}");
  }

  private static String tooltip(String base, DotDecoration d) {
    if (d.tooltipLines().isEmpty()) {
      return base;
    }
    return base + "\n" + String.join("\n", d.tooltipLines());
  }

  private static String plural(NodeKind kind) {
    return switch (kind) {
      case PREMISE -> "Premises";
      case PROBLEM -> "Problems";
      case RECOMMENDATION -> "Recommendations";
    };
  }

  private static String singular(NodeKind kind) {
    return switch (kind) {
      case PREMISE -> "Premise";
      case PROBLEM -> "Problem";
      case RECOMMENDATION -> "Recommendation";
    };
  }

  private static String meaning(NodeKind kind) {
    return switch (kind) {
      case PREMISE -> "evidence or an accepted fact";
      case PROBLEM -> "a diagnosed trouble that calls for action";
      case RECOMMENDATION -> "a proposed course of action";
    };
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Formats attributes as a bracketed list, for the few lines that are not written directly. */
  private static String attributes(Map<String, String> attributes) {
    StringBuilder sb = new StringBuilder().append('[');
    appendAttributes(sb, attributes);
    return sb.append(']').toString();
  }

  private static void appendAttributes(StringBuilder sb, Map<String, String> attributes) {
    boolean first = true;
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(e.getKey()).append('=').append(DotText.quoteAttribute(e.getKey(), e.getValue()));
    }
  }

  /** Writes attributes as a bracketed list, each value quoted straight into the output. */
  private void writeAttributes(Map<String, String> attributes) throws IOException {
    out.raw('[');
    boolean first = true;
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      if (!first) {
        out.raw(", ");
      }
      first = false;
      out.raw(e.getKey());
      out.raw('=');
      out.quoted(e.getValue(), DotText.isTooltip(e.getKey()));
    }
    out.raw(']');
  }

  private void indent(int indent) throws IOException {
    for (int i = 0; i < indent; i++) {
      out.raw("  ");
    }
  }

  private void line(int indent, String text) throws IOException {
    indent(indent);
    out.raw(text);
    out.raw('\n');
  }
}
