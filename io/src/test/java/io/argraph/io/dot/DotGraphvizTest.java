package io.argraph.io.dot;

import static io.argraph.io.dot.GraphvizJudge.squeeze;
import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.testing.RandomGraphs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real Graphviz judges the DOT output: {@code dot -Tcanon} must accept it with exit 0 and an
 * empty standard error, and the SVG {@code dot} draws must show every text and tooltip verbatim
 * (after XML unescaping, ignoring wrap points).
 */
class DotGraphvizTest {

  /** What dot drew for the hostile graph in one style, read once and shared by the cases. */
  private record Drawn(
      GraphvizJudge.Verdict verdict,
      Map<String, String> texts,
      Map<String, String> tooltips,
      Map<String, String> clusters) {
    static Drawn of(GraphvizJudge.Verdict v) {
      v.assertClean();
      return new Drawn(v, v.nodeTexts(), v.nodeTooltips(), v.clusterTexts());
    }
  }

  /** Both hostile drawings, made on first use by one dot process. */
  private static final class Hostile {
    static final DotStyle WITH_IDS_STYLE =
        DotStyle.builder()
            .showIds(true)
            .clusters(DotStyle.Clustering.SECTION)
            .wrapWidth(20)
            .build();
    static final List<GraphvizJudge.Verdict> VERDICTS =
        judgeAll(
            List.of(
                DotExporter.create().toString(DotFixtures.hostileGraph()),
                DotExporter.create(WITH_IDS_STYLE).toString(DotFixtures.hostileGraph())));
    static final Drawn PLAIN = Drawn.of(VERDICTS.get(0));
    static final Drawn WITH_IDS = Drawn.of(VERDICTS.get(1));
  }

  /** The random graphs of {@link #seeds()}, judged on first use by one dot process. */
  private static final class RandomCases {
    static final List<ArgumentGraph> GRAPHS = seeds().map(RandomGraphs::graph).toList();
    static final List<DotStyle> STYLES = seeds().map(DotGraphvizTest::randomStyle).toList();
    static final List<GraphvizJudge.Verdict> VERDICTS =
        judgeAll(
            IntStream.range(0, GRAPHS.size())
                .mapToObj(i -> DotExporter.create(STYLES.get(i)).toString(GRAPHS.get(i)))
                .toList());
  }

  /** The goldens, judged on first use by one dot process. */
  private static final class Goldens {
    static final List<String> NAMES = goldens().toList();
    static final List<GraphvizJudge.Verdict> VERDICTS =
        judgeAll(NAMES.stream().map(DotGraphvizTest::golden).toList());
  }

  private static String golden(String name) {
    return DotGoldenTest.golden(name);
  }

  private static List<GraphvizJudge.Verdict> judgeAll(List<String> dots) {
    try {
      return GraphvizJudge.judgeAll(dots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void requireDot() {
    GraphvizJudge.requireDot();
  }

  static Stream<String> goldens() {
    return DotGoldenTest.goldens().map(a -> (String) a.get()[0]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void golden_isAcceptedAndDrawnByGraphviz(String name) throws Exception {
    ArgumentGraph graph = DotFixtures.sample();
    GraphvizJudge.Verdict v = Goldens.VERDICTS.get(Goldens.NAMES.indexOf(name)).assertClean();
    Map<String, String> texts = v.nodeTexts();
    for (int i = 0; i < graph.nodeCount(); i++) {
      Node n = graph.nodes().get(i);
      String expected = name.equals("ids-shown") ? n.id() + n.text() : n.text();
      assertThat(squeeze(texts.get("n" + i))).as(n.id()).isEqualTo(squeeze(expected));
    }
    int legendEdges = name.equals("no-legend") ? 0 : 2;
    assertThat(v.edgeTitles()).hasSize(graph.relationCount() + legendEdges);
    assertThat(v.graphLabel()).isEqualTo("U.S. policy toward Mexico\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.argraph.io.dot.DotFixtures#hostile")
  void hostileText_isDrawnVerbatim(DotFixtures.Hostile h) {
    ArgumentGraph graph = DotFixtures.hostileGraph();
    String dotId = "n" + graph.indexOf(h.id());
    assertThat(squeeze(Hostile.PLAIN.texts().get(dotId))).isEqualTo(squeeze(h.text()));
    assertThat(squeeze(Hostile.WITH_IDS.texts().get(dotId))).isEqualTo(squeeze(h.id() + h.text()));
    assertThat(squeeze(Hostile.PLAIN.tooltips().get(dotId))).isEqualTo(squeeze(h.id() + h.text()));
  }

  @Test
  void hostileGraph_titleSectionsAndNotesSurvive() {
    ArgumentGraph graph = DotFixtures.hostileGraph();
    assertThat(Hostile.PLAIN.verdict().graphLabel())
        .isEqualTo("Title with \"quotes\" & \\N\nand a line\n");
    assertThat(Hostile.WITH_IDS.clusters().values())
        .contains("Section \"A\" & {B}\n", "\\N section\n", "Legend\n");
    List<String> expected = new ArrayList<>();
    for (Relation r : graph.relations()) {
      String verb = r.type() == RelationType.SUPPORT ? " supports " : " attacks ";
      expected.add(squeeze(r.from() + verb + r.to() + r.note().map(n -> "\n" + n).orElse("")));
    }
    List<String> drawn =
        Hostile.PLAIN.verdict().edgeTooltips().stream().map(GraphvizJudge::squeeze).toList();
    assertThat(drawn).containsAll(expected);
  }

  @Test
  void hostileIds_neverBecomeDotIds() {
    String canon = Hostile.PLAIN.verdict().canon();
    for (DotFixtures.Hostile h : DotFixtures.hostile()) {
      assertThat(canon).containsPattern("argid=\"?" + Pattern.quote(h.id()) + "\"?[,\\]]");
    }
    assertThat(Hostile.PLAIN.texts()).hasSize(DotFixtures.hostile().size() + 7);
  }

  @Test
  void supportAndAttackOnSamePair_bothDrawn() throws Exception {
    ArgumentGraph graph =
        ArgumentGraph.builder()
            .premise("a", "A")
            .recommendation("b", "B")
            .supports("a", "b")
            .attacks("a", "b")
            .build();
    GraphvizJudge.Verdict v =
        GraphvizJudge.judge(
                DotExporter.create(DotStyle.builder().legend(false).build()).toString(graph))
            .assertClean();
    assertThat(v.edgeTitles()).containsExactly("n0->n1", "n0->n1");
    assertThat(v.edgeTooltips()).containsExactly("a supports b", "a attacks b");
    assertThat(v.canon()).contains("arrowhead=normal").contains("arrowhead=tee");
  }

  private static final List<DotStyle.Clustering> CLUSTERINGS =
      List.of(DotStyle.Clustering.NONE, DotStyle.Clustering.KIND, DotStyle.Clustering.SECTION);

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(50);
  }

  private static DotStyle randomStyle(long seed) {
    Random random = new Random(seed);
    return DotStyle.builder()
        .clusters(CLUSTERINGS.get(random.nextInt(CLUSTERINGS.size())))
        .showIds(random.nextBoolean())
        .legend(random.nextBoolean())
        .wrapWidth(8 + random.nextInt(30))
        .build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomGraph_isAcceptedAndDrawnByGraphviz(long seed) {
    int i = (int) (seed - 1);
    ArgumentGraph graph = RandomCases.GRAPHS.get(i);
    DotStyle style = RandomCases.STYLES.get(i);
    GraphvizJudge.Verdict v = RandomCases.VERDICTS.get(i).assertClean();
    Map<String, String> texts = v.nodeTexts();
    for (int k = 0; k < graph.nodeCount(); k++) {
      Node n = graph.nodes().get(k);
      String expected = style.showIds() ? n.id() + n.text() : n.text();
      assertThat(squeeze(texts.get("n" + k))).as(n.id()).isEqualTo(squeeze(expected));
    }
    int legendEdges = style.legend() ? 2 : 0;
    assertThat(v.edgeTitles()).hasSize(graph.relationCount() + legendEdges);
  }
}
