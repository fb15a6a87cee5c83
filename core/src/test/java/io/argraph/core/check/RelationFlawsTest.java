package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RelationFlawsTest {
  private static final List<String> RELATION_CODES =
      List.of(
          CheckCodes.CONTRADICTORY_RELATIONS, CheckCodes.INVERTED_SUPPORT, CheckCodes.SELF_ATTACK);

  @Test
  void of_emptyGraphHasNoFlaws() {
    RelationFlaws f = new Analysis(ArgumentGraph.builder().build()).relationFlaws();

    assertThat(f.contradictory()).isEmpty();
    assertThat(f.inverted()).isEmpty();
    assertThat(f.selfAttacks()).isEmpty();
  }

  @Test
  void of_graphWithoutRelationsHasNoFlaws() {
    ArgumentGraph g =
        ArgumentGraph.builder().premise("p", "Drug flows persist.").problem("q", "Failed.").build();

    RelationFlaws f = new Analysis(g).relationFlaws();

    assertThat(f.contradictory()).isEmpty();
    assertThat(f.inverted()).isEmpty();
    assertThat(f.selfAttacks()).isEmpty();
  }

  @Test
  void of_selfAttackThatIsAlsoContradictoryIsBoth() {
    // r0 support q -> q, r1 attack q -> q, r2 support q -> p (inverted).
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .supports("q", "q")
            .attacks("q", "q")
            .supports("q", "p")
            .build();

    RelationFlaws f = new Analysis(g).relationFlaws();

    assertThat(f.contradictory()).containsExactly(1, 1, 0, 1);
    assertThat(f.selfAttacks()).containsExactly(1);
    assertThat(f.inverted()).containsExactly(2);
  }

  @Test
  void of_hubPastTheScanLimitFindsItsSelfAttackAndPairsByStamping() {
    // The hub has 12 supports and 12 attacks (past the scan limit), one of each on itself.
    ArgumentGraph.Builder b = ArgumentGraph.builder().problem("h", "Hub claim.");
    for (int i = 0; i < 14; i++) {
      b.premise("n" + i, "Premise " + i + ".");
    }
    for (int i = 0; i < 11; i++) {
      b.supports("h", "n" + i);
    }
    b.supports("h", "h");
    b.attacks("h", "h");
    for (int i = 3; i < 14; i++) {
      b.attacks("h", "n" + i);
    }
    ArgumentGraph g = b.build();
    assertThat(12 * 12).isGreaterThan(RelationFlaws.SCAN_LIMIT);

    RelationFlaws f = new Analysis(g).relationFlaws();

    // Supports r0..r10 to n0..n10 and r11 to h; attacks r12 to h and r13..r23 to n3..n13.
    List<Integer> expected = new ArrayList<>(List.of(0, 0, 11, 12));
    for (int i = 3; i < 11; i++) {
      expected.addAll(List.of(0, i + 1, i, 10 + i));
    }
    assertThat(f.contradictory()).containsExactly(toArray(expected));
    assertThat(f.selfAttacks()).containsExactly(12);
    assertThat(f.inverted()).containsExactly(IntStream.range(0, 11).toArray());
  }

  @Test
  void of_attacksWithoutAnySupportInTheGraphFindOnlySelfAttacks() {
    // r0 attack p -> q, r1 attack q -> q: the graph has no support to compare with.
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .attacks("p", "q")
            .attacks("q", "q")
            .build();

    RelationFlaws f = new Analysis(g).relationFlaws();

    assertThat(f.contradictory()).isEmpty();
    assertThat(f.selfAttacks()).containsExactly(1);
    assertThat(f.inverted()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("supportCounts")
  void of_pairsAnAttackWithEachOfItsSourcesSupports_beforeAndPastTheUnrolledOnes(int supports) {
    // Node s supports t0..t(k-1) and attacks each of them, then x, which it does not support;
    // nodes a and b around it have supports and attacks of their own that pair with nothing.
    ArgumentGraph.Builder b =
        ArgumentGraph.builder().premise("a", "Before.").premise("s", "Source.").premise("x", "X.");
    for (int i = 0; i < supports; i++) {
      b.problem("t" + i, "Target " + i + ".");
    }
    b.premise("z", "After.").supports("a", "t0").attacks("a", "x");
    for (int i = 0; i < supports; i++) {
      b.supports("s", "t" + i);
    }
    for (int i = supports - 1; i >= 0; i--) {
      b.attacks("s", "t" + i);
    }
    b.attacks("s", "x").supports("z", "x").attacks("z", "t0");
    ArgumentGraph g = b.build();
    int firstSupport = 2;
    int firstAttack = firstSupport + supports;

    RelationFlaws f = new Analysis(g).relationFlaws();

    List<Integer> expected = new ArrayList<>();
    for (int k = 0; k < supports; k++) {
      int target = supports - 1 - k; // attacked in reverse
      expected.addAll(List.of(1, 3 + target, firstSupport + target, firstAttack + k));
    }
    assertThat(f.contradictory()).containsExactly(toArray(expected));
    assertThat(f.selfAttacks()).isEmpty();
    assertThat(f.inverted()).isEmpty();
  }

  /** Within the unrolled comparisons (4), just past them, scanned (up to 7) and stamped. */
  static Stream<Integer> supportCounts() {
    assertThat(RelationFlaws.UNROLLED).isEqualTo(4);
    assertThat(7 * 8).isLessThanOrEqualTo(RelationFlaws.SCAN_LIMIT);
    assertThat(8 * 9).isGreaterThan(RelationFlaws.SCAN_LIMIT);
    return Stream.of(1, 3, 4, 5, 7, 8, 12);
  }

  @ParameterizedTest
  @MethodSource("graphs")
  void of_agreesWithAReadingOfEveryRelation(ArgumentGraph g) {
    RelationFlaws f = new Analysis(g).relationFlaws();

    assertThat(f.contradictory()).containsExactly(bruteContradictory(g));
    assertThat(f.inverted()).containsExactly(bruteInverted(g));
    assertThat(f.selfAttacks()).containsExactly(bruteSelfAttacks(g));
  }

  /** With the support order made first, as the standard checks make it, which may skip a pass. */
  @ParameterizedTest
  @MethodSource("graphs")
  void of_agreesWithAReadingOfEveryRelation_afterTheSupportOrder(ArgumentGraph g) {
    Analysis a = new Analysis(g);
    a.supportOrder();
    RelationFlaws f = a.relationFlaws();

    assertThat(f.contradictory()).containsExactly(bruteContradictory(g));
    assertThat(f.inverted()).containsExactly(bruteInverted(g));
    assertThat(f.selfAttacks()).containsExactly(bruteSelfAttacks(g));
  }

  /** The kinds in rank order and every support forward: no support can be inverted. */
  @Test
  void inverted_noneInARankOrderedForwardGraph_andFoundWhenEitherFails() {
    ArgumentGraph.Builder forward =
        ArgumentGraph.builder()
            .premise("p", "P.")
            .problem("q", "Q.")
            .recommendation("r", "R.")
            .supports("p", "q")
            .supports("q", "r")
            .supports("p", "r")
            .attacks("r", "p");
    Analysis a = new Analysis(forward.build());
    assertThat(a.supportOrder().isInGraphOrder()).isTrue();
    assertThat(a.relationFlaws().inverted()).isEmpty();

    // A support that leads back, from r to q: inverted, and the graph order no longer topological.
    ArgumentGraph back = forward.supports("r", "q").build();
    Analysis b = new Analysis(back);
    assertThat(b.supportOrder().isInGraphOrder()).isFalse();
    assertThat(b.relationFlaws().inverted()).containsExactly(bruteInverted(back));
    assertThat(bruteInverted(back)).hasSize(1);

    // Every support forward, but a recommendation listed before the premise it supports.
    ArgumentGraph unordered =
        ArgumentGraph.builder()
            .recommendation("r", "R.")
            .premise("p", "P.")
            .problem("q", "Q.")
            .supports("r", "p")
            .supports("p", "q")
            .build();
    Analysis c = new Analysis(unordered);
    assertThat(c.supportOrder().isInGraphOrder()).isTrue();
    assertThat(c.relationFlaws().inverted()).containsExactly(0);
  }

  @ParameterizedTest
  @MethodSource("graphs")
  void relationChecks_eachAloneFindWhatTheyFindTogether(ArgumentGraph g) {
    Report together = Checks.standard().run(g);
    for (String code : RELATION_CODES) {
      assertThat(only(code).run(g).findings()).isEqualTo(together.findings(code));
    }
    Checks.Builder two = Checks.builder();
    for (String other : Checks.builtInCodes().keySet()) {
      if (!other.equals(CheckCodes.SELF_ATTACK)
          && !other.equals(CheckCodes.CONTRADICTORY_RELATIONS)) {
        two.disable(other);
      }
    }
    List<Finding> both = new ArrayList<>(together.findings(CheckCodes.CONTRADICTORY_RELATIONS));
    both.addAll(together.findings(CheckCodes.SELF_ATTACK));
    assertThat(two.build().run(g).findings()).isEqualTo(both);
  }

  @Test
  void relationChecks_eachAloneOnASelfAttackThatIsAlsoContradictory() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .problem("q", "Policy has failed.")
            .supports("q", "q")
            .attacks("q", "q")
            .build();

    assertThat(only(CheckCodes.SELF_ATTACK).run(g).findings())
        .extracting(Finding::code, Finding::nodes, Finding::relations)
        .containsExactly(
            tuple(CheckCodes.SELF_ATTACK, List.of("q"), List.of(Relation.attack("q", "q"))));
    assertThat(only(CheckCodes.CONTRADICTORY_RELATIONS).run(g).findings())
        .extracting(Finding::code, Finding::nodes, Finding::relations)
        .containsExactly(
            tuple(
                CheckCodes.CONTRADICTORY_RELATIONS,
                List.of("q"),
                List.of(Relation.support("q", "q"), Relation.attack("q", "q"))));
    assertThat(only(CheckCodes.INVERTED_SUPPORT).run(g).findings()).isEmpty();
  }

  static Stream<ArgumentGraph> graphs() {
    Stream<ArgumentGraph> small = RandomGraphs.seeds(150).map(RandomGraphs::graph);
    // Denser graphs, with hubs past the scan limit and many self-relations.
    Stream<ArgumentGraph> dense =
        Stream.of(11L, 12L, 13L).map(seed -> RandomGraphs.graph(new Random(seed), 12, 20));
    // Past one and several words of 64 nodes of the rank bits, and with nodes without attacks in
    // a row before, between and after the attacking ones.
    Stream<ArgumentGraph> large =
        Stream.of(21L, 22L, 23L, 24L)
            .map(seed -> RandomGraphs.graph(new Random(seed), 63 + 7 * seed.intValue(), 1));
    // The nodes in rank order, with every support, or with only the supports that lead forward.
    Stream<ArgumentGraph> ranked =
        RandomGraphs.seeds(40)
            .flatMap(
                seed ->
                    Stream.of(
                        rankOrdered(RandomGraphs.graph(seed), false),
                        rankOrdered(RandomGraphs.graph(seed), true)));
    return Stream.concat(Stream.concat(Stream.concat(small, dense), large), ranked);
  }

  /**
   * The graph with its nodes in rank order; without the supports that would lead back, if asked.
   */
  private static ArgumentGraph rankOrdered(ArgumentGraph g, boolean forwardOnly) {
    List<io.argraph.core.model.Node> nodes = new ArrayList<>(g.nodes());
    nodes.sort(java.util.Comparator.comparingInt(node -> rankOf(node.kind())));
    java.util.Map<String, Integer> position = new java.util.HashMap<>();
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (io.argraph.core.model.Node node : nodes) {
      position.put(node.id(), position.size());
      b.node(node);
    }
    for (Relation r : g.relations()) {
      boolean back = position.get(r.from()) >= position.get(r.to());
      if (r.type() == RelationType.ATTACK || !forwardOnly || !back) {
        b.relation(r);
      }
    }
    return b.build();
  }

  private static int rankOf(io.argraph.core.model.NodeKind kind) {
    return switch (kind) {
      case PREMISE -> 0;
      case PROBLEM -> 1;
      case RECOMMENDATION -> 2;
    };
  }

  private static Checks only(String code) {
    Checks.Builder b = Checks.builder();
    for (String other : Checks.builtInCodes().keySet()) {
      if (!other.equals(code)) {
        b.disable(other);
      }
    }
    return b.build();
  }

  /** For each node in graph order, its attacks in graph order that have a support beside them. */
  private static int[] bruteContradictory(ArgumentGraph g) {
    List<Relation> rels = g.relations();
    List<Integer> out = new ArrayList<>();
    for (int u = 0; u < g.nodes().size(); u++) {
      for (int a = 0; a < rels.size(); a++) {
        Relation attack = rels.get(a);
        if (attack.type() != RelationType.ATTACK || g.indexOf(attack.from()) != u) {
          continue;
        }
        for (int s = 0; s < rels.size(); s++) {
          Relation support = rels.get(s);
          if (support.type() == RelationType.SUPPORT
              && support.from().equals(attack.from())
              && support.to().equals(attack.to())) {
            out.addAll(List.of(u, g.indexOf(attack.to()), s, a));
          }
        }
      }
    }
    return toArray(out);
  }

  private static int[] bruteInverted(ArgumentGraph g) {
    Analysis a = new Analysis(g);
    List<Relation> rels = g.relations();
    return IntStream.range(0, rels.size())
        .filter(r -> rels.get(r).type() == RelationType.SUPPORT)
        .filter(r -> a.rank(g.indexOf(rels.get(r).to())) < a.rank(g.indexOf(rels.get(r).from())))
        .toArray();
  }

  private static int[] bruteSelfAttacks(ArgumentGraph g) {
    List<Relation> rels = g.relations();
    return IntStream.range(0, rels.size())
        .filter(r -> rels.get(r).type() == RelationType.ATTACK)
        .filter(r -> rels.get(r).from().equals(rels.get(r).to()))
        .toArray();
  }

  private static int[] toArray(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
