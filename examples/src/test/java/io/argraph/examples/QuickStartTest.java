package io.argraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.NodeKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void run_buildsChecksAndExportsTheSmallExample() {
    QuickStart.Example example = QuickStart.run();
    ArgumentGraph g = example.graph();

    assertThat(g.nodeCount()).isBetween(5, 8);
    assertThat(g.nodes(NodeKind.RECOMMENDATION)).hasSize(2);
    assertThat(g.supporters("strategy-failed")).hasSize(2);
    assertThat(g.attackers("strategy-failed")).extracting(n -> n.id()).containsExactly("it-works");
    assertThat(example.report().isEmpty()).isTrue();
    assertThat(example.dot()).startsWith("digraph ").contains("argid=\"strategy-failed\"");
  }

  @Test
  void main_printsTheGraph() {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(old);
    }

    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("ArgumentGraph{id=drug-policy, title=Counternarcotics in brief, nodes=6")
        .contains("  RECOMMENDATION reduce-demand: Reduce the demand for drugs at home.")
        .contains("  it-works -> strategy-failed (attack)");
  }
}
