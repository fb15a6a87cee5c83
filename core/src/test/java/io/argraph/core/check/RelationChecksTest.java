package io.argraph.core.check;

import static io.argraph.core.check.CheckTesting.codes;
import static io.argraph.core.check.CheckTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.testing.RandomGraphs;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RelationChecksTest {

  @Test
  void contradictoryRelations_firesOnSupportAndAttackOfTheSamePairNamingBoth() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .supports("p", "q")
            .attacks("p", "q")
            .build();

    assertThat(findings(g, CheckCodes.CONTRADICTORY_RELATIONS))
        .containsExactly(
            new Finding(
                "contradictory-relations",
                Severity.ERROR,
                "\"p\" (Drug flows persist.) both supports and attacks \"q\" (Policy has failed.);"
                    + " remove the relation you do not mean",
                List.of("p", "q"),
                List.of(Relation.support("p", "q"), Relation.attack("p", "q"))));
  }

  @Test
  void contradictoryRelations_findsThePairsOfANodeWithManySupportsAndAttacks() {
    // 12 supports times 12 attacks is past the scan limit: the hub's supports are stamped, while
    // "k" (one of each) scans its support.
    ArgumentGraph.Builder b = ArgumentGraph.builder().premise("h", "Hub claim.");
    for (int i = 0; i < 18; i++) {
      b.problem("n" + i, "Problem " + i + ".");
    }
    b.premise("k", "Other claim.");
    for (int i = 0; i < 12; i++) {
      b.supports("h", "n" + i);
    }
    b.supports("k", "n3").attacks("k", "n3");
    for (int i = 6; i < 18; i++) {
      b.attacks("h", "n" + i);
    }
    ArgumentGraph g = b.build();

    List<Finding> found = findings(g, CheckCodes.CONTRADICTORY_RELATIONS);

    assertThat(found)
        .extracting(Finding::relations)
        .containsExactly(
            List.of(Relation.support("h", "n6"), Relation.attack("h", "n6")),
            List.of(Relation.support("h", "n7"), Relation.attack("h", "n7")),
            List.of(Relation.support("h", "n8"), Relation.attack("h", "n8")),
            List.of(Relation.support("h", "n9"), Relation.attack("h", "n9")),
            List.of(Relation.support("h", "n10"), Relation.attack("h", "n10")),
            List.of(Relation.support("h", "n11"), Relation.attack("h", "n11")),
            List.of(Relation.support("k", "n3"), Relation.attack("k", "n3")));
    assertThat(found.get(6).nodes()).containsExactly("n3", "k");
    assertThat(found.get(0).message())
        .isEqualTo(
            "\"h\" (Hub claim.) both supports and attacks \"n6\" (Problem 6.); remove the relation"
                + " you do not mean");
  }

  @Test
  void contradictoryRelations_doesNotFireOnOppositeDirections() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .supports("q", "p")
            .attacks("p", "q")
            .build();

    assertThat(findings(g, CheckCodes.CONTRADICTORY_RELATIONS)).isEmpty();
  }

  @Test
  void contradictoryRelations_oneFindingPerOrderedPair() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "Drug flows persist.")
            .premise("b", "Exports rose.")
            .supports("a", "b")
            .attacks("a", "b")
            .supports("b", "a")
            .attacks("b", "a")
            .build();

    assertThat(findings(g, CheckCodes.CONTRADICTORY_RELATIONS))
        .extracting(Finding::relations)
        .containsExactly(
            List.of(Relation.support("a", "b"), Relation.attack("a", "b")),
            List.of(Relation.support("b", "a"), Relation.attack("b", "a")));
  }

  @Test
  void contradictoryRelations_listsNodesAndRelationsInGraphOrder() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "Drug flows persist.")
            .premise("b", "Exports rose.")
            .attacks("b", "a")
            .supports("b", "a")
            .build();

    Finding f = findings(g, CheckCodes.CONTRADICTORY_RELATIONS).get(0);

    assertThat(f.nodes()).containsExactly("a", "b");
    assertThat(f.relations())
        .containsExactly(Relation.attack("b", "a"), Relation.support("b", "a"));
    assertThat(f.message())
        .isEqualTo(
            "\"b\" (Exports rose.) both supports and attacks \"a\" (Drug flows persist.); remove"
                + " the relation you do not mean");
  }

  @Test
  void contradictoryRelations_onANodeAndItself() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .problem("q", "Policy has failed.")
            .supports("q", "q")
            .attacks("q", "q")
            .build();

    assertThat(findings(g, CheckCodes.CONTRADICTORY_RELATIONS))
        .containsExactly(
            new Finding(
                "contradictory-relations",
                Severity.ERROR,
                "\"q\" (Policy has failed.) both supports and attacks itself; remove the relation"
                    + " you do not mean",
                List.of("q"),
                List.of(Relation.support("q", "q"), Relation.attack("q", "q"))));
    assertThat(codes(g))
        .containsExactly(
            "contradictory-relations", "support-cycle", "self-attack", "unaddressed-problem");
  }

  @Test
  void invertedSupport_firesOnARecommendationSupportingAPremise() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .recommendation("r", "Change course.")
            .supports("r", "p")
            .build();

    assertThat(findings(g, CheckCodes.INVERTED_SUPPORT))
        .containsExactly(
            new Finding(
                "inverted-support",
                Severity.WARNING,
                "recommendation \"r\" (Change course.) supports premise \"p\" (Drug flows"
                    + " persist.); support runs from premises to problems to recommendations, so"
                    + " reverse it, or make it an attack if that is what it means",
                List.of("p", "r"),
                List.of(Relation.support("r", "p"))));
  }

  @Test
  void invertedSupport_firesOncePerRelationAgainstTheDirection() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .recommendation("r", "Change course.")
            .supports("r", "q")
            .supports("q", "p")
            .build();

    assertThat(findings(g, CheckCodes.INVERTED_SUPPORT))
        .extracting(Finding::relations)
        .containsExactly(List.of(Relation.support("q", "p")), List.of(Relation.support("r", "q")));
  }

  @Test
  void invertedSupport_doesNotFireAlongOrWithinKinds() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p1", "Drug flows persist.")
            .premise("p2", "Exports rose.")
            .problem("q1", "Policy has failed.")
            .problem("q2", "Trust is low.")
            .recommendation("r1", "Change course.")
            .recommendation("r2", "Fund treatment.")
            .supports("p1", "p2")
            .supports("p2", "q1")
            .supports("q1", "q2")
            .supports("q2", "r1")
            .supports("r1", "r2")
            .supports("p1", "r2")
            .attacks("r2", "p1")
            .build();

    assertThat(findings(g, CheckCodes.INVERTED_SUPPORT)).isEmpty();
  }

  @Test
  void selfAttack_firesOncePerSelfAttack() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .supports("p", "q")
            .attacks("q", "q")
            .build();

    assertThat(findings(g, CheckCodes.SELF_ATTACK))
        .containsExactly(
            new Finding(
                "self-attack",
                Severity.WARNING,
                "problem \"q\" (Policy has failed.) attacks itself; remove that attack, or split"
                    + " the node into the two claims that conflict",
                List.of("q"),
                List.of(Relation.attack("q", "q"))));
  }

  @Test
  void selfAttack_doesNotFireOnAnAttackOnAnotherNode() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .attacks("q", "p")
            .build();

    assertThat(findings(g, CheckCodes.SELF_ATTACK)).isEmpty();
  }

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(80);
  }

  @Test
  void invertedSupport_keepsTheOrderOfTheRelationsForTheSameFirstNode() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Premise.")
            .recommendation("r", "Recommendation.")
            .problem("q", "Problem.")
            .supports("q", "p")
            .supports("r", "p")
            .build();

    assertThat(findings(g, CheckCodes.INVERTED_SUPPORT))
        .extracting(f -> f.relations().get(0))
        .containsExactly(Relation.support("q", "p"), Relation.support("r", "p"));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void invertedSupport_agreesWithAScanOfTheRelationsInOrder(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    List<List<Relation>> expected =
        g.relations().stream()
            .filter(r -> r.type() == RelationType.SUPPORT)
            .filter(r -> rank(g, r.from()) > rank(g, r.to()))
            .sorted(
                Comparator.comparingInt(
                    r -> Math.min(g.indexOf(r.from()), g.indexOf(r.to())))) // stable
            .map(List::of)
            .toList();

    assertThat(Checks.standard().run(g).findings(CheckCodes.INVERTED_SUPPORT))
        .extracting(Finding::relations)
        .containsExactlyElementsOf(expected);
  }

  private static int rank(ArgumentGraph g, String id) {
    NodeKind kind = g.node(id).orElseThrow().kind();
    return kind == NodeKind.PREMISE ? 0 : kind == NodeKind.PROBLEM ? 1 : 2;
  }
}
