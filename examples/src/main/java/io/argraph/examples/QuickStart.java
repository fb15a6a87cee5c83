package io.argraph.examples;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;

/**
 * The README's snippet: a small argument built in code and printed.
 *
 * @since 0.1.0
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Builds the small example graph.
   *
   * @return the graph
   */
  public static ArgumentGraph graph() {
    // README-SNIPPET-START
    ArgumentGraph graph =
        ArgumentGraph.builder()
            .id("drug-policy")
            .title("Counternarcotics in brief")
            .premise("flow-unchanged", "The flow of drugs from Mexico has not fallen.")
            .premise("aid-spent", "The U.S. spent $83 million on Mexican counternarcotics in 1997.")
            .problem("strategy-failed", "The militarised counternarcotics strategy has failed.")
            .recommendation("end-militarised", "End the militarised approach to counternarcotics.")
            .recommendation("reduce-demand", "Reduce the demand for drugs at home.")
            .node(Node.premise("it-works", "Military partnerships curb trafficking.").build())
            .supports("flow-unchanged", "strategy-failed")
            .supports("aid-spent", "strategy-failed")
            .supports("strategy-failed", "end-militarised")
            .supports("strategy-failed", "reduce-demand")
            .attacks("flow-unchanged", "it-works")
            .attacks("it-works", "strategy-failed")
            .build();
    // README-SNIPPET-END
    return graph;
  }

  /**
   * Prints the small example graph.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ArgumentGraph graph = graph();
    System.out.println(graph);
    graph
        .nodes()
        .forEach(n -> System.out.println("  " + n.kind() + " " + n.id() + ": " + n.text()));
    graph.relations().forEach(r -> System.out.println("  " + r));
  }
}
