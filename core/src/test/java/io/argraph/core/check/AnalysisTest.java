package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.internal.NormalisedText;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.NodeKind;
import io.argraph.core.testing.RandomGraphs;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AnalysisTest {
  private static final ArgumentGraph GRAPH =
      ArgumentGraph.builder()
          .premise("p", "Drug flows persist.")
          .problem("q", "Policy has failed.")
          .problem("u", "Trust is low.")
          .recommendation("grounded", "Change course.")
          .recommendation("ungrounded", "Fund treatment.")
          .recommendation("unsupported", "Close the border.")
          .supports("p", "q")
          .supports("q", "grounded")
          .supports("u", "ungrounded")
          .attacks("p", "unsupported")
          .build();

  @Test
  void isSupportedAndGrounded_holdsOnlyForRecommendationsNeitherUnsupportedNorUngrounded() {
    Analysis a = new Analysis(GRAPH);

    assertThat(a.isSupportedAndGrounded(GRAPH.indexOf("grounded"))).isTrue();
    assertThat(a.isSupportedAndGrounded(GRAPH.indexOf("ungrounded"))).isFalse();
    assertThat(a.isSupportedAndGrounded(GRAPH.indexOf("unsupported"))).isFalse();
  }

  @Test
  void isGrounded_premisesAndWhatTheySupportTransitively() {
    Analysis a = new Analysis(GRAPH);

    assertThat(a.isGrounded(GRAPH.indexOf("p"))).isTrue();
    assertThat(a.isGrounded(GRAPH.indexOf("q"))).isTrue();
    assertThat(a.isGrounded(GRAPH.indexOf("grounded"))).isTrue();
    assertThat(a.isGrounded(GRAPH.indexOf("u"))).isFalse();
    assertThat(a.isGrounded(GRAPH.indexOf("ungrounded"))).isFalse();
  }

  @Test
  void reachability_needsAtLeastOneSupport() {
    Analysis a = new Analysis(GRAPH);

    assertThat(a.isReachableFromProblem(GRAPH.indexOf("q"))).isFalse();
    assertThat(a.isReachableFromProblem(GRAPH.indexOf("grounded"))).isTrue();
    assertThat(a.reachesRecommendation(GRAPH.indexOf("grounded"))).isFalse();
    assertThat(a.reachesRecommendation(GRAPH.indexOf("p"))).isTrue();
  }

  @Test
  void rank_placesPremisesBeforeProblemsBeforeRecommendations() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .recommendation("r", "R.")
            .premise("p", "P.")
            .problem("q", "Q.")
            .build();
    Analysis a = new Analysis(g);

    assertThat(a.rank(g.indexOf("p"))).isZero();
    assertThat(a.rank(g.indexOf("q"))).isEqualTo(1);
    assertThat(a.rank(g.indexOf("r"))).isEqualTo(2);
  }

  @Test
  void nodesOf_listsEachKindsNodesInGraphOrder() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .recommendation("r1", "R1.")
            .premise("p1", "P1.")
            .problem("q", "Q.")
            .premise("p2", "P2.")
            .recommendation("r2", "R2.")
            .build();
    Analysis a = new Analysis(g);

    assertThat(a.nodesOf(NodeKind.PREMISE)).containsExactly(1, 3);
    assertThat(a.nodesOf(NodeKind.PROBLEM)).containsExactly(2);
    assertThat(a.nodesOf(NodeKind.RECOMMENDATION)).containsExactly(0, 4);
  }

  @Test
  void nodesOf_emptyGraphAndAbsentKind_areEmpty() {
    Analysis empty = new Analysis(ArgumentGraph.builder().build());
    Analysis premisesOnly = new Analysis(ArgumentGraph.builder().premise("p", "P.").build());

    for (NodeKind kind : NodeKind.values()) {
      assertThat(empty.nodesOf(kind)).isEmpty();
    }
    assertThat(premisesOnly.nodesOf(NodeKind.PREMISE)).containsExactly(0);
    assertThat(premisesOnly.nodesOf(NodeKind.PROBLEM)).isEmpty();
    assertThat(premisesOnly.nodesOf(NodeKind.RECOMMENDATION)).isEmpty();
  }

  static java.util.stream.Stream<Long> seeds() {
    return RandomGraphs.seeds(30);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void nodesOf_isEveryNodeOfTheKindAscending(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    Analysis a = new Analysis(g);

    for (NodeKind kind : NodeKind.values()) {
      int[] expected =
          IntStream.range(0, g.nodeCount()).filter(v -> g.nodes().get(v).kind() == kind).toArray();
      assertThat(a.nodesOf(kind)).containsExactly(expected);
    }
  }

  /** Kinds in long runs, as in a brief written premises first, which the lists take another way. */
  @ParameterizedTest
  @MethodSource("seeds")
  void nodesOf_isEveryNodeOfTheKindAscending_withTheKindsInRuns(long seed) {
    java.util.Random random = new java.util.Random(seed);
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    int n = 500 + random.nextInt(3_000);
    NodeKind[] kinds = NodeKind.values();
    NodeKind kind = kinds[random.nextInt(3)];
    for (int i = 0; i < n; i++) {
      if (random.nextInt(150) == 0) {
        kind = kinds[random.nextInt(3)];
      }
      b.node(io.argraph.core.model.Node.of("n" + i, kind, "Text " + i + "."));
    }
    ArgumentGraph g = b.build();
    Analysis a = new Analysis(g);

    for (NodeKind k : NodeKind.values()) {
      int[] expected =
          IntStream.range(0, g.nodeCount()).filter(v -> g.nodes().get(v).kind() == k).toArray();
      assertThat(a.nodesOf(k)).containsExactly(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void kind_isEachNodesKind(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    Analysis a = new Analysis(g);

    for (int v = 0; v < g.nodeCount(); v++) {
      assertThat(a.kind(v)).isEqualTo(g.nodes().get(v).kind());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void textHashes_areEachTextsNormalisedHash(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    int[] expected =
        g.nodes().stream().mapToInt(n -> NormalisedText.normalisedHash(n.text())).toArray();

    assertThat(new Analysis(g).textHashes()).containsExactly(expected);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void entriesBefore_staysTheSameAcrossExactlyTheIsolatedNodes(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    Analysis a = new Analysis(g);

    assertThat(a.entriesBefore(0)).isZero();
    for (int v = 0; v < g.nodeCount(); v++) {
      assertThat(a.entriesBefore(v + 1) == a.entriesBefore(v)).isEqualTo(a.isIsolated(v));
    }
    assertThat(a.entriesBefore(g.nodeCount())).isEqualTo(2 * g.relationCount());
  }

  @Test
  void entriesBefore_countsEachRelationAtBothEnds() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("lonely", "L.")
            .premise("p", "P.")
            .problem("q", "Q.")
            .premise("alone", "A.")
            .recommendation("r", "R.")
            .supports("p", "q")
            .attacks("r", "r")
            .build();
    Analysis a = new Analysis(g);

    assertThat(IntStream.rangeClosed(0, g.nodeCount()).map(a::entriesBefore))
        .containsExactly(0, 0, 1, 2, 2, 4);
  }

  @Test
  void textHashes_ofAnEmptyGraphAndOfUnicodeTexts() {
    ArgumentGraph empty = ArgumentGraph.builder().build();
    ArgumentGraph unicode =
        ArgumentGraph.builder()
            .premise("a", "\u212A\u00e9l\u00e8ve  \uD83D\uDE42")
            .premise("b", "k\u00c9L\u00c8VE \uD83D\uDE42 ")
            .build();

    assertThat(new Analysis(empty).textHashes()).isEmpty();
    int[] hashes = new Analysis(unicode).textHashes();
    assertThat(hashes[0]).isEqualTo(hashes[1]); // the Kelvin sign lower-cases to k
    assertThat(hashes[0]).isEqualTo(NormalisedText.hash("k\u00e9l\u00e8ve \uD83D\uDE42"));
  }
}
