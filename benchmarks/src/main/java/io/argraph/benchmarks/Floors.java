package io.argraph.benchmarks;

import static java.util.Objects.requireNonNull;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Floors shared by the benchmarks: the least any exporter of the model must read ({@link
 * #touchModel}), the least work known to us that assembles the workload's JSON and DOT documents
 * from the model ({@link #assembleJson}, {@link #assembleDot}), and what the checks must read of
 * the nodes ({@link #readNodes}).
 *
 * <p>The assembly floors write the exporters' output byte for byte ({@code FloorsTest} compares
 * them), but only for graphs of the brief-like workload, and as cheaply as we know how: they write
 * UTF-8 bytes straight into a block that goes to the output stream when full (no chars, no encoder,
 * which the bare writer they are compared with pays), copy each constant stretch of the output in
 * one piece, keep each node's id (and DOT name) in one {@code long} that is stored into the block
 * in one 8-byte write, copy a text's bytes without looking at them for anything to escape (the
 * workload has nothing to escape and is ASCII), and read relations' ends 64 ahead so that their
 * cache misses overlap. They refuse a graph with anything the workload does not have rather than
 * write it wrongly; they do not check what they would have to look at a text for.
 */
final class Floors {
  /** The bytes collected before they are handed to the stream, as the exporters collect chars. */
  private static final int BLOCK = 16_384;

  /** How many relations' ends are read ahead of writing them, as the exporters read them. */
  private static final int BATCH = 64;

  /** The longest id (or DOT name) one {@code long} holds: its length, then one byte a char. */
  private static final int PACKED = 7;

  /** The DOT export's line width for labels, {@code DotStyle}'s default. */
  private static final int WRAP = 28;

  private static final String INDENT = "\n      ";

  // JSON: the constant stretches between the values of the nodes and relations.
  private static final byte[] NEXT_NODE = ascii("\"\n    },\n    {" + INDENT + "\"id\": \"");
  private static final byte[] PREMISE_TO_TEXT = kindToText(NodeKind.PREMISE);
  private static final byte[] PROBLEM_TO_TEXT = kindToText(NodeKind.PROBLEM);
  private static final byte[] RECOMMENDATION_TO_TEXT = kindToText(NodeKind.RECOMMENDATION);
  private static final byte[] FROM_TO_TO = ascii("\"," + INDENT + "\"to\": \"");
  private static final byte[] SUPPORT_TO_NEXT = typeToNext(RelationType.SUPPORT);
  private static final byte[] ATTACK_TO_NEXT = typeToNext(RelationType.ATTACK);

  // DOT: the same for the node and edge lines of DotExporter.create().
  private static final byte[] LINE_START = ascii("  ");
  private static final byte[] LINE_END = ascii("\"];\n");
  private static final byte[] NEXT_LINE = ascii("\"];\n  ");
  private static final byte[] ARGID = ascii(" [argid=\"");
  private static final byte[] LABEL = ascii("\", label=\"");
  private static final byte[] LINE_BREAK = ascii("\\n");
  private static final byte[] PREMISE_TO_TOOLTIP =
      ascii(
          "\", shape=\"box\", style=\"rounded,filled\", fillcolor=\"#e3f2fd\", color=\"#1565c0\","
              + " tooltip=\"");
  private static final byte[] PROBLEM_TO_TOOLTIP =
      ascii(
          "\", shape=\"octagon\", style=\"filled\", fillcolor=\"#fff3e0\", color=\"#e65100\","
              + " tooltip=\"");
  private static final byte[] RECOMMENDATION_TO_TOOLTIP =
      ascii(
          "\", shape=\"hexagon\", style=\"filled,bold\", fillcolor=\"#e8f5e9\","
              + " color=\"#2e7d32\", tooltip=\"");
  private static final byte[] ARROW = ascii(" -> ");
  private static final byte[] SUPPORT_TO_TOOLTIP =
      ascii(" [color=\"#37474f\", style=\"solid\", arrowhead=\"normal\", tooltip=\"");
  private static final byte[] ATTACK_TO_TOOLTIP =
      ascii(
          " [color=\"#c62828\", style=\"dashed\", arrowhead=\"tee\", penwidth=\"1.5\","
              + " tooltip=\"");
  private static final byte[] SUPPORTS = ascii(" supports ");
  private static final byte[] ATTACKS = ascii(" attacks ");

  /** Stores 8 bytes at once, least significant first. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Floors() {}

  /**
   * Reads, without writing anything, what every exporter of the graph has to read: the last
   * character of each node's id and text (so each string and its characters are brought into the
   * cache), each relation's type and note, the positions of its ends from the graph's index, and
   * for each end one entry of a per-node table filled during the pass over the nodes (an exporter
   * writes each end's id, which lives at a random place; the exporters here keep the ids packed in
   * such a table). An exporter also formats and writes, so it cannot take less than this pass.
   *
   * @param graph the graph
   * @return a sum of what was read, so that nothing is optimised away
   */
  static long touchModel(ArgumentGraph graph) {
    List<Node> nodes = graph.nodes();
    long[] perNode = new long[nodes.size()];
    long sum = 0;
    for (int v = 0, n = nodes.size(); v < n; v++) {
      Node node = nodes.get(v);
      String id = node.id();
      String text = node.text();
      perNode[v] = id.charAt(id.length() - 1);
      sum += text.isEmpty() ? 0 : text.charAt(text.length() - 1);
    }
    List<Relation> relations = graph.relations();
    for (int r = 0, m = relations.size(); r < m; r++) {
      Relation relation = relations.get(r);
      sum += relation.type().hashCode() + (relation.note().isPresent() ? 1 : 0);
      sum += perNode[graph.fromIndex(r)] + perNode[graph.toIndex(r)];
    }
    return sum;
  }

  /**
   * Reads, and does nothing else with, what the standard checks need of the nodes beyond the
   * relations: each node's kind (the checks judge nodes by kind) and every character of its text
   * (duplicate-text compares texts). The traversal baseline reads neither. The checks read these
   * once in a pass over the nodes, whose strings and characters lie scattered over the heap; the
   * graph's builder now takes the kinds and text hashes as each node is added, and this is the
   * floor of the pass it replaced.
   *
   * @param graph the graph
   * @return a sum of what was read, so that nothing is optimised away
   */
  static long readNodes(ArgumentGraph graph) {
    List<Node> nodes = graph.nodes();
    long sum = 0;
    for (int v = 0, n = nodes.size(); v < n; v++) {
      Node node = nodes.get(v);
      String text = node.text();
      sum += node.kind() == NodeKind.PREMISE ? 1 : 0;
      for (int i = 0, length = text.length(); i < length; i++) {
        sum += text.charAt(i);
      }
    }
    return sum;
  }

  /**
   * Writes the JSON document {@code JsonExporter} writes for a graph of the brief-like workload,
   * byte for byte, with the least work we know for it (see the class comment): per node the
   * constant stretch that ends the previous object and opens this one, the id, the stretch of its
   * kind, and the text; per relation the stretch that ends the previous one (by its type) and opens
   * this one, the two ends' ids and the stretch between them.
   *
   * @param graph a graph of the brief-like workload
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the graph has what the workload does not: a title,
   *     metadata, a node's source, section, tags or attributes, a relation's note, an id that is
   *     not ASCII or longer than {@value #PACKED} chars, no nodes or no relations
   */
  static void assembleJson(ArgumentGraph graph, OutputStream out) throws IOException {
    List<Node> nodes = graph.nodes();
    List<Relation> relations = graph.relations();
    if (graph.title().isPresent()
        || !graph.metadata().isEmpty()
        || nodes.isEmpty()
        || relations.isEmpty()) {
      throw new IllegalArgumentException("not a graph of the workload");
    }
    Block block = new Block(out);
    block.put(
        ascii(
            "{\n  \"format\": \"argraph\",\n  \"formatVersion\": 1,\n"
                + graph.id().map(id -> "  \"id\": \"" + id + "\",\n").orElse("")
                + "  \"nodes\": [\n    {"
                + INDENT
                + "\"id\": \""));
    long[] ids = new long[nodes.size()];
    for (int v = 0, n = nodes.size(); v < n; v++) {
      Node node = plain(nodes.get(v));
      if (v > 0) {
        block.put(NEXT_NODE);
      }
      long id = pack(node.id());
      ids[v] = id;
      block.put(id);
      block.put(
          switch (node.kind()) {
            case PREMISE -> PREMISE_TO_TEXT;
            case PROBLEM -> PROBLEM_TO_TEXT;
            case RECOMMENDATION -> RECOMMENDATION_TO_TEXT;
          });
      block.put(node.text(), 0, node.text().length());
    }
    block.put(ascii("\"\n    }\n  ],\n  \"relations\": [\n    {" + INDENT + "\"from\": \""));
    long[] ends = new long[2 * BATCH];
    RelationType previous = null;
    for (int start = 0, m = relations.size(); start < m; start += BATCH) {
      int stop = Math.min(m, start + BATCH);
      for (int r = start; r < stop; r++) {
        ends[2 * (r - start)] = ids[graph.fromIndex(r)];
        ends[2 * (r - start) + 1] = ids[graph.toIndex(r)];
      }
      for (int r = start; r < stop; r++) {
        Relation relation = plain(relations.get(r));
        if (previous != null) {
          block.put(previous == RelationType.SUPPORT ? SUPPORT_TO_NEXT : ATTACK_TO_NEXT);
        }
        block.put(ends[2 * (r - start)]);
        block.put(FROM_TO_TO);
        block.put(ends[2 * (r - start) + 1]);
        previous = relation.type();
      }
    }
    block.put(
        ascii(
            "\","
                + INDENT
                + "\"type\": \""
                + lower(requireNonNull(previous))
                + "\"\n    }\n  ]\n}\n"));
    block.flush();
  }

  /**
   * Writes the DOT document {@code DotExporter.create()} writes for a graph of the brief-like
   * workload, byte for byte, with the least work we know for it (see the class comment). Between
   * the document's constant opening and closing (the graph's attributes; the legend), which are
   * given: per node its line, {@code n<position> [argid="<id>", label="<text wrapped>", <the
   * attributes of its kind>, tooltip="<id>\n<text>"];}, where the wrap breaks the text at the last
   * space that keeps each line within 28 chars; per relation {@code n<from> -> n<to> [<the
   * attributes of its type>, tooltip="<from id> supports <to id>"];}. Each node's DOT name and id
   * are kept side by side in a table, so that an end's name and id take one read.
   *
   * @param graph a graph of the brief-like workload
   * @param opening the document up to the first node's line
   * @param closing the document after the last relation's line
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the graph has what the workload does not (see {@link
   *     #assembleJson}), more than 10^6 nodes, or a text with a word longer than a line
   */
  static void assembleDot(ArgumentGraph graph, String opening, String closing, OutputStream out)
      throws IOException {
    List<Node> nodes = graph.nodes();
    List<Relation> relations = graph.relations();
    if (nodes.isEmpty() || relations.isEmpty() || nodes.size() > 1_000_000) {
      throw new IllegalArgumentException("not a graph of the workload");
    }
    Block block = new Block(out);
    block.put(ascii(opening));
    // Node v's DOT name at 2v, its id at 2v + 1.
    long[] names = new long[2 * nodes.size()];
    for (int v = 0, n = nodes.size(); v < n; v++) {
      Node node = plain(nodes.get(v));
      String text = node.text();
      long name = name(v);
      long id = pack(node.id());
      names[2 * v] = name;
      names[2 * v + 1] = id;
      block.put(v == 0 ? LINE_START : NEXT_LINE);
      block.put(name);
      block.put(ARGID);
      block.put(id);
      block.put(LABEL);
      int from = 0;
      int length = text.length();
      while (length - from > WRAP) {
        int space = text.lastIndexOf(' ', from + WRAP);
        if (space <= from) {
          throw new IllegalArgumentException("a word longer than a line in " + node.id());
        }
        block.put(text, from, space);
        block.put(LINE_BREAK);
        from = space + 1;
      }
      block.put(text, from, length);
      block.put(
          switch (node.kind()) {
            case PREMISE -> PREMISE_TO_TOOLTIP;
            case PROBLEM -> PROBLEM_TO_TOOLTIP;
            case RECOMMENDATION -> RECOMMENDATION_TO_TOOLTIP;
          });
      block.put(id);
      block.put(LINE_BREAK);
      block.put(text, 0, length);
    }
    long[] ends = new long[4 * BATCH];
    for (int start = 0, m = relations.size(); start < m; start += BATCH) {
      int stop = Math.min(m, start + BATCH);
      for (int r = start; r < stop; r++) {
        int e = 4 * (r - start);
        int f = 2 * graph.fromIndex(r);
        int t = 2 * graph.toIndex(r);
        ends[e] = names[f];
        ends[e + 1] = names[f + 1];
        ends[e + 2] = names[t];
        ends[e + 3] = names[t + 1];
      }
      for (int r = start; r < stop; r++) {
        int e = 4 * (r - start);
        boolean support = plain(relations.get(r)).type() == RelationType.SUPPORT;
        block.put(NEXT_LINE);
        block.put(ends[e]);
        block.put(ARROW);
        block.put(ends[e + 2]);
        block.put(support ? SUPPORT_TO_TOOLTIP : ATTACK_TO_TOOLTIP);
        block.put(ends[e + 1]);
        block.put(support ? SUPPORTS : ATTACKS);
        block.put(ends[e + 3]);
      }
    }
    block.put(LINE_END);
    block.put(ascii(closing));
    block.flush();
  }

  private static Node plain(Node node) {
    if (node.source().isPresent()
        || node.section().isPresent()
        || !node.tags().isEmpty()
        || !node.attributes().isEmpty()) {
      throw new IllegalArgumentException("not a node of the workload: " + node.id());
    }
    return node;
  }

  private static Relation plain(Relation relation) {
    if (relation.note().isPresent()) {
      throw new IllegalArgumentException("not a relation of the workload: " + relation);
    }
    return relation;
  }

  /** Packs an id of at most {@value #PACKED} ASCII chars: its length, then one byte a char. */
  private static long pack(String id) {
    int length = id.length();
    if (length > PACKED) {
      throw new IllegalArgumentException("an id longer than " + PACKED + " chars: " + id);
    }
    long word = length;
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      if (c >= 0x80) {
        throw new IllegalArgumentException("a non-ASCII id: " + id);
      }
      word |= (long) c << (8 * (i + 1));
    }
    return word;
  }

  /** Packs the DOT name of the node at a position below 10^6, {@code n} and its digits. */
  private static long name(int position) {
    long digits = 0;
    int length = 0;
    int rest = position;
    do {
      digits = (digits << 8) | ('0' + rest % 10);
      rest /= 10;
      length++;
    } while (rest > 0);
    return (length + 1) | ((long) 'n' << 8) | (digits << 16);
  }

  private static byte[] kindToText(NodeKind kind) {
    return ascii("\"," + INDENT + "\"kind\": \"" + lower(kind) + "\"," + INDENT + "\"text\": \"");
  }

  private static byte[] typeToNext(RelationType type) {
    return ascii(
        "\","
            + INDENT
            + "\"type\": \""
            + lower(type)
            + "\"\n    },\n    {"
            + INDENT
            + "\"from\": \"");
  }

  private static String lower(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** A block of bytes that goes to the stream when the next piece does not fit. */
  private static final class Block {
    private final OutputStream out;
    // Room for an 8-byte store at the last position.
    private final byte[] block = new byte[BLOCK + Long.BYTES];
    private int used;

    Block(OutputStream out) {
      this.out = out;
    }

    void put(byte[] piece) throws IOException {
      put(piece, 0, piece.length);
    }

    void put(byte[] piece, int from, int length) throws IOException {
      room(length);
      System.arraycopy(piece, from, block, used, length);
      used += length;
    }

    /**
     * Puts the chars {@code from} to {@code to} of an ASCII string: the low byte of each char is
     * its UTF-8 byte. The deprecated {@code String.getBytes} copies exactly those bytes, at the
     * speed of an array copy for a string held in Latin-1, which the encoding method would do with
     * a new array per string.
     */
    @SuppressWarnings("deprecation") // on purpose, see above: the floor's strings are ASCII
    void put(String s, int from, int to) throws IOException {
      room(to - from);
      s.getBytes(from, to, block, used);
      used += to - from;
    }

    /** Puts an id or name packed by {@link #pack} or {@link #name}, in one 8-byte store. */
    void put(long packed) throws IOException {
      room(Long.BYTES);
      LONGS.set(block, used, packed >>> 8);
      used += (int) (packed & 0xff);
    }

    void flush() throws IOException {
      out.write(block, 0, used);
      used = 0;
      out.flush();
    }

    private void room(int length) throws IOException {
      if (BLOCK - used < length) {
        out.write(block, 0, used);
        used = 0;
        if (length > BLOCK) {
          throw new IllegalArgumentException("a piece of " + length + " bytes");
        }
      }
    }
  }
}
