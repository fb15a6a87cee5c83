package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.RelationType;
import io.argraph.core.testing.RandomGraphs;
import org.junit.jupiter.api.Test;

/** The checks finish on a large graph; speed is measured by the benchmarks, not here. */
class ChecksLargeGraphTest {

  @Test
  void run_onTwoHundredThousandNodesAndSixHundredThousandRelations() {
    ArgumentGraph g = RandomGraphs.large(200_000, 600_000, 42);

    Report report = Checks.standard().run(g);

    // With three supports per node on average, almost every node lies on one giant cycle.
    assertThat(report.findings(CheckCodes.SUPPORT_CYCLE)).isNotEmpty();
    assertThat(report.findings(CheckCodes.SUPPORT_CYCLE).get(0).nodes().size())
        .isGreaterThan(100_000);
    long unsupported =
        g.nodes(NodeKind.RECOMMENDATION).stream()
            .filter(r -> g.incoming(r.id(), RelationType.SUPPORT).isEmpty())
            .count();
    assertThat(report.findings(CheckCodes.UNSUPPORTED_RECOMMENDATION)).hasSize((int) unsupported);
    assertThat(report.findings(CheckCodes.DUPLICATE_TEXT)).isEmpty();
    assertThat(report.findings().size()).isLessThan(g.nodeCount() + g.relationCount());
    assertThat(report.hasErrors()).isTrue();
  }
}
