package io.argraph.core.check;

import static io.argraph.core.check.CheckTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportCycleCheckTest {

  @Test
  void supportCycle_firesOnTwoProblemsSupportingEachOther() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .problem("q1", "Trade is stalled.")
            .problem("q2", "Growth is weak.")
            .supports("q1", "q2")
            .supports("q2", "q1")
            .build();

    assertThat(findings(g, CheckCodes.SUPPORT_CYCLE))
        .containsExactly(
            new Finding(
                "support-cycle",
                Severity.ERROR,
                "2 nodes support each other in a cycle: \"q1\" (Trade is stalled.), \"q2\" (Growth"
                    + " is weak.); remove or reverse one of their supports, since a claim cannot"
                    + " rest on itself",
                List.of("q1", "q2"),
                List.of(Relation.support("q1", "q2"), Relation.support("q2", "q1"))));
  }

  @Test
  void supportCycle_firesOnASelfSupport() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q", "Policy has failed.")
            .supports("p", "q")
            .supports("q", "q")
            .build();

    assertThat(findings(g, CheckCodes.SUPPORT_CYCLE))
        .containsExactly(
            new Finding(
                "support-cycle",
                Severity.ERROR,
                "problem \"q\" (Policy has failed.) supports itself; remove that support, since a"
                    + " claim cannot rest on itself",
                List.of("q"),
                List.of(Relation.support("q", "q"))));
  }

  @Test
  void supportCycle_oneFindingPerStronglyConnectedSetWithItsInnerSupportsOnly() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("c", "Crime rose.")
            .problem("a", "Trade is stalled.")
            .problem("b", "Growth is weak.")
            .supports("p", "a")
            .supports("a", "b")
            .supports("b", "a")
            .supports("a", "c")
            .supports("c", "a")
            .supports("c", "c")
            .attacks("b", "c")
            .build();

    List<Finding> cycles = findings(g, CheckCodes.SUPPORT_CYCLE);

    assertThat(cycles).hasSize(1);
    assertThat(cycles.get(0).nodes()).containsExactly("c", "a", "b");
    assertThat(cycles.get(0).relations())
        .containsExactly(
            Relation.support("a", "b"),
            Relation.support("b", "a"),
            Relation.support("a", "c"),
            Relation.support("c", "a"),
            Relation.support("c", "c"));
  }

  @Test
  void supportCycle_separateCyclesGiveSeparateFindingsInGraphOrder() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .problem("a", "Trade is stalled.")
            .problem("b", "Growth is weak.")
            .problem("c", "Crime rose.")
            .problem("d", "Trust is low.")
            .supports("c", "d")
            .supports("d", "c")
            .supports("a", "b")
            .supports("b", "a")
            .supports("b", "c")
            .build();

    assertThat(findings(g, CheckCodes.SUPPORT_CYCLE))
        .extracting(Finding::nodes)
        .containsExactly(List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void supportCycle_doesNotFireOnADiamondOrWhenAnAttackClosesTheLoop() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Drug flows persist.")
            .problem("q1", "Trade is stalled.")
            .problem("q2", "Growth is weak.")
            .recommendation("r", "Change course.")
            .supports("p", "q1")
            .supports("p", "q2")
            .supports("q1", "r")
            .supports("q2", "r")
            .attacks("r", "p")
            .build();

    // Only the semantics notice the loop through the attack: r undermines its own evidence.
    assertThat(Checks.standard().run(g).findings())
        .extracting(Finding::code)
        .containsExactly("undecided-recommendation");
  }

  @Test
  void supportCycle_aHundredThousandNodeCycleIsOneFindingWithoutOverflowingTheStack() {
    int n = 100_000;
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int i = 0; i < n; i++) {
      b.problem("n" + i, "Claim " + i);
    }
    for (int i = 0; i < n; i++) {
      b.supports("n" + i, "n" + ((i + 1) % n));
    }
    ArgumentGraph g = b.build();

    List<Finding> cycles = findings(g, CheckCodes.SUPPORT_CYCLE);

    assertThat(cycles).hasSize(1);
    Finding f = cycles.get(0);
    assertThat(f.nodes()).hasSize(n).startsWith("n0", "n1").endsWith("n99999");
    assertThat(f.relations()).hasSize(n);
    assertThat(f.message())
        .isEqualTo(
            "100000 nodes support each other in a cycle: \"n0\" (Claim 0), \"n1\" (Claim 1),"
                + " \"n2\" (Claim 2), \"n3\" (Claim 3), \"n4\" (Claim 4), \"n5\" (Claim 5), \"n6\""
                + " (Claim 6), \"n7\" (Claim 7), \"n8\" (Claim 8), \"n9\" (Claim 9) and 99990"
                + " more; remove or reverse one of their supports, since a claim cannot rest on"
                + " itself");
  }

  @Test
  void supportCycle_aHundredThousandNodeChainHasNoCycle() {
    int n = 100_000;
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int i = 0; i < n; i++) {
      b.problem("n" + i, "Claim " + i);
    }
    for (int i = 1; i < n; i++) {
      b.supports("n" + (i - 1), "n" + i);
    }

    assertThat(findings(b.build(), CheckCodes.SUPPORT_CYCLE)).isEmpty();
  }
}
