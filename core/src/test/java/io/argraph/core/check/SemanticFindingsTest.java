package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.semantics.Explainer;
import io.argraph.core.semantics.Explanation;
import io.argraph.core.semantics.Label;
import io.argraph.core.semantics.SupportReading;
import io.argraph.core.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The semantic checks' findings, made a block of recommendations at a time, against messages built
 * one recommendation at a time from each recommendation's {@link Explanation}.
 */
class SemanticFindingsTest {

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(60);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 63, 64, 65, 129})
  void defeated_inBlocksOfAnySize_matchesTheExplanationOfEachRecommendation(int count) {
    ArgumentGraph g = defeatedRecommendations(count, 3);
    Found out = new Found();

    SemanticChecks.defeated(new Analysis(g), Severity.WARNING, out);

    List<Finding> expected = expected(g, SupportReading.EVIDENTIAL, Label.OUT, Severity.WARNING);
    assertThat(expected).hasSize(count);
    assertThat(out.findings()).isEqualTo(expected);
    for (int i = 0; i < out.size(); i++) {
      String id = out.finding(i).nodes().get(0);
      assertThat(g.nodes().get(out.position(i)).id()).isEqualTo(id);
    }
  }

  @ParameterizedTest
  @EnumSource(SupportReading.class)
  void defeated_underEveryReading_matchesTheExplanations(SupportReading reading) {
    ArgumentGraph g = defeatedRecommendations(129, 3);
    Found out = new Found();

    SemanticChecks.defeated(new Analysis(g, reading), Severity.INFO, out);

    assertThat(out.findings()).isEqualTo(expected(g, reading, Label.OUT, Severity.INFO));
    // The even ones are attacked by a premise under every reading; under the evidential one the odd
    // ones fall with their supporters.
    assertThat(out.size()).isBetween(65, 129);
    if (reading == SupportReading.EVIDENTIAL) {
      assertThat(out.size()).isEqualTo(129);
    }
  }

  @Test
  void defeated_byEverySupporter_namesThemAllInGraphOrder() {
    ArgumentGraph g = defeatedRecommendations(2, 3);

    List<Finding> found = SemanticChecks.defeatedRecommendation().check(g);

    assertThat(found)
        .extracting(Finding::message)
        .containsExactly(
            "recommendation \"r0\" (Recommendation number 0 s…) is defeated under the evidential"
                + " reading: it is attacked by c0, which stands; answer that attack or withdraw r0",
            "recommendation \"r1\" (Recommendation number 1 s…) is defeated under the evidential"
                + " reading: every supporter is OUT (s1-0, s1-1, s1-2); support it with a claim that"
                + " stands or withdraw r1");
  }

  @Test
  void defeated_withMoreSupportersInABlockThanFirstRoomFor_namesEveryOne() {
    // 129 recommendations, half of them defeated through 40 supporters each: the blocks name far
    // more nodes than they have room for at first.
    ArgumentGraph g = defeatedRecommendations(129, 40);
    Found out = new Found();

    SemanticChecks.defeated(new Analysis(g), Severity.WARNING, out);

    assertThat(out.findings())
        .isEqualTo(expected(g, SupportReading.EVIDENTIAL, Label.OUT, Severity.WARNING));
    assertThat(out.finding(127).message()).contains("(s127-0, s127-1, ").endsWith("withdraw r127");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 63, 64, 65, 129})
  void undecided_inBlocksOfAnySize_matchesTheMessageOfEachRecommendation(int count) {
    ArgumentGraph g = undecidedRecommendations(count);
    Found out = new Found();

    SemanticChecks.undecided(new Analysis(g), Severity.INFO, out);

    List<Finding> expected = expected(g, SupportReading.EVIDENTIAL, Label.UNDEC, Severity.INFO);
    assertThat(expected).hasSize(count);
    assertThat(out.findings()).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(SupportReading.class)
  void undecided_underEveryReading_matchesTheMessageOfEachRecommendation(SupportReading reading) {
    ArgumentGraph g = undecidedRecommendations(65);
    Found out = new Found();

    SemanticChecks.undecided(new Analysis(g, reading), Severity.WARNING, out);

    assertThat(out.findings()).isEqualTo(expected(g, reading, Label.UNDEC, Severity.WARNING));
    assertThat(out.size()).isEqualTo(65);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void findings_onRandomGraphs_matchTheExplanationsUnderEveryReading(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    for (SupportReading reading : SupportReading.values()) {
      Found defeated = new Found();
      Found undecided = new Found();
      Analysis analysis = new Analysis(g, reading);

      SemanticChecks.defeated(analysis, Severity.WARNING, defeated);
      SemanticChecks.undecided(analysis, Severity.INFO, undecided);

      assertThat(defeated.findings()).isEqualTo(expected(g, reading, Label.OUT, Severity.WARNING));
      assertThat(undecided.findings()).isEqualTo(expected(g, reading, Label.UNDEC, Severity.INFO));
    }
  }

  /**
   * {@code count} recommendations OUT under the evidential reading, between recommendations that
   * stand: the even ones attacked by a premise, the odd ones supported only by {@code supporters}
   * premises that a premise attacks.
   */
  private static ArgumentGraph defeatedRecommendations(int count, int supporters) {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    b.premise("p", "A premise that stands.");
    for (int i = 0; i < count; i++) {
      b.recommendation("r" + i, "Recommendation number " + i + " says  what to do.");
      b.recommendation("ok" + i, "Standing recommendation " + i);
      b.supports("p", "ok" + i);
      if (i % 2 == 0) {
        b.premise("c" + i, "Counter " + i);
        b.supports("p", "r" + i);
        b.attacks("c" + i, "r" + i);
      } else {
        b.premise("a" + i, "Attacker of the supporters of " + i);
        for (int k = 0; k < supporters; k++) {
          String s = "s" + i + "-" + k;
          b.premise(s, "Supporter " + k + " of " + i);
          b.supports(s, "r" + i);
          b.attacks("a" + i, s);
        }
      }
    }
    return b.build();
  }

  /** {@code count} recommendations UNDEC under every reading, each behind its own attack cycle. */
  private static ArgumentGraph undecidedRecommendations(int count) {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    b.premise("base", "A premise that stands.");
    for (int i = 0; i < count; i++) {
      b.premise("p" + i, "One side " + i);
      b.premise("q" + i, "The other side " + i);
      b.recommendation("ok" + i, "Standing");
      b.recommendation("r" + i, "Recommendation 🙂 number " + i + " rests on a conflict.");
      b.attacks("p" + i, "q" + i);
      b.attacks("q" + i, "p" + i);
      b.supports("base", "ok" + i);
      b.supports("p" + i, "r" + i);
      b.attacks("q" + i, "r" + i);
    }
    return b.build();
  }

  /** The findings built one recommendation at a time from the explainer of the reading. */
  private static List<Finding> expected(
      ArgumentGraph g, SupportReading reading, Label wanted, Severity severity) {
    Explainer explainer = Explainer.of(g, reading);
    Analysis cascade = new Analysis(g, reading);
    List<Finding> findings = new ArrayList<>();
    for (int v = 0; v < g.nodes().size(); v++) {
      Node node = g.nodes().get(v);
      if (node.kind() != NodeKind.RECOMMENDATION
          || !cascade.isSupportedAndGrounded(v)
          || explainer.labelling().label(node.id()) != wanted) {
        continue;
      }
      String head = "recommendation " + Names.node(node) + " is ";
      String message =
          wanted == Label.OUT
              ? head
                  + "defeated under the "
                  + reading.label()
                  + " reading: "
                  + reason(explainer, node)
              : head
                  + "undecided under the "
                  + reading.label()
                  + " reading: it rests on claims caught in an unresolved cycle; settle that"
                  + " conflict to decide it (the explanation of "
                  + node.id()
                  + " names the cycle)";
      String code =
          wanted == Label.OUT
              ? CheckCodes.DEFEATED_RECOMMENDATION
              : CheckCodes.UNDECIDED_RECOMMENDATION;
      findings.add(Finding.of(code, severity, message, List.of(node.id())));
    }
    return findings;
  }

  private static String reason(Explainer explainer, Node node) {
    Explanation why = explainer.explain(node.id());
    if (why.reason() == Explanation.Reason.ATTACKER_IN) {
      return String.format(
          "it is attacked by %s, which stands; answer that attack or withdraw %s",
          why.attackers().get(0), node.id());
    }
    assertThat(why.reason()).isEqualTo(Explanation.Reason.NO_SUPPORTER_STANDS);
    return String.format(
        "every supporter is OUT (%s); support it with a claim that stands or withdraw %s",
        String.join(", ", why.supporters()), node.id());
  }
}
