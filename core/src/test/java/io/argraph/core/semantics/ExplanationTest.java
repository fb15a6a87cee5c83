package io.argraph.core.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import io.argraph.core.testing.RandomGraphs;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExplanationTest {

  private static ArgumentGraph brief() {
    return ArgumentGraph.builder()
        .premise("p", "P")
        .premise("counter", "Counter")
        .premise("weak", "Weak")
        .problem("q", "Q")
        .recommendation("r", "R")
        .recommendation("orphan", "O")
        .recommendation("lost", "L")
        .supports("p", "q")
        .supports("q", "r")
        .attacks("counter", "weak")
        .attacks("weak", "p")
        .supports("weak", "lost")
        .build();
  }

  @Test
  void in_premiseNothingAttacks() {
    Explanation e = Explanation.evidential(brief(), "counter");
    assertThat(e.toText()).isEqualTo("counter is IN: it is a premise and nothing attacks it.");
    assertThat(e.label()).isEqualTo(Label.IN);
    assertThat(e.reason()).isEqualTo(Explanation.Reason.ATTACKERS_OUT);
    assertThat(e.attackers()).isEmpty();
  }

  @Test
  void in_premiseWhoseAttackerIsDefeated() {
    Explanation e = Explanation.evidential(brief(), "p");
    assertThat(e.toText())
        .isEqualTo(
            "p is IN: it is a premise and every attacker is OUT (weak), defeated by counter.");
    assertThat(e.attackers()).containsExactly("weak");
    assertThat(e.defenders()).containsExactly("counter");
    assertThat(e.attacks())
        .containsExactly(
            new Attack("weak", "p", AttackKind.DIRECT, List.of(Relation.attack("weak", "p"))));
  }

  @Test
  void in_carriedByASupporter() {
    Explanation e = Explanation.evidential(brief(), "r");
    assertThat(e.toText())
        .isEqualTo("r is IN: it is supported by q, which is IN, and nothing attacks it.");
    assertThat(e.supporters()).containsExactly("q");
    assertThat(e.reading()).isEqualTo(SupportReading.EVIDENTIAL);
  }

  @Test
  void out_attackedByAStandingNode() {
    Explanation e = Explanation.evidential(brief(), "weak");
    assertThat(e.toText()).isEqualTo("weak is OUT: it is attacked by counter, which is IN.");
    assertThat(e.reason()).isEqualTo(Explanation.Reason.ATTACKER_IN);
    assertThat(e.attackers()).containsExactly("counter");
  }

  @Test
  void out_noSupporter() {
    Explanation e = Explanation.evidential(brief(), "orphan");
    assertThat(e.toText()).isEqualTo("orphan is OUT: nothing supports it.");
    assertThat(e.reason()).isEqualTo(Explanation.Reason.NO_SUPPORTER_STANDS);
  }

  @Test
  void out_everySupporterOut() {
    Explanation e = Explanation.evidential(brief(), "lost");
    assertThat(e.toText()).isEqualTo("lost is OUT: every supporter is OUT (weak).");
    assertThat(e.supporters()).containsExactly("weak");
  }

  @Test
  void undec_partOfAndDependingOnACycle() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "P")
            .premise("q", "Q")
            .problem("c", "C")
            .recommendation("r", "R")
            .attacks("p", "q")
            .attacks("q", "p")
            .supports("p", "c")
            .supports("c", "r")
            .build();
    assertThat(Explanation.evidential(g, "q").toText())
        .isEqualTo("q is UNDEC: it is part of an unresolved cycle: p, q.");
    Explanation r = Explanation.evidential(g, "r");
    assertThat(r.toText()).isEqualTo("r is UNDEC: it depends on an unresolved cycle: p, q.");
    assertThat(r.cycle()).containsExactly("p", "q");
    assertThat(r.reason()).isEqualTo(Explanation.Reason.UNRESOLVED_CYCLE);
  }

  @Test
  void undec_supportCycleCountsUnderEvidential() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .problem("a", "A")
            .problem("b", "B")
            .recommendation("r", "R")
            .supports("a", "b")
            .supports("b", "a")
            .supports("b", "r")
            .build();
    assertThat(Explanation.evidential(g, "r").toText())
        .isEqualTo("r is UNDEC: it depends on an unresolved cycle: a, b.");
  }

  @Test
  void flattened_outByDerivedAttackShowsTheChain() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "A")
            .premise("b", "B")
            .premise("c", "C")
            .attacks("a", "c")
            .supports("b", "c")
            .build();
    Explanation e = Explanation.of(g, SupportReading.DEDUCTIVE, "b");
    assertThat(e.toText())
        .isEqualTo(
            "b is OUT: it is attacked by a, which is IN."
                + " Derived: a attacks b (mediated attack: b supports c, a attacks c).");
    assertThat(e.attacks().get(0).chain())
        .containsExactly(Relation.support("b", "c"), Relation.attack("a", "c"));
    assertThat(e.reading()).isEqualTo(SupportReading.DEDUCTIVE);
    assertThat(Explanation.of(g, SupportReading.NONE, "b").toText())
        .isEqualTo("b is IN: nothing attacks it.");
  }

  @Test
  void flattened_inDefendedAgainstADerivedAttack() {
    // Under NECESSARY, x attacks c and c supports d give x attacks d (secondary); y defeats x.
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("y", "Y")
            .premise("x", "X")
            .premise("c", "C")
            .premise("d", "D")
            .attacks("y", "x")
            .attacks("x", "c")
            .supports("c", "d")
            .build();
    assertThat(Explanation.of(g, SupportReading.NECESSARY, "d").toText())
        .isEqualTo(
            "d is IN: every attacker is OUT (x), defeated by y."
                + " Derived: x attacks d (secondary attack: x attacks c, c supports d).");
  }

  @Test
  void framework_undecidedBehindAnOddCycleAndASelfAttack() {
    ArgumentationFramework af =
        SolverTest.af("a b c d s t", "a>b", "b>c", "c>a", "c>d", "s>s", "s>t");
    assertThat(Explanation.grounded(af, "d").toText())
        .isEqualTo("d is UNDEC: it depends on an unresolved cycle: a, b, c.");
    assertThat(Explanation.grounded(af, "s").toText())
        .isEqualTo("s is UNDEC: it is part of an unresolved cycle: s.");
    assertThat(Explanation.grounded(af, "t").cycle()).containsExactly("s");
    assertThat(Explanation.grounded(af, "a").reading()).isEqualTo(SupportReading.NONE);
  }

  @Test
  void framework_nearestCycleIsNamed() {
    // d depends on cycle {b, c} directly and, further back, on the self-attacker a.
    ArgumentationFramework af = SolverTest.af("a b c d", "a>a", "a>b", "b>c", "c>b", "c>d");
    assertThat(Explanation.grounded(af, "d").cycle()).containsExactly("b", "c");
  }

  @Test
  void unknownSubject_isRejected() {
    assertThatThrownBy(() -> Explanation.evidential(brief(), "nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown node \"nope\"; the graph has no node with that id");
    assertThatThrownBy(() -> Explanation.grounded(SolverTest.af("a"), "nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown argument \"nope\"; the framework has no such argument");
  }

  @Test
  void equality_isByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Explanation.evidential(brief(), "r"), Explanation.evidential(brief(), "r"))
        .addEqualityGroup(Explanation.evidential(brief(), "q"))
        .addEqualityGroup(Explanation.of(brief(), SupportReading.NONE, "r"))
        .testEquals();
    assertThat(Explanation.evidential(brief(), "r").toString())
        .isEqualTo(Explanation.evidential(brief(), "r").toText());
  }

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(80);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyNode_underEveryReading_hasAConsistentExplanation(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    for (SupportReading reading : SupportReading.values()) {
      Labelling labels =
          reading.flattens()
              ? Solver.of(ArgumentationFramework.of(g, reading)).grounded()
              : EvidentialLabelling.of(g);
      for (Node node : g.nodes()) {
        Explanation e = Explanation.of(g, reading, node.id());
        assertThat(e.label()).isEqualTo(labels.label(node.id()));
        switch (e.reason()) {
          case ATTACKERS_OUT ->
              assertThat(e.attackers())
                  .allSatisfy(a -> assertThat(labels.label(a)).isEqualTo(Label.OUT));
          case ATTACKER_IN -> assertThat(labels.label(e.attackers().get(0))).isEqualTo(Label.IN);
          case NO_SUPPORTER_STANDS ->
              assertThat(e.supporters())
                  .allSatisfy(s -> assertThat(labels.label(s)).isEqualTo(Label.OUT));
          case UNRESOLVED_CYCLE ->
              assertThat(e.cycle())
                  .isNotEmpty()
                  .allSatisfy(c -> assertThat(labels.label(c)).isEqualTo(Label.UNDEC));
        }
      }
    }
  }
}
