package io.argraph.io.json;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.Source;
import io.argraph.core.testing.RandomGraphs;
import io.argraph.io.internal.JsonStrings;
import io.argraph.io.testing.ExporterOutputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exporter makes UTF-8 bytes itself for a stream or a file and decodes them for a writer: every
 * entry point must give exactly the document an independent, char-based layout of the format gives
 * (strings quoted by {@link JsonStrings}), encoded by the JDK, on random graphs and on graphs full
 * of what is hard to encode.
 */
class JsonExporterBytesTest {
  /** The exporter's block, in bytes. */
  private static final int BLOCK = 16384;

  /**
   * Pieces of hostile strings: 2-, 3- and 4-byte UTF-8, unpaired and reversed surrogates, every
   * control char, quotes, backslashes, the non-characters JSON strings escape, a line separator.
   */
  private static final String[] ATOMS = atoms();

  @TempDir Path dir;

  private final JsonExporter exporter = new JsonExporter();

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(150);
  }

  static Stream<Long> hostileSeeds() {
    return LongStream.rangeClosed(1, 40).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyEntryPoint_givesTheReferenceBytes_onRandomGraphs(long seed) throws IOException {
    assertEveryEntryPointGivesTheReference(RandomGraphs.graph(seed));
  }

  @ParameterizedTest
  @MethodSource("hostileSeeds")
  void everyEntryPoint_givesTheReferenceBytes_onHostileStrings(long seed) throws IOException {
    assertEveryEntryPointGivesTheReference(hostileGraph(new Random(seed)));
  }

  @Test
  void everyEntryPoint_givesTheReferenceBytes_onAnEmptyGraph() throws IOException {
    assertEveryEntryPointGivesTheReference(ArgumentGraph.builder().build());
  }

  @Test
  void multiByteCharsAcrossTheBlockEdge_areWrittenWhole() throws IOException {
    // Texts whose lengths move a 2-, 3- or 4-byte character over every position around the end of
    // the first block, and around the end of the second for a text longer than a block.
    String document = reference(graphWithText("x"));
    String prefix = document.substring(0, document.indexOf("\"x\""));
    int before = prefix.getBytes(StandardCharsets.UTF_8).length + 1; // the text's opening quote
    for (String wide : new String[] {"\u00e9", "\u20ac", "\uD83D\uDE00"}) {
      for (int edge : new int[] {BLOCK, 2 * BLOCK}) {
        for (int shift = -12; shift <= 5; shift++) {
          String text = "a".repeat(edge - before + shift) + wide + wide + "b" + wide;
          assertEveryEntryPointGivesTheReference(graphWithText(text));
        }
      }
      for (int shift = 0; shift < 4; shift++) {
        // Texts of wide chars only, longer than a block, at each alignment.
        String text = "a".repeat(shift) + wide.repeat(BLOCK / 2 + 3);
        assertEveryEntryPointGivesTheReference(graphWithText(text));
      }
    }
  }

  @Test
  void longIds_andIdsOfEveryLengthAroundSeven_areWrittenInFull() throws IOException {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int length = 1; length <= 128; length++) {
      b.node(Node.of(("n" + length + "-").repeat(64).substring(0, length), NodeKind.PREMISE, "t"));
    }
    ArgumentGraph nodes = b.build();
    ArgumentGraph.Builder withRelations = nodes.toBuilder();
    for (int i = 0; i + 1 < nodes.nodes().size(); i++) {
      withRelations.relation(
          Relation.attack(nodes.nodes().get(i).id(), nodes.nodes().get(i + 1).id()));
      withRelations.relation(
          Relation.support(nodes.nodes().get(i + 1).id(), nodes.nodes().get(i).id()));
    }
    assertEveryEntryPointGivesTheReference(withRelations.build());
  }

  private void assertEveryEntryPointGivesTheReference(ArgumentGraph graph) throws IOException {
    ExporterOutputs.assertEveryEntryPointGives(
        exporter,
        graph,
        reference(graph).getBytes(StandardCharsets.UTF_8),
        dir.resolve("graph.json"));
  }

  private static ArgumentGraph graphWithText(String text) {
    return ArgumentGraph.builder()
        .node(Node.of("a", NodeKind.PREMISE, text))
        .node(Node.of("b", NodeKind.PROBLEM, text + "\u00e9"))
        .supports("a", "b")
        .build();
  }

  /** A graph with hostile strings in every place a string can be, some longer than a block. */
  private static ArgumentGraph hostileGraph(Random random) {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    if (random.nextBoolean()) {
      b.id("g" + random.nextInt(100)).title("t" + hostile(random, 20));
    }
    if (random.nextBoolean()) {
      b.metadata("k" + hostile(random, 5), hostile(random, 30));
    }
    int count = 1 + random.nextInt(40);
    for (int i = 0; i < count; i++) {
      String id = "n" + i + (random.nextInt(3) == 0 ? "-long.id:" + i : "");
      int size = random.nextInt(8) == 0 ? 3000 + random.nextInt(6000) : random.nextInt(40);
      String text = "t" + hostile(random, size);
      Node.Builder nb =
          Node.builder(
              id,
              i % 3 == 0
                  ? NodeKind.PREMISE
                  : i % 3 == 1 ? NodeKind.PROBLEM : NodeKind.RECOMMENDATION,
              text);
      if (random.nextInt(4) == 0) {
        String quote = "q" + hostile(random, 10);
        nb.source(new Source("d" + hostile(random, 5), quote, 3, 3 + quote.length()));
      }
      if (random.nextInt(4) == 0) {
        nb.section("s" + hostile(random, 8)).tag("t" + hostile(random, 6), "u" + i);
      }
      if (random.nextInt(4) == 0) {
        nb.attribute("a" + hostile(random, 4), hostile(random, 12));
      }
      b.node(nb.build());
    }
    ArgumentGraph nodes = b.build();
    ArgumentGraph.Builder withRelations = nodes.toBuilder();
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < 3 * count; k++) {
      String from = nodes.nodes().get(random.nextInt(count)).id();
      String to = nodes.nodes().get(random.nextInt(count)).id();
      if (from.equals(to) || !seen.add(from + " " + to)) {
        continue;
      }
      Relation r = random.nextBoolean() ? Relation.support(from, to) : Relation.attack(from, to);
      withRelations.relation(random.nextInt(5) == 0 ? r.withNote(hostile(random, 10)) : r);
    }
    return withRelations.build();
  }

  private static String hostile(Random random, int atoms) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < atoms; i++) {
      sb.append(ATOMS[random.nextInt(ATOMS.length)]);
    }
    return sb.toString();
  }

  private static String[] atoms() {
    String[] fixed = {
      "a",
      "plain ",
      "Z9",
      "\u00e9",
      "\u00ff",
      "\u0100",
      "\u07ff",
      "\u0800",
      "\u20ac",
      "\u4e2d",
      "\uFFFD",
      "\uFFFE",
      "\uFFFF",
      "\u2028",
      "\uD83D\uDE00",
      "\uDBFF\uDFFF",
      "\uD800",
      "\uDBFF",
      "\uDC00",
      "\uDFFF",
      "\uDC00\uD800",
      "\"",
      "\\",
      "\\\"",
      "\u007f",
      "e\u0301"
    };
    String[] all = new String[fixed.length + 0x20];
    System.arraycopy(fixed, 0, all, 0, fixed.length);
    for (char c = 0; c < 0x20; c++) {
      all[fixed.length + c] = String.valueOf(c);
    }
    return all;
  }

  /**
   * The document laid out char by char from the format's rules (DESIGN.md, JSON v1): keys in order,
   * two-space indent, empty containers and absent optional members left out, strings quoted by
   * {@link JsonStrings}, a final newline.
   */
  private static String reference(ArgumentGraph graph) {
    StringBuilder sb = new StringBuilder();
    Layout root = new Layout(sb, 1);
    sb.append('{');
    root.member("format", q("argraph"));
    root.member("formatVersion", "1");
    graph.id().ifPresent(id -> root.member("id", q(id)));
    graph.title().ifPresent(t -> root.member("title", q(t)));
    stringMap(root, "metadata", graph.metadata());
    StringBuilder nodes = new StringBuilder();
    Layout nodeItems = new Layout(nodes, 2);
    for (Node node : graph.nodes()) {
      StringBuilder object = new StringBuilder("{");
      Layout n = new Layout(object, 3);
      n.member("id", q(node.id()));
      n.member("kind", q(node.kind().name().toLowerCase(Locale.ROOT)));
      n.member("text", q(node.text()));
      if (node.source().isPresent()) {
        Source s = node.source().get();
        StringBuilder source = new StringBuilder("{");
        Layout sl = new Layout(source, 4);
        sl.member("document", q(s.document()));
        sl.member("quote", q(s.quote()));
        sl.member("start", Integer.toString(s.start()));
        sl.member("end", Integer.toString(s.end()));
        n.member("source", sl.close('}'));
      }
      optional(n, "section", node.section());
      if (!node.tags().isEmpty()) {
        StringBuilder tags = new StringBuilder("[");
        Layout tl = new Layout(tags, 4);
        node.tags().forEach(t -> tl.element(q(t)));
        n.member("tags", tl.close(']'));
      }
      stringMap(n, "attributes", node.attributes());
      nodeItems.element(n.close('}'));
    }
    root.member("nodes", "[" + nodeItems.close(']'));
    StringBuilder relations = new StringBuilder();
    Layout relationItems = new Layout(relations, 2);
    for (Relation r : graph.relations()) {
      StringBuilder object = new StringBuilder("{");
      Layout rl = new Layout(object, 3);
      rl.member("from", q(r.from()));
      rl.member("to", q(r.to()));
      rl.member("type", q(r.type().name().toLowerCase(Locale.ROOT)));
      optional(rl, "note", r.note());
      relationItems.element(rl.close('}'));
    }
    root.member("relations", "[" + relationItems.close(']'));
    return root.close('}') + "\n";
  }

  private static void optional(Layout layout, String name, Optional<String> value) {
    value.ifPresent(v -> layout.member(name, q(v)));
  }

  private static void stringMap(Layout layout, String name, Map<String, String> map) {
    if (map.isEmpty()) {
      return;
    }
    StringBuilder object = new StringBuilder("{");
    Layout inner = new Layout(object, layout.level + 1);
    map.forEach((k, v) -> inner.member(k, q(v)));
    layout.member(name, inner.close('}'));
  }

  private static String q(String s) {
    return JsonStrings.quote(new StringBuilder(), s).toString();
  }

  /** The items of one container at an indent level, written after its opening bracket. */
  private static final class Layout {
    private final StringBuilder sb;
    private final int level;
    private boolean any;

    Layout(StringBuilder sb, int level) {
      this.sb = sb;
      this.level = level;
    }

    void member(String name, String value) {
      element(q(name) + ": " + value);
    }

    void element(String value) {
      sb.append(any ? "," : "").append('\n').append("  ".repeat(level)).append(value);
      any = true;
    }

    String close(char bracket) {
      if (any) {
        sb.append('\n').append("  ".repeat(level - 1));
      }
      return sb.append(bracket).toString();
    }
  }
}
