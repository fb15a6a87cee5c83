package io.argraph.io.testing;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import io.argraph.core.model.SourceDocument;

/** Small hand-made graphs for golden files. */
public final class SmallGraphs {
  private SmallGraphs() {}

  /**
   * Returns a small brief that uses every field of the model once.
   *
   * @return the graph
   */
  public static ArgumentGraph brief() {
    SourceDocument doc =
        new SourceDocument(
            "brief.txt",
            "The flow of drugs from Mexico has not been reduced significantly. More text.");
    return ArgumentGraph.builder()
        .id("small-brief")
        .title("U.S. policy toward Mexico")
        .metadata("author", "Analyst")
        .node(
            Node.premise("drug-flow", "The flow of drugs has not been reduced.")
                .source(doc.quote("The flow of drugs from Mexico has not been reduced"))
                .section("Overview")
                .tag("evidence", "drugs")
                .attribute("actor", "DEA")
                .build())
        .premise("cooperation", "Mexico cooperates on extraditions.")
        .problem("policy-failed", "Counternarcotics policy has failed.")
        .recommendation("rethink", "Rethink the militarised approach.")
        .supports("drug-flow", "policy-failed")
        .relation(Relation.attack("cooperation", "policy-failed").withNote("Partial success only"))
        .supports("policy-failed", "rethink")
        .build();
  }
}
