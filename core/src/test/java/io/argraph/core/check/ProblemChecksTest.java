package io.argraph.core.check;

import static io.argraph.core.check.CheckTesting.codes;
import static io.argraph.core.check.CheckTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemChecksTest {

  @Test
  void unsupportedProblem_firesOnProblemWithRelationsButNoSupport() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .recommendation("r", "Change course.")
            .supports("p", "r")
            .supports("q", "r")
            .build();

    assertThat(Checks.standard().run(g).findings())
        .containsExactly(
            Finding.of(
                "unsupported-problem",
                Severity.WARNING,
                "problem \"q\" (Policy has failed.) has no support; add a support to it from a"
                    + " premise that shows it is real",
                List.of("q")));
  }

  @Test
  void unsupportedProblem_doesNotFireWhenAPremiseSupportsIt() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .recommendation("r", "Change course.")
            .supports("p", "q")
            .supports("q", "r")
            .build();

    assertThat(findings(g, CheckCodes.UNSUPPORTED_PROBLEM)).isEmpty();
  }

  @Test
  void unsupportedProblem_doesNotFireOnAnIsolatedProblem() {
    ArgumentGraph g = ArgumentGraph.builder().problem("q", "Policy has failed.").build();

    assertThat(codes(g)).containsExactly("isolated-node");
  }

  @Test
  void unaddressedProblem_firesWhenNoSupportLeadsOnToARecommendation() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .supports("p", "q")
            .build();

    assertThat(Checks.standard().run(g).findings())
        .containsExactly(
            Finding.of(
                "unaddressed-problem",
                Severity.WARNING,
                "no recommendation can be reached along supports from problem \"q\" (Policy has"
                    + " failed.); let it support a recommendation that addresses it",
                List.of("q")));
  }

  @Test
  void unaddressedProblem_doesNotFireWhenARecommendationIsReachedThroughAnotherProblem() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q1", "Policy has failed.")
            .problem("q2", "Trust is low.")
            .recommendation("r", "Change course.")
            .supports("p", "q1")
            .supports("q1", "q2")
            .supports("q2", "r")
            .build();

    assertThat(Checks.standard().run(g).findings()).isEmpty();
  }

  @Test
  void unaddressedProblem_anAttackOnARecommendationDoesNotAddressIt() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .recommendation("r", "Change course.")
            .supports("p", "q")
            .supports("p", "r")
            .attacks("q", "r")
            .build();

    assertThat(findings(g, CheckCodes.UNADDRESSED_PROBLEM))
        .extracting(Finding::nodes)
        .containsExactly(List.of("q"));
  }

  @Test
  void unaddressedProblem_firesOnAProblemThatOnlySupportsItself() {
    ArgumentGraph g =
        ArgumentGraph.builder().problem("q", "Policy has failed.").supports("q", "q").build();

    assertThat(codes(g)).containsExactly("support-cycle", "unaddressed-problem");
  }
}
