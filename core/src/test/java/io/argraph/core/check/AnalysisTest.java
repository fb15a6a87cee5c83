package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import org.junit.jupiter.api.Test;

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
}
