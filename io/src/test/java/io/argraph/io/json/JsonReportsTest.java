package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.check.Finding;
import io.argraph.core.check.Report;
import io.argraph.core.check.Severity;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportsTest {
  private static final ArgumentGraph GRAPH =
      ArgumentGraph.builder()
          .id("brief")
          .premise("a", "A.")
          .recommendation("b", "Do B — ahora.")
          .supports("a", "b")
          .attacks("a", "b")
          .recommendation("r3", "Do C.")
          .build();

  @Test
  void toString_writesTheMachineReadableShape() {
    Report report =
        Report.of(
            GRAPH,
            List.of(
                Finding.of(
                    "isolated-node", Severity.WARNING, "node r3 has no relations", List.of("r3")),
                new Finding(
                    "contradictory-relations",
                    Severity.ERROR,
                    "a both supports and attacks b — \"fix\" one",
                    List.of("a", "b"),
                    List.of(Relation.support("a", "b"), Relation.attack("a", "b"))),
                Finding.of(
                    "unsupported-recommendation",
                    Severity.ERROR,
                    "r3 rests on nothing",
                    List.of("r3"))));

    assertThat(JsonReports.toString(report))
        .isEqualTo(
            """
            {
              "graph": "brief",
              "findings": [
                {
                  "code": "contradictory-relations",
                  "severity": "error",
                  "message": "a both supports and attacks b — \\"fix\\" one",
                  "nodes": [
                    "a",
                    "b"
                  ],
                  "relations": [
                    {
                      "from": "a",
                      "to": "b",
                      "type": "support"
                    },
                    {
                      "from": "a",
                      "to": "b",
                      "type": "attack"
                    }
                  ]
                },
                {
                  "code": "unsupported-recommendation",
                  "severity": "error",
                  "message": "r3 rests on nothing",
                  "nodes": [
                    "r3"
                  ]
                },
                {
                  "code": "isolated-node",
                  "severity": "warning",
                  "message": "node r3 has no relations",
                  "nodes": [
                    "r3"
                  ]
                }
              ],
              "summary": {
                "error": 2,
                "warning": 1,
                "info": 0
              }
            }
            """);
  }

  @Test
  void toString_ofEmptyReportOfGraphWithoutIdHasNullGraph() {
    Report report = Report.of(ArgumentGraph.builder().build(), List.of());

    assertThat(JsonReports.toString(report))
        .isEqualTo(
            """
            {
              "graph": null,
              "findings": [],
              "summary": {
                "error": 0,
                "warning": 0,
                "info": 0
              }
            }
            """);
  }
}
