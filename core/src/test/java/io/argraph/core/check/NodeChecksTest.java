package io.argraph.core.check;

import static io.argraph.core.check.CheckTesting.codes;
import static io.argraph.core.check.CheckTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.argraph.core.model.ArgumentGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeChecksTest {

  @Test
  void isolatedNode_firesOnANodeWithoutRelations() {
    ArgumentGraph g = ArgumentGraph.builder().premise("p7", "Remittances grew.").build();

    assertThat(Checks.standard().run(g).findings())
        .containsExactly(
            Finding.of(
                "isolated-node",
                Severity.WARNING,
                "premise \"p7\" (Remittances grew.) has no relations; connect it with a support or"
                    + " an attack, or remove it",
                List.of("p7")));
  }

  @Test
  void isolatedNode_doesNotFireOnANodeWhoseOnlyRelationIsASelfAttack() {
    ArgumentGraph g =
        ArgumentGraph.builder().premise("p", "Remittances grew.").attacks("p", "p").build();

    assertThat(codes(g)).containsExactly("self-attack");
  }

  @Test
  void isolatedNode_doesNotFireOnTheTargetOfAnAttack() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p1", "Remittances grew.")
            .premise("p2", "Exports rose.")
            .attacks("p1", "p2")
            .build();

    assertThat(findings(g, CheckCodes.ISOLATED_NODE)).isEmpty();
  }

  @Test
  void cascade_isolatedRecommendationGetsIsolatedNodeAndUnsupportedRecommendationOnly() {
    ArgumentGraph g = ArgumentGraph.builder().recommendation("r", "Change course.").build();

    assertThat(codes(g)).containsExactly("unsupported-recommendation", "isolated-node");
  }

  @Test
  void cascade_isolatedNodesGetNoOtherFindingExceptDuplicateText() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Same words.")
            .problem("q", "same  WORDS.")
            .recommendation("r", "Same words.")
            .build();

    assertThat(Checks.standard().run(g).findings())
        .extracting(Finding::code, Finding::nodes)
        .containsExactly(
            tuple("unsupported-recommendation", List.of("r")),
            tuple("isolated-node", List.of("p")),
            tuple("isolated-node", List.of("q")),
            tuple("isolated-node", List.of("r")),
            tuple("duplicate-text", List.of("p", "q", "r")));
  }

  @Test
  void isolatedNode_firesOnTheFirstAndLastNodesAndOnlyOnThose() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("first", "F.")
            .premise("p", "P.")
            .problem("q", "Q.")
            .premise("self", "S.")
            .recommendation("last", "L.")
            .supports("p", "q")
            .attacks("self", "self")
            .build();

    assertThat(findings(g, CheckCodes.ISOLATED_NODE))
        .extracting(Finding::nodes)
        .containsExactly(List.of("first"), List.of("last"));
  }

  @Test
  void unusedPremise_firesOnAPremiseThatIsOnlyAttacked() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p1", "Remittances grew.")
            .premise("p2", "Exports rose.")
            .attacks("p1", "p2")
            .build();

    assertThat(Checks.standard().run(g).findings())
        .containsExactly(
            Finding.of(
                "unused-premise",
                Severity.INFO,
                "premise \"p2\" (Exports rose.) supports or attacks nothing; relate it to the claim"
                    + " it bears on, or remove it",
                List.of("p2")));
  }

  @Test
  void unusedPremise_doesNotFireOnAPremiseThatAttacks() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p1", "Remittances grew.")
            .premise("p2", "Exports rose.")
            .attacks("p1", "p2")
            .attacks("p2", "p1")
            .build();

    assertThat(findings(g, CheckCodes.UNUSED_PREMISE)).isEmpty();
  }

  @Test
  void unusedPremise_doesNotFireOnAnIsolatedPremise() {
    ArgumentGraph g = ArgumentGraph.builder().premise("p", "Remittances grew.").build();

    assertThat(findings(g, CheckCodes.UNUSED_PREMISE)).isEmpty();
  }
}
