package io.argraph.io.dot;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.testing.RandomGraphs;
import io.argraph.io.testing.ExporterOutputs;
import io.argraph.io.testing.ExporterOutputs.Chunks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
 * entry point must give exactly the text of {@link LegacyDotWriter}, the char-based writer built
 * from {@link DotText}'s whole strings (itself checked against the exporter as it was before it
 * made bytes), encoded by the JDK; on random graphs in every style, with and without a decorator,
 * and on graphs full of what is hard to quote, wrap or encode.
 */
class DotExporterBytesTest {
  /** The exporter's block, in bytes. */
  private static final int BLOCK = 16384;

  /**
   * Pieces of hostile text: 2-, 3- and 4-byte UTF-8, unpaired and reversed surrogates (which the
   * exporter writes as U+FFFD), control chars, line ends, what DOT escapes, combining marks, long
   * words, runs of white space.
   */
  private static final String[] ATOMS = {
    "a",
    "plain ",
    "word ",
    "Z9",
    "  ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\\",
    "\"",
    "&",
    "&amp;",
    "\\N",
    "\" + \"",
    "\u0000",
    "\u0001",
    "\u000B",
    "\u001F",
    "\u007F",
    "\u0085",
    "\u009F",
    "\u00A0",
    "\u00e9",
    "\u07ff",
    "\u0800",
    "\u20ac",
    "\u4e2d",
    "\uFFFD",
    "\uFFFF",
    "\u2028",
    "e\u0301",
    "\uD83D\uDE00",
    "\uDBFF\uDFFF",
    "\uD83D\uDC68\u200D\uD83D\uDC69",
    "\uD800",
    "\uDBFF",
    "\uDC00",
    "\uDFFF",
    "\uDC00\uD800",
    "Donaudampfschiffahrtsgesellschaft",
  };

  private static final String[] COLORS = {"#d50000", "red", "/blues9/3", "#00ff0080"};

  @TempDir Path dir;

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(100);
  }

  static Stream<Long> hostileSeeds() {
    return LongStream.rangeClosed(1, 60).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyEntryPoint_givesTheLegacyText_onRandomGraphsInRandomStyles(long seed)
      throws IOException {
    Random random = new Random(seed);
    ArgumentGraph graph = RandomGraphs.graph(seed);
    DotStyle style = style(random);
    assertEveryEntryPointGivesTheLegacyText(graph, style, DotDecorator.none());
    assertEveryEntryPointGivesTheLegacyText(graph, style, decorator(seed));
  }

  @ParameterizedTest
  @MethodSource("hostileSeeds")
  void everyEntryPoint_givesTheLegacyText_onHostileGraphs(long seed) throws IOException {
    Random random = new Random(seed);
    ArgumentGraph graph = hostileGraph(random);
    DotStyle style = style(random);
    assertEveryEntryPointGivesTheLegacyText(graph, style, DotDecorator.none());
    assertEveryEntryPointGivesTheLegacyText(graph, style, decorator(seed));
  }

  @Test
  void everyEntryPoint_givesTheLegacyText_onTheHostileFixtureInEveryClustering()
      throws IOException {
    for (DotStyle.Clustering clustering : DotStyle.Clustering.values()) {
      DotStyle style = DotStyle.builder().clusters(clustering).showIds(true).legend(true).build();
      assertEveryEntryPointGivesTheLegacyText(
          DotFixtures.hostileGraph(), style, DotDecorator.none());
      assertEveryEntryPointGivesTheLegacyText(DotFixtures.hostileGraph(), style, decorator(7));
    }
  }

  @Test
  void everyEntryPoint_givesTheLegacyText_onAnEmptyGraph() throws IOException {
    ArgumentGraph empty = ArgumentGraph.builder().build();
    assertEveryEntryPointGivesTheLegacyText(empty, DotStyle.defaults(), DotDecorator.none());
    assertEveryEntryPointGivesTheLegacyText(
        empty, DotStyle.builder().legend(false).build(), DotDecorator.none());
  }

  @Test
  void multiByteCharsAcrossTheBlockEdges_areWrittenWhole() throws IOException {
    // A node text (label and tooltip) and a note whose lengths move a 2-, 3- or 4-byte character
    // over every byte position around 16 and 32 KiB into the output, in labels that are not
    // wrapped and in labels wrapped at 28 (which lengths do that is read off the reference); and
    // texts of wide chars only, which fill blocks to the last whole character (see below).
    int cases = 0;
    for (String wide : new String[] {"\u00e9", "\u20ac", "\uD83D\uDE00"}) {
      for (int width : new int[] {0, 28}) {
        DotStyle style = DotStyle.builder().wrapWidth(width).legend(false).build();
        for (int edge : new int[] {BLOCK, 2 * BLOCK}) {
          // The wide char's place grows with the length: find the first length that puts it at
          // the edge or just before, then take the lengths up to just after.
          int low = 0;
          int high = edge;
          while (low < high) {
            int middle = (low + high) >>> 1;
            if (firstWide(middle, wide, style) >= edge - 6) {
              high = middle;
            } else {
              low = middle + 1;
            }
          }
          for (int length = low; firstWide(length, wide, style) <= edge + 2; length++) {
            assertEveryEntryPointGivesTheLegacyText(
                edgeGraph(length, wide), style, DotDecorator.none());
            cases++;
          }
        }
      }
      for (int shift = 0; shift < 4; shift++) {
        // Texts of wide chars only, longer than a block, at each alignment.
        ArgumentGraph graph = graphWithText("a".repeat(shift) + wide.repeat(BLOCK / 2 + 3));
        assertEveryEntryPointGivesTheLegacyText(graph, DotStyle.defaults(), DotDecorator.none());
      }
    }
    assertThat(cases).isGreaterThanOrEqualTo(3 * 2 * 2 * 3);
  }

  @Test
  void blocksFullOfWideChars_endBeforeACharacterThatWouldNotFit() throws IOException {
    // Texts of wide chars fill a block char by char: each block handed on ends with fewer bytes
    // free than the next character needs, and the next block starts with that character whole.
    for (String wide : new String[] {"\u00e9", "\u20ac", "\uD83D\uDE00"}) {
      int cuts = 0;
      for (int shift = 0; shift < 4; shift++) {
        Chunks stream = new Chunks();
        DotExporter.create().write(graphWithText("a".repeat(shift) + wide.repeat(BLOCK)), stream);
        for (int k = 0; k + 1 < stream.chunks().size(); k++) {
          byte[] next = stream.chunks().get(k + 1);
          if (stream.chunks().get(k).length > BLOCK - 4 && (next[0] & 0xc0) == 0xc0) {
            cuts++;
          }
        }
      }
      assertThat(cuts).as("blocks cut before a %s", wide).isGreaterThan(4);
    }
  }

  @Test
  void longIdsAndWords_andIdsOfEveryLength_areWrittenInFull() throws IOException {
    // Ids from 1 to 128 chars (the longest the model allows), both inside and outside a packed
    // word, and plain texts with words longer than a line, some longer than a block.
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int length = 1; length <= 128; length++) {
      String id = ("n" + length + "-").repeat(64).substring(0, length);
      String text =
          length % 16 == 0
              ? "w".repeat(BLOCK + length)
              : "Statement " + "x".repeat(length) + " with words " + "y".repeat(3 * length);
      b.node(
          Node.of(
              id,
              length % 3 == 0
                  ? NodeKind.PREMISE
                  : length % 3 == 1 ? NodeKind.PROBLEM : NodeKind.RECOMMENDATION,
              text));
    }
    ArgumentGraph nodes = b.build();
    ArgumentGraph.Builder withRelations = nodes.toBuilder();
    for (int i = 0; i + 1 < nodes.nodes().size(); i++) {
      withRelations.relation(
          Relation.attack(nodes.nodes().get(i).id(), nodes.nodes().get(i + 1).id()));
      withRelations.relation(
          Relation.support(nodes.nodes().get(i + 1).id(), nodes.nodes().get(i).id()));
    }
    ArgumentGraph graph = withRelations.build();
    for (int width : new int[] {0, 8, 28, 200}) {
      for (boolean showIds : new boolean[] {false, true}) {
        DotStyle style = DotStyle.builder().wrapWidth(width).showIds(showIds).build();
        assertEveryEntryPointGivesTheLegacyText(graph, style, DotDecorator.none());
      }
    }
    assertEveryEntryPointGivesTheLegacyText(graph, DotStyle.defaults(), decorator(3));
  }

  @Test
  void graphvizAcceptsTheBytesAtTheBlockEdges() throws Exception {
    GraphvizJudge.requireDot();
    List<String> texts = new ArrayList<>();
    for (String wide : new String[] {"\u00e9", "\u20ac", "\uD83D\uDE00"}) {
      for (int shift = 0; shift < 4; shift++) {
        ArgumentGraph graph =
            graphWithText("a".repeat(shift) + (wide + " ").repeat(BLOCK / 3) + "\"\\&");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DotExporter.create().write(graph, bytes);
        texts.add(bytes.toString(StandardCharsets.UTF_8));
      }
    }
    for (GraphvizJudge.Verdict verdict : GraphvizJudge.judgeAll(texts)) {
      verdict.assertClean();
    }
  }

  private void assertEveryEntryPointGivesTheLegacyText(
      ArgumentGraph graph, DotStyle style, DotDecorator decorator) throws IOException {
    DotExporter exporter = DotExporter.create(style).withDecorator(decorator);
    Chunks stream =
        ExporterOutputs.assertEveryEntryPointGives(
            exporter, graph, legacy(graph, style, decorator), dir.resolve("graph.dot"));
    assertThat(stream.flushes()).isEqualTo(1);
    for (byte[] chunk : stream.chunks()) {
      // Each block handed on is at most a block.
      assertThat(chunk.length).isLessThanOrEqualTo(BLOCK);
    }
  }

  /** The legacy writer's text, encoded by the JDK (closed, so that nothing is held back). */
  private static byte[] legacy(ArgumentGraph graph, DotStyle style, DotDecorator decorator) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new LegacyDotWriter(graph, style, decorator, out).write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Where the first wide char of {@link #edgeGraph} is in the reference bytes. */
  private static int firstWide(int length, String wide, DotStyle style) {
    byte[] bytes = legacy(edgeGraph(length, wide), style, DotDecorator.none());
    return indexOf(bytes, wide.getBytes(StandardCharsets.UTF_8));
  }

  /** A graph whose first node's label is {@code length} ASCII chars and then wide ones. */
  private static ArgumentGraph edgeGraph(int length, String wide) {
    return graphWithText("a".repeat(length) + wide + wide + "b" + wide);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }

  /** Two nodes with the text (one with a wide char more) and a relation with it as its note. */
  private static ArgumentGraph graphWithText(String text) {
    return ArgumentGraph.builder()
        .node(Node.of("a", NodeKind.PREMISE, text))
        .node(Node.of("b", NodeKind.PROBLEM, text + "\u00e9"))
        .relation(Relation.support("a", "b").withNote(text))
        .build();
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String hostile(Random random, int atoms) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < atoms; i++) {
      sb.append(pick(random, ATOMS));
    }
    return sb.toString();
  }

  /** A graph with hostile text in every place text can be, some of it longer than a block. */
  private static ArgumentGraph hostileGraph(Random random) {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    if (random.nextBoolean()) {
      b.id("g" + random.nextInt(100));
    }
    if (random.nextBoolean()) {
      b.title("t" + hostile(random, random.nextInt(6) == 0 ? 5000 : 20));
    }
    int count = 1 + random.nextInt(40);
    for (int i = 0; i < count; i++) {
      String id = "n" + i + (random.nextInt(3) == 0 ? "-long.id:" + "x".repeat(i * 3) : "");
      int size = random.nextInt(8) == 0 ? 2000 + random.nextInt(6000) : random.nextInt(40);
      String text =
          random.nextInt(3) == 0
              ? "Statement " + i + " of the synthetic brief, padded"
              : "t" + hostile(random, size);
      Node.Builder node = Node.builder(id, pick(random, NodeKind.values()), text);
      if (random.nextInt(3) == 0) {
        node.section("s" + hostile(random, 4));
      }
      b.node(node.build());
    }
    ArgumentGraph nodes = b.build();
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < 3 * count; k++) {
      String from = nodes.nodes().get(random.nextInt(count)).id();
      String to = nodes.nodes().get(random.nextInt(count)).id();
      Relation r = random.nextBoolean() ? Relation.support(from, to) : Relation.attack(from, to);
      if (!seen.add(from + " " + to + " " + r.type())) {
        continue;
      }
      b.relation(
          random.nextInt(5) == 0
              ? r.withNote(hostile(random, random.nextInt(6) == 0 ? 3000 : 10))
              : r);
    }
    return b.build();
  }

  private static DotStyle style(Random random) {
    return DotStyle.builder()
        .clusters(pick(random, DotStyle.Clustering.values()))
        .showIds(random.nextBoolean())
        .legend(random.nextBoolean())
        .wrapWidth(random.nextBoolean() ? 28 : random.nextBoolean() ? 0 : 8 + random.nextInt(30))
        .rankDirection(pick(random, DotStyle.RankDirection.values()))
        .fontName(random.nextBoolean() ? "Helvetica" : "Noto Sans \u4e2d\u6587 \"x\" \uD800")
        .supportColor(pick(random, COLORS))
        .attackColor(pick(random, COLORS))
        .fillColor(NodeKind.PROBLEM, pick(random, COLORS))
        .borderColor(NodeKind.PREMISE, pick(random, COLORS))
        .build();
  }

  /** A decoration that is empty half the time and otherwise sets a random mix of everything. */
  private static DotDecoration decoration(Random random) {
    if (random.nextBoolean()) {
      return DotDecoration.none();
    }
    DotDecoration.Builder d = DotDecoration.builder();
    if (random.nextBoolean()) {
      d.color(pick(random, COLORS));
    }
    if (random.nextBoolean()) {
      d.fillColor(pick(random, COLORS));
    }
    if (random.nextBoolean()) {
      d.penWidth(0.25 * (1 + random.nextInt(40)));
    }
    if (random.nextBoolean()) {
      d.tooltipLine(hostile(random, 10));
    }
    String[] names = {"style", "label", "tooltip", "Tooltip", "xlabel", "fontcolor"};
    for (int i = random.nextInt(3); i > 0; i--) {
      d.attribute(pick(random, names), hostile(random, 8));
    }
    return d.build();
  }

  /** A decorator that decorates each node and relation at random, the same on every call. */
  private static DotDecorator decorator(long seed) {
    return new DotDecorator() {
      @Override
      public DotDecoration node(ArgumentGraph graph, Node node) {
        return decoration(new Random(seed * 31 + node.id().hashCode()));
      }

      @Override
      public DotDecoration relation(ArgumentGraph graph, Relation relation) {
        int key = relation.from().hashCode() * 17 + relation.to().hashCode();
        return decoration(new Random(seed * 37 + key + relation.type().name().hashCode()));
      }
    };
  }
}
