package io.argraph.examples;

import io.argraph.core.check.Checks;
import io.argraph.core.check.Report;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.io.dot.DotExporter;

/**
 * The README's snippet: a small argument built in code, checked, and exported to DOT.
 *
 * @since 0.1.0
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * What the example produces.
   *
   * @param graph the small argument
   * @param report the standard checks' report on it
   * @param dot its Graphviz DOT text
   */
  public record Example(ArgumentGraph graph, Report report, String dot) {}

  /**
   * Builds the small example graph, checks it, and exports it to DOT.
   *
   * @return the graph, its report and its DOT
   */
  public static Example run() {
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

    Report report = Checks.standard().run(graph); // unsupported recommendations, cycles, ...
    System.out.print(report.toText());
    String dot = DotExporter.create().toString(graph); // for Graphviz: dot -Tsvg
    // README-SNIPPET-END
    return new Example(graph, report, dot);
  }

  /**
   * Runs the example and prints the graph.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ArgumentGraph graph = run().graph();
    System.out.println(graph);
    graph
        .nodes()
        .forEach(n -> System.out.println("  " + n.kind() + " " + n.id() + ": " + n.text()));
    graph.relations().forEach(r -> System.out.println("  " + r));
  }
}
