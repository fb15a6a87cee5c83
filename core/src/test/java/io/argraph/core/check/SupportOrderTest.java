package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Lists;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.testing.RandomGraphs;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SupportOrderTest {

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(60);
  }

  @Test
  void of_emptyGraphIsComplete() {
    Analysis a = new Analysis(ArgumentGraph.builder().build());

    assertThat(a.supportOrder().isComplete()).isTrue();
    assertThat(a.supportOrder().peeled()).isZero();
    assertThat(a.supportComponents().count()).isZero();
  }

  @Test
  void of_peelsWhatNoCycleReachesInTopologicalOrder() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .problem("late", "Late.")
            .premise("p", "Premise.")
            .problem("x", "In a cycle.")
            .problem("y", "In a cycle too.")
            .recommendation("after", "Downstream of the cycle.")
            .supports("p", "late")
            .supports("p", "x")
            .supports("x", "y")
            .supports("y", "x")
            .supports("y", "after")
            .build();
    SupportOrder order = new Analysis(g).supportOrder();

    assertThat(order.isComplete()).isFalse();
    assertThat(order.peeled()).isEqualTo(2);
    assertThat(order.node(0)).isEqualTo(g.indexOf("p"));
    assertThat(order.node(1)).isEqualTo(g.indexOf("late"));
  }

  @Test
  void of_leavesASelfSupportingNode() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Premise.")
            .problem("q", "Itself.")
            .supports("q", "q")
            .build();
    Analysis a = new Analysis(g);

    assertThat(a.supportOrder().peeled()).isEqualTo(1);
    assertThat(a.supportComponents().isOnCycle(g.indexOf("q"))).isTrue();
    assertThat(a.supportComponents().isOnCycle(g.indexOf("p"))).isFalse();
  }

  @Test
  void of_peelsInRounds_eachInGraphOrder() {
    // r comes first but is supported last, so the graph order is not topological.
    ArgumentGraph g = chain("r", "p", "q", "q2", "lone");
    SupportOrder order = new Analysis(g).supportOrder();

    // Rounds: {p, lone} (no supporters), {q}, {q2}, {r}.
    int[] expected = {1, 4, 2, 3, 0};
    for (int k = 0; k < g.nodeCount(); k++) {
      assertThat(order.node(k)).isEqualTo(expected[k]);
    }
    assertChainFacts(g, order);
  }

  @Test
  void of_takesTheGraphOrder_whenEverySupportLeadsForward() {
    ArgumentGraph g = chain("p", "q", "q2", "r", "lone");
    SupportOrder order = new Analysis(g).supportOrder();

    for (int k = 0; k < g.nodeCount(); k++) {
      assertThat(order.node(k)).isEqualTo(k);
    }
    assertThatThrownBy(() -> order.node(5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> order.node(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertChainFacts(g, order);
  }

  /** The supports p → q → q2 → r, and lone, which attacks p; the nodes in the order given. */
  private static ArgumentGraph chain(String... order) {
    java.util.Map<String, Node> nodes =
        java.util.Map.of(
            "p", Node.of("p", NodeKind.PREMISE, "P."),
            "q", Node.of("q", NodeKind.PROBLEM, "Q."),
            "q2", Node.of("q2", NodeKind.PROBLEM, "Higher."),
            "r", Node.of("r", NodeKind.RECOMMENDATION, "R."),
            "lone", Node.of("lone", NodeKind.RECOMMENDATION, "Unsupported."));
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (String id : order) {
      b.node(nodes.get(id));
    }
    return b.supports("p", "q")
        .supports("q", "q2")
        .supports("q2", "r")
        .attacks("lone", "p")
        .build();
  }

  private static void assertChainFacts(ArgumentGraph g, SupportOrder order) {
    assertThat(order.isComplete()).isTrue();
    assertThat(order.peeled()).isEqualTo(5);
    assertThat(order.isGrounded(g.indexOf("r"))).isTrue();
    assertThat(order.isGrounded(g.indexOf("lone"))).isFalse();
    assertThat(order.isReachableFromProblem(g.indexOf("q"))).isFalse();
    assertThat(order.isReachableFromProblem(g.indexOf("q2"))).isTrue();
    assertThat(order.isReachableFromProblem(g.indexOf("r"))).isTrue();
    assertFactsAgree(g);
  }

  /**
   * One support that leads back, to the last node with supporters and so met after those that lead
   * forward, sends the graph to the peel, which grounds what it supports.
   */
  @Test
  void of_peels_whenTheLastSupportLeadsBack() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .problem("q", "Q.")
            .recommendation("r", "R.")
            .recommendation("r2", "R2.")
            .premise("late", "A premise listed last.")
            .supports("q", "r")
            .supports("r", "r2")
            .supports("late", "r2")
            .build();
    SupportOrder order = new Analysis(g).supportOrder();

    assertThat(order.isComplete()).isTrue();
    int[] expected = {0, 3, 1, 2}; // rounds {q, late}, {r}, {r2}
    for (int k = 0; k < g.nodeCount(); k++) {
      assertThat(order.node(k)).isEqualTo(expected[k]);
    }
    assertThat(order.isGrounded(g.indexOf("r2"))).isTrue();
    assertThat(order.isGrounded(g.indexOf("r"))).isFalse();
    assertThat(order.isReachableFromProblem(g.indexOf("r2"))).isTrue();
    assertFactsAgree(g);
  }

  @Test
  void of_peels_whenAForwardGraphHasASelfSupport() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "P.")
            .problem("q", "Q.")
            .recommendation("r", "R.")
            .supports("p", "q")
            .supports("q", "r")
            .supports("r", "r")
            .build();
    Analysis a = new Analysis(g);

    assertThat(a.supportOrder().isComplete()).isFalse();
    assertThat(a.supportOrder().peeled()).isEqualTo(2);
    assertThat(a.supportComponents().isOnCycle(g.indexOf("r"))).isTrue();
    assertFactsAgree(g);
  }

  /**
   * A node with around as many supporters as a byte of state counts (63) is peeled only after the
   * last of them, and one that a cycle also supports is not peeled.
   */
  @ParameterizedTest(name = "{0} supporters")
  @ValueSource(ints = {62, 63, 64, 200})
  void of_peelsAHubAfterItsLastSupporter(int supporters) {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    b.problem("s", "Supported by every p_i.").problem("t", "Supported by every p_i and a cycle.");
    b.problem("x", "In a cycle.").problem("y", "In a cycle too.");
    b.supports("x", "y").supports("y", "x").supports("y", "t");
    b.recommendation("r", "Supported by s.").supports("s", "r");
    for (int i = 0; i < supporters; i++) {
      // Every supporter is a premise, but the last is a problem, two supports from a premise.
      if (i + 1 < supporters) {
        b.premise("p" + i, "Supporter " + i + ".");
      } else {
        b.premise("base", "Under the last supporter.").problem("p" + i, "The last supporter.");
        b.supports("base", "p" + i);
      }
      b.supports("p" + i, "s").supports("p" + i, "t");
    }
    ArgumentGraph g = b.build();
    SupportOrder order = new Analysis(g).supportOrder();

    int[] position = new int[g.nodeCount()];
    Arrays.fill(position, -1);
    for (int k = 0; k < order.peeled(); k++) {
      position[order.node(k)] = k;
    }
    assertThat(position[g.indexOf("s")]).isGreaterThan(position[g.indexOf("p" + (supporters - 1))]);
    assertThat(position[g.indexOf("r")]).isGreaterThan(position[g.indexOf("s")]);
    assertThat(position[g.indexOf("t")]).isEqualTo(-1);
    assertThat(order.peeled()).isEqualTo(g.nodeCount() - 3);
    assertThat(order.isGrounded(g.indexOf("s"))).isTrue();
    assertThat(order.isReachableFromProblem(g.indexOf("s"))).isTrue();
    assertThat(order.isReachableFromProblem(g.indexOf("r"))).isTrue();
    assertFactsAgree(g);
  }

  /** Random graphs whose hubs take hundreds of supports each. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void facts_agreeWithTheSearches_withHubs(long seed) {
    ArgumentGraph g = RandomGraphs.hubbed(800, 3_000, 3, seed);

    assertThat(g.supporters("n0").size()).isGreaterThan(63);
    assertTopological(g);
    assertFactsAgree(g);
  }

  /**
   * The same graph with its nodes in opposite orders (so that every support runs forward in one and
   * backward in the other) gives the same facts, and each order is topological.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void facts_agreeBetweenAForwardGraphAndItsReverse(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    ArgumentGraph.Builder forward = ArgumentGraph.builder();
    ArgumentGraph.Builder reversed = ArgumentGraph.builder();
    g.nodes().forEach(forward::node);
    Lists.reverse(g.nodes()).forEach(reversed::node);
    for (Relation r : g.relations()) {
      boolean keep = r.type() == RelationType.ATTACK || g.indexOf(r.from()) < g.indexOf(r.to());
      if (keep) {
        forward.relation(r);
        reversed.relation(r);
      }
    }
    ArgumentGraph f = forward.build();
    ArgumentGraph b = reversed.build();

    assertTopological(f);
    assertTopological(b);
    Analysis af = new Analysis(f);
    Analysis ab = new Analysis(b);
    for (Node node : g.nodes()) {
      int vf = f.indexOf(node.id());
      int vb = b.indexOf(node.id());
      assertThat(af.isGrounded(vf)).isEqualTo(ab.isGrounded(vb));
      assertThat(af.isReachableFromProblem(vf)).isEqualTo(ab.isReachableFromProblem(vb));
      assertThat(af.reachesRecommendation(vf)).isEqualTo(ab.reachesRecommendation(vb));
    }
    assertFactsAgree(f);
    assertFactsAgree(b);
  }

  /** Every support between peeled nodes runs from an earlier to a later place in the order. */
  private static void assertTopological(ArgumentGraph g) {
    SupportOrder order = new Analysis(g).supportOrder();
    int[] rank = new int[g.nodeCount()];
    java.util.Arrays.fill(rank, Integer.MAX_VALUE);
    for (int k = 0; k < order.peeled(); k++) {
      rank[order.node(k)] = k;
    }
    for (int r = 0; r < g.relationCount(); r++) {
      if (g.relations().get(r).type() == RelationType.SUPPORT
          && rank[g.toIndex(r)] != Integer.MAX_VALUE) {
        assertThat(rank[g.fromIndex(r)]).isLessThan(rank[g.toIndex(r)]);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void facts_agreeWithTheSearchesOnRandomGraphs(long seed) {
    assertFactsAgree(RandomGraphs.graph(seed));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void facts_agreeWithTheSearchesOnAcyclicGraphs(long seed) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(60);
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    NodeKind[] kinds = NodeKind.values();
    for (int i = 0; i < n; i++) {
      b.node(Node.of("n" + i, kinds[random.nextInt(3)], "Text " + i + "."));
    }
    for (int k = 0; k < 2 * n; k++) {
      int u = random.nextInt(n);
      int v = random.nextInt(n);
      // Supports only go from lower to higher numbers, so there is no cycle.
      int from = Math.min(u, v);
      int to = Math.max(u, v);
      RelationType type = random.nextInt(4) == 0 ? RelationType.ATTACK : RelationType.SUPPORT;
      if (from != to || type == RelationType.ATTACK) {
        try {
          b.relation(Relation.of("n" + from, "n" + to, type));
        } catch (IllegalArgumentException duplicate) {
          // drawn twice: keep the first
        }
      }
    }
    ArgumentGraph g = b.build();
    Analysis a = new Analysis(g);

    assertThat(a.supportOrder().isComplete()).isTrue();
    assertFactsAgree(g);
  }

  private static void assertFactsAgree(ArgumentGraph g) {
    Analysis fast = new Analysis(g);
    Analysis search = new Analysis(g);
    boolean[] grounded = search.groundedBySearch();
    boolean[] fromProblem = search.reachableFromProblemBySearch();
    boolean[] toRecommendation = search.reachesRecommendationBySearch();
    for (int v = 0; v < g.nodeCount(); v++) {
      assertThat(fast.isGrounded(v)).as("grounded %s", v).isEqualTo(grounded[v]);
      assertThat(fast.isReachableFromProblem(v)).as("from problem %s", v).isEqualTo(fromProblem[v]);
      assertThat(fast.reachesRecommendation(v))
          .as("to recommendation %s", v)
          .isEqualTo(toRecommendation[v]);
    }
    SupportOrder order = fast.supportOrder();
    int[] position = new int[g.nodeCount()];
    Arrays.fill(position, -1);
    for (int i = 0; i < order.peeled(); i++) {
      position[order.node(i)] = i;
    }
    for (Relation r : g.relations(RelationType.SUPPORT)) {
      int from = g.indexOf(r.from());
      int to = g.indexOf(r.to());
      if (position[to] >= 0) {
        assertThat(position[from]).as("supporter of a peeled node").isBetween(0, position[to] - 1);
      }
    }
  }
}
