package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.semantics.SupportReading;
import io.argraph.core.testing.RandomGraphs;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SemanticChecksTest {

  private static List<Finding> run(Check check, ArgumentGraph g) {
    return check.check(g);
  }

  @Test
  void defeated_byAStandingAttacker() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "P")
            .premise("c", "Counter")
            .recommendation("r", "R")
            .supports("p", "r")
            .attacks("c", "r")
            .build();

    assertThat(run(SemanticChecks.defeatedRecommendation(), g))
        .containsExactly(
            Finding.of(
                "defeated-recommendation",
                Severity.WARNING,
                "recommendation \"r\" (R) is defeated under the evidential reading: it is attacked by c,"
                    + " which stands; answer that attack or withdraw r",
                List.of("r")));
    assertThat(run(SemanticChecks.undecidedRecommendation(), g)).isEmpty();
  }

  @Test
  void defeated_becauseEverySupporterFalls() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "P")
            .premise("q", "Q")
            .premise("c", "Counter")
            .recommendation("r", "R")
            .supports("p", "r")
            .supports("q", "r")
            .attacks("c", "p")
            .attacks("c", "q")
            .build();

    assertThat(run(SemanticChecks.defeatedRecommendation(SupportReading.EVIDENTIAL), g))
        .extracting(Finding::message)
        .containsExactly(
            "recommendation \"r\" (R) is defeated under the evidential reading: every supporter is OUT"
                + " (p, q); support it with a claim that stands or withdraw r");
  }

  @Test
  void undecided_behindAnAttackCycle() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "P")
            .premise("q", "Q")
            .recommendation("r", "R")
            .attacks("p", "q")
            .attacks("q", "p")
            .supports("p", "r")
            .build();

    assertThat(run(SemanticChecks.undecidedRecommendation(), g))
        .containsExactly(
            Finding.of(
                "undecided-recommendation",
                Severity.INFO,
                "recommendation \"r\" (R) is undecided under the evidential reading: it rests on claims"
                    + " caught in an unresolved cycle; settle that conflict to decide it (the"
                    + " explanation of r names the cycle)",
                List.of("r")));
    assertThat(run(SemanticChecks.defeatedRecommendation(), g)).isEmpty();
  }

  @Test
  void cascade_unsupportedAndUngroundedRecommendationsAreLeftToTheirOwnChecks() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .recommendation("alone", "No support at all")
            .problem("floating", "A problem nothing supports")
            .recommendation("ungrounded", "Supported, but not from a premise")
            .recommendation("circular", "Supports itself")
            .premise("p", "P")
            .supports("floating", "ungrounded")
            .supports("circular", "circular")
            .attacks("p", "circular")
            .build();

    assertThat(run(SemanticChecks.defeatedRecommendation(), g)).isEmpty();
    assertThat(run(SemanticChecks.undecidedRecommendation(), g)).isEmpty();
  }

  @Test
  void reading_isConfigurable() {
    // c attacks p, which supports r: under NONE nothing attacks r; under NECESSARY the secondary
    // attack c -> r defeats it.
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "P")
            .premise("c", "Counter")
            .recommendation("r", "R")
            .supports("p", "r")
            .attacks("c", "p")
            .build();

    assertThat(run(SemanticChecks.defeatedRecommendation(SupportReading.NONE), g)).isEmpty();
    assertThat(run(SemanticChecks.defeatedRecommendation(SupportReading.NECESSARY), g))
        .extracting(Finding::message)
        .containsExactly(
            "recommendation \"r\" (R) is defeated under the necessary reading: it is attacked by c, which"
                + " stands; answer that attack or withdraw r");
    assertThat(run(SemanticChecks.undecidedRecommendation(SupportReading.NONE), g)).isEmpty();
  }

  @Test
  void report_ordersSemanticFindingsLikeAnyOther() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .id("brief")
            .premise("p", "P")
            .premise("q", "Q")
            .premise("c", "Counter")
            .recommendation("r1", "R1")
            .recommendation("r2", "R2")
            .attacks("p", "q")
            .attacks("q", "p")
            .supports("p", "r1")
            .supports("c", "r2")
            .attacks("c", "r2")
            .build();
    List<Finding> findings = new java.util.ArrayList<>();
    findings.addAll(run(SemanticChecks.undecidedRecommendation(), g));
    findings.addAll(run(SemanticChecks.defeatedRecommendation(), g));

    Report report = Report.of(g, findings);

    assertThat(report.findings())
        .extracting(Finding::code)
        .containsExactly("defeated-recommendation", "undecided-recommendation");
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings("undecided-recommendation")).hasSize(1);
    assertThat(report.findings(Severity.WARNING).get(0).nodes()).containsExactly("r2");
  }

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(100);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void findings_nameOneGroundedSupportedRecommendationEach(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    for (SupportReading reading : SupportReading.values()) {
      for (Check check :
          List.of(
              SemanticChecks.defeatedRecommendation(reading),
              SemanticChecks.undecidedRecommendation(reading))) {
        for (Finding f : check.check(g)) {
          assertThat(f.nodes()).hasSize(1);
          String id = f.nodes().get(0);
          assertThat(g.node(id).orElseThrow().kind())
              .isEqualTo(io.argraph.core.model.NodeKind.RECOMMENDATION);
          assertThat(g.supporters(id)).isNotEmpty();
          assertThat(f.message()).startsWith("recommendation \"" + id + "\" (");
        }
      }
    }
  }
}
