package io.argraph.core.check;

import static io.argraph.core.check.CheckTesting.codes;
import static io.argraph.core.check.CheckTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationChecksTest {

  @Test
  void unsupportedRecommendation_firesOnRecommendationWithOnlyAnAttack() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .recommendation("r3", "End the militarised approach.")
            .attacks("p", "r3")
            .build();

    assertThat(findings(g, CheckCodes.UNSUPPORTED_RECOMMENDATION))
        .containsExactly(
            new Finding(
                "unsupported-recommendation",
                Severity.ERROR,
                "recommendation \"r3\" (End the militarised appro…) has no support; add a support"
                    + " to it from the problem it solves or the evidence for it",
                List.of("r3"),
                List.of()));
  }

  @Test
  void unsupportedRecommendation_doesNotFireOnceAnyNodeSupportsIt() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .recommendation("r", "Change course.")
            .attacks("p", "r")
            .supports("p", "r")
            .build();

    assertThat(findings(g, CheckCodes.UNSUPPORTED_RECOMMENDATION)).isEmpty();
  }

  @Test
  void unsupportedRecommendation_supportFromARecommendationCounts() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .recommendation("r1", "Change course.")
            .recommendation("r2", "Fund treatment.")
            .supports("p", "r1")
            .supports("r1", "r2")
            .build();

    assertThat(findings(g, CheckCodes.UNSUPPORTED_RECOMMENDATION)).isEmpty();
    assertThat(findings(g, CheckCodes.UNGROUNDED_RECOMMENDATION)).isEmpty();
  }

  @Test
  void ungroundedRecommendation_firesWhenOnlyAnUnsupportedProblemSupportsIt() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .problem("q", "Policy has failed.")
            .recommendation("r", "Change course.")
            .supports("q", "r")
            .build();

    assertThat(findings(g, CheckCodes.UNGROUNDED_RECOMMENDATION))
        .containsExactly(
            Finding.of(
                "ungrounded-recommendation",
                Severity.ERROR,
                "recommendation \"r\" (Change course.) is supported, but no chain of supports"
                    + " leads to it from a premise; support what it rests on with a premise",
                List.of("r")));
    assertThat(codes(g)).containsExactly("ungrounded-recommendation", "unsupported-problem");
  }

  @Test
  void ungroundedRecommendation_firesWhenSupportedOnlyThroughACycleOfProblems() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .problem("q1", "Trade is stalled.")
            .problem("q2", "Growth is weak.")
            .recommendation("r", "Change course.")
            .supports("q1", "q2")
            .supports("q2", "q1")
            .supports("q2", "r")
            .build();

    assertThat(codes(g)).containsExactly("support-cycle", "ungrounded-recommendation");
    assertThat(findings(g, CheckCodes.UNGROUNDED_RECOMMENDATION).get(0).nodes())
        .containsExactly("r");
    assertThat(findings(g, CheckCodes.SUPPORT_CYCLE).get(0).nodes()).containsExactly("q1", "q2");
  }

  @Test
  void ungroundedRecommendation_firesWhenTheChainIsTwoHopsFromNothing() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q1", "Trade is stalled.")
            .problem("q2", "Growth is weak.")
            .recommendation("r", "Change course.")
            .supports("q1", "q2")
            .supports("q2", "r")
            .attacks("p", "q1")
            .build();

    assertThat(findings(g, CheckCodes.UNGROUNDED_RECOMMENDATION))
        .extracting(Finding::nodes)
        .containsExactly(List.of("r"));
  }

  @Test
  void ungroundedRecommendation_doesNotFireWhenAChainLeadsFromAPremise() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q1", "Trade is stalled.")
            .problem("q2", "Growth is weak.")
            .recommendation("r", "Change course.")
            .supports("q1", "q2")
            .supports("q2", "q1")
            .supports("q2", "r")
            .supports("p", "q1")
            .build();

    assertThat(findings(g, CheckCodes.UNGROUNDED_RECOMMENDATION)).isEmpty();
    assertThat(codes(g)).containsExactly("support-cycle");
  }

  @Test
  void ungroundedRecommendation_doesNotFireOnAnUnsupportedRecommendation() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .problem("q", "Policy has failed.")
            .recommendation("r", "Change course.")
            .attacks("q", "r")
            .build();

    assertThat(findings(g, CheckCodes.UNGROUNDED_RECOMMENDATION)).isEmpty();
    assertThat(findings(g, CheckCodes.UNSUPPORTED_RECOMMENDATION)).hasSize(1);
  }

  @Test
  void unmotivatedRecommendation_firesWhenOnlyPremisesSupportIt() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .recommendation("r", "Change course.")
            .supports("p", "r")
            .build();

    assertThat(Checks.standard().run(g).findings())
        .containsExactly(
            Finding.of(
                "unmotivated-recommendation",
                Severity.WARNING,
                "recommendation \"r\" (Change course.) cannot be reached along supports from any"
                    + " problem; support it from the problem it addresses",
                List.of("r")));
  }

  @Test
  void unmotivatedRecommendation_doesNotFireWhenAProblemLeadsToItTransitively() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .recommendation("r1", "Change course.")
            .recommendation("r2", "Fund treatment.")
            .supports("p", "q")
            .supports("q", "r1")
            .supports("r1", "r2")
            .build();

    assertThat(Checks.standard().run(g).findings()).isEmpty();
  }

  @Test
  void unmotivatedRecommendation_doesNotFireOnARecommendationWithoutSupporters() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .recommendation("r", "Change course.")
            .attacks("p", "r")
            .build();

    assertThat(codes(g)).containsExactly("unsupported-recommendation");
  }

  @Test
  void unmotivatedRecommendation_aProblemDoesNotMotivateItselfWithoutASupport() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .recommendation("r", "Change course.")
            .supports("p", "q")
            .supports("p", "r")
            .attacks("q", "r")
            .build();

    // q attacks r and stands, so r is also defeated.
    assertThat(codes(g))
        .containsExactly(
            "defeated-recommendation", "unaddressed-problem", "unmotivated-recommendation");
  }
}
