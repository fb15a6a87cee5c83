package io.argraph.io.dot;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.testing.RandomGraphs;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DOT writer, which writes lines straight into the output and skips an absent decorator,
 * against {@link LegacyDotWriter}, which built every line from attribute maps and whole strings:
 * byte-identical for random hostile graphs in every style, with and without decorations.
 */
class DotWriterEquivalenceTest {
  private static final String[] TEXTS = {
    "The flow of drugs from Mexico has not been reduced significantly.",
    "He said \"stop\" & \\N went on",
    "first line\r\nsecond\rthird\nfourth\tcolumn",
    "e\u0301 n\u0303 \uD83D\uDE42 \uD83D\uDC68\u200D\uD83D\uDC69 中文 العربية",
    "control \u0001 del \u007F nel \u0085 lone \uD83D and \uDE42",
    "Donaudampfschiffahrtsgesellschaftskapitänswitwe and more",
    "Donaudampfschiffahrtsgesellschaft " + "x".repeat(90),
    "word & \"q\" \\ ".repeat(700),
    "  padded\t\twith   white space  \n\n  ",
    "ends with CR\r",
  };

  private static final String[] COLORS = {"#d50000", "red", "/blues9/3", "#00ff0080"};

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(60);
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static ArgumentGraph graph(Random random) {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    if (random.nextBoolean()) {
      b.id("g-" + random.nextInt(100));
    }
    if (random.nextBoolean()) {
      b.title(TEXTS[random.nextInt(TEXTS.length)]);
    }
    int n = 1 + random.nextInt(30);
    for (int i = 0; i < n; i++) {
      NodeKind kind = pick(random, NodeKind.values());
      String text =
          random.nextInt(3) == 0
              ? TEXTS[random.nextInt(TEXTS.length)]
              : "Statement " + i + " of the synthetic brief, padded";
      Node.Builder node =
          Node.builder("n" + i + (random.nextBoolean() ? ":x-" + i : ""), kind, text);
      if (random.nextInt(3) > 0) {
        node.section("Section " + random.nextInt(3) + (random.nextBoolean() ? " & \"s\"" : ""));
      }
      b.node(node.build());
    }
    ArgumentGraph nodesOnly = b.build();
    Set<String> added = new HashSet<>();
    int m = random.nextInt(3 * n + 1);
    for (int k = 0; k < m; k++) {
      String from = nodesOnly.nodes().get(random.nextInt(n)).id();
      String to = nodesOnly.nodes().get(random.nextInt(n)).id();
      Relation r = random.nextBoolean() ? Relation.support(from, to) : Relation.attack(from, to);
      if (random.nextInt(4) == 0) {
        r = r.withNote(TEXTS[random.nextInt(TEXTS.length)]);
      }
      if (added.add(from + " " + to + " " + r.type())) {
        b.relation(r);
      }
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
        .supportColor(COLORS[random.nextInt(COLORS.length)])
        .fillColor(NodeKind.PROBLEM, COLORS[random.nextInt(COLORS.length)])
        .build();
  }

  /** A decoration that is empty half the time and otherwise sets a random mix of everything. */
  private static DotDecoration decoration(Random random) {
    if (random.nextBoolean()) {
      return DotDecoration.none();
    }
    DotDecoration.Builder d = DotDecoration.builder();
    if (random.nextBoolean()) {
      d.color(COLORS[random.nextInt(COLORS.length)]);
    }
    if (random.nextBoolean()) {
      d.fillColor(COLORS[random.nextInt(COLORS.length)]);
    }
    if (random.nextBoolean()) {
      d.penWidth(random.nextBoolean() ? 3 : 0.25 * (1 + random.nextInt(40)));
    }
    if (random.nextBoolean()) {
      d.tooltipLine(TEXTS[random.nextInt(TEXTS.length)]);
    }
    String[] names = {"style", "label", "tooltip", "Tooltip", "xlabel", "fontcolor"};
    for (int i = random.nextInt(3); i > 0; i--) {
      d.attribute(names[random.nextInt(names.length)], TEXTS[random.nextInt(TEXTS.length)]);
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

  private static String legacy(ArgumentGraph graph, DotStyle style, DotDecorator decorator) {
    StringWriter out = new StringWriter();
    try {
      new LegacyDotWriter(graph, style, decorator, out).write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void write_withoutDecorator_equalsTheLegacyWriter(long seed) {
    Random random = new Random(seed);
    ArgumentGraph graph = graph(random);
    DotStyle style = style(random);
    assertThat(DotExporter.create(style).toString(graph))
        .isEqualTo(legacy(graph, style, DotDecorator.none()));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void write_withDecorator_equalsTheLegacyWriter(long seed) {
    Random random = new Random(seed);
    ArgumentGraph graph = graph(random);
    DotStyle style = style(random);
    DotDecorator decorator = decorator(seed);
    assertThat(DotExporter.create(style).withDecorator(decorator).toString(graph))
        .isEqualTo(legacy(graph, style, decorator));
  }

  @Test
  void write_graphWithManyBatchesOfRelationsEqualsTheLegacyWriter() {
    // Relations are looked up in batches of 64: many full batches and a partial last one.
    ArgumentGraph graph = RandomGraphs.large(400, 1_001, 5);
    assertThat(DotExporter.create().toString(graph))
        .isEqualTo(legacy(graph, DotStyle.defaults(), DotDecorator.none()));
    DotDecorator decorator = decorator(5);
    assertThat(DotExporter.create().withDecorator(decorator).toString(graph))
        .isEqualTo(legacy(graph, DotStyle.defaults(), decorator));
  }

  @Test
  void write_relationLinesOfEveryLengthAcrossBlockBoundariesEqualTheLegacyWriter() {
    // Relation lines are written whole into the block when there is room: ids from 1 to the
    // longest the model allows (128 chars), so that lines end at every offset of a block, some
    // with notes, which take the piece-by-piece path.
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    int n = 128;
    for (int i = 0; i < n; i++) {
      String id = ("n" + i + "x".repeat(128)).substring(0, 1 + i);
      b.node(Node.of(id, NodeKind.PREMISE, "Statement " + i));
    }
    ArgumentGraph nodesOnly = b.build();
    Random random = new Random(9);
    for (int k = 0; k < 2_000; k++) {
      String from = nodesOnly.nodes().get(k % n).id();
      String to = nodesOnly.nodes().get((k / n + k) % n).id();
      Relation r = k % 2 == 0 ? Relation.support(from, to) : Relation.attack(from, to);
      if (random.nextInt(10) == 0) {
        r = r.withNote(TEXTS[random.nextInt(TEXTS.length)]);
      }
      b.relation(r);
    }
    ArgumentGraph graph = b.build();
    assertThat(graph.relationCount()).isEqualTo(2_000);
    assertThat(DotExporter.create().toString(graph))
        .isEqualTo(legacy(graph, DotStyle.defaults(), DotDecorator.none()));
  }

  /** Words for texts that are mostly plain, and what can make a text not plain. */
  private static final String[] PLAIN_WORDS = {"a", "of", "the", "Mexico", "flow:", "(x)", "1,000"};

  private static final String[] NOT_PLAIN = {
    "  ", "\t", "\n", "\r\n", "\"", "\\", "&", "\u007F", "\u0001", "é", "\uD83D\uDE42", "\uD83D"
  };

  /**
   * A text that is plain (printable ASCII words one space apart) nine times in ten: words of every
   * length up to {@code longest}, some longer than any line; otherwise one piece that is not plain
   * somewhere in it.
   */
  private static String mostlyPlainText(Random random, int words, int longest) {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(8) == 0) {
      sb.append(' ');
    }
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sb.append(' ');
      }
      if (random.nextBoolean()) {
        sb.append(pick(random, PLAIN_WORDS));
      } else {
        sb.append("x".repeat(1 + random.nextInt(longest)));
      }
    }
    if (random.nextInt(8) == 0) {
      sb.append(' ');
    }
    if (random.nextInt(10) == 0) {
      sb.insert(random.nextInt(sb.length() + 1), pick(random, NOT_PLAIN));
    }
    return sb.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void write_mostlyPlainTextsEqualTheLegacyWriter(long seed) {
    // Undecorated nodes with plain texts take the whole-line path; the rest go piece by piece.
    Random random = new Random(seed);
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    int n = 1 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      String id = "n" + i + (random.nextInt(4) == 0 ? "-" + "y".repeat(random.nextInt(120)) : "");
      String text = mostlyPlainText(random, 1 + random.nextInt(12), 30);
      b.node(Node.of(id, pick(random, NodeKind.values()), text));
    }
    ArgumentGraph graph = b.build();
    int width = random.nextInt(4) == 0 ? 0 : 8 + random.nextInt(33);
    DotStyle style =
        DotStyle.builder()
            .wrapWidth(width)
            .showIds(random.nextBoolean())
            .clusters(pick(random, DotStyle.Clustering.values()))
            .build();
    assertThat(DotExporter.create(style).toString(graph))
        .isEqualTo(legacy(graph, style, DotDecorator.none()));
    DotDecorator decorator = decorator(seed);
    assertThat(DotExporter.create(style).withDecorator(decorator).toString(graph))
        .isEqualTo(legacy(graph, style, decorator));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void write_longPlainTextsAroundTheWholeLineLimitsEqualTheLegacyWriter(long seed) {
    // Texts from a few hundred to a few thousand chars, long ids, narrow and wide wraps: lines on
    // both sides of the limits of the whole-line path (a piece of a quoted string, a block), and
    // lines ending at every offset of a block.
    Random random = new Random(seed);
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int i = 0; i < 12; i++) {
      String id = ("n" + i + "z".repeat(128)).substring(0, 1 + random.nextInt(128));
      int words = 40 + random.nextInt(800);
      b.node(Node.of(id, NodeKind.PREMISE, mostlyPlainText(random, words, 12)));
    }
    ArgumentGraph graph = b.build();
    DotStyle style =
        DotStyle.builder()
            .wrapWidth(pick(random, new Integer[] {0, 8, 9, 28, 200}))
            .showIds(random.nextBoolean())
            .build();
    assertThat(DotExporter.create(style).toString(graph))
        .isEqualTo(legacy(graph, style, DotDecorator.none()));
  }

  @Test
  void write_hostileGraphInEveryClusteringEqualsTheLegacyWriter() {
    ArgumentGraph graph = DotFixtures.hostileGraph();
    for (DotStyle.Clustering clustering : DotStyle.Clustering.values()) {
      DotStyle style = DotStyle.builder().clusters(clustering).showIds(true).build();
      assertThat(DotExporter.create(style).toString(graph))
          .isEqualTo(legacy(graph, style, DotDecorator.none()));
    }
  }

  @Test
  void write_decoratorReturningNoneEverywhereGivesTheUndecoratedText() {
    ArgumentGraph graph = DotFixtures.hostileGraph();
    DotDecorator explicitNone =
        DotDecorator.forNodes(n -> DotDecoration.none())
            .andThen(DotDecorator.forRelations(r -> DotDecoration.none()));
    assertThat(DotExporter.create().withDecorator(explicitNone).toString(graph))
        .isEqualTo(DotExporter.create().toString(graph));
  }
}
