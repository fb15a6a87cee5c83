package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report order and counts of DESIGN.md, independent of any particular check. */
class ReportContractTest {
  private static final ArgumentGraph GRAPH =
      ArgumentGraph.builder()
          .id("g")
          .premise("a", "A")
          .premise("b", "B")
          .recommendation("c", "C")
          .build();

  @Test
  void of_ordersBySeverityThenCodeThenGraphPositionThenFoundOrder() {
    Finding infoA = Finding.of("duplicate-text", Severity.INFO, "m1", List.of("a"));
    Finding warnC = Finding.of("isolated-node", Severity.WARNING, "m2", List.of("c"));
    Finding warnA = Finding.of("isolated-node", Severity.WARNING, "m3", List.of("a"));
    Finding errB = Finding.of("z-code", Severity.ERROR, "m4", List.of("b"));
    Finding errNoNodes = Finding.of("a-code", Severity.ERROR, "m5", List.of());
    Finding errA = Finding.of("a-code", Severity.ERROR, "m6", List.of("a"));
    Finding errA2 = Finding.of("a-code", Severity.ERROR, "m7", List.of("a"));
    Finding errUnknown = Finding.of("a-code", Severity.ERROR, "m8", List.of("zz"));

    Report report =
        Report.of(GRAPH, List.of(infoA, warnC, errNoNodes, errB, warnA, errA, errUnknown, errA2));

    assertThat(report.findings())
        .containsExactly(errA, errA2, errNoNodes, errUnknown, errB, warnA, warnC, infoA);
    assertThat(report.count(Severity.ERROR)).isEqualTo(5);
    assertThat(report.count(Severity.WARNING)).isEqualTo(2);
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.isEmpty()).isFalse();
    assertThat(report.findings("isolated-node")).containsExactly(warnA, warnC);
    assertThat(report.findings(Severity.INFO)).containsExactly(infoA);
    assertThat(report.graphId()).contains("g");
    assertThat(report).hasToString("Report{graph=g, error=5, warning=2, info=1}");
  }

  @Test
  void emptyReport_hasNoErrors() {
    Report report = Report.of(ArgumentGraph.builder().build(), List.of());

    assertThat(report.hasErrors()).isFalse();
    assertThat(report.isEmpty()).isTrue();
    assertThat(report.graphId()).isEmpty();
    assertThat(report.count(Severity.WARNING)).isZero();
  }

  @Test
  void equals_isByGraphIdAndFindings() {
    Finding f = Finding.of("x", Severity.INFO, "m", List.of("a"));
    new EqualsTester()
        .addEqualityGroup(Report.of(GRAPH, List.of(f)), Report.of(GRAPH, List.of(f)))
        .addEqualityGroup(Report.of(GRAPH, List.of()))
        .addEqualityGroup(Report.of(GRAPH.toBuilder().id("h").build(), List.of(f)))
        .testEquals();
  }

  @Test
  void finding_copiesListsAndRegrades() {
    Finding f =
        new Finding(
            "self-attack",
            Severity.WARNING,
            "msg",
            List.of("a"),
            List.of(Relation.attack("a", "a")));

    assertThat(f.withSeverity(Severity.ERROR).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.withSeverity(Severity.ERROR).relations()).isEqualTo(f.relations());
    assertThatThrownBy(() -> f.nodes().add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Finding.of(" ", Severity.INFO, "m", List.of()))
        .hasMessage("finding code is blank; give a stable code");
    assertThatThrownBy(() -> Finding.of("c", Severity.INFO, " ", List.of()))
        .hasMessage("finding c: message is blank; say what is wrong");
  }

  @Test
  void severity_parsesLabelsInAnyCase() {
    assertThat(Severity.fromLabel("Warning")).isEqualTo(Severity.WARNING);
    assertThat(Severity.ERROR.label()).isEqualTo("error");
    assertThatThrownBy(() -> Severity.fromLabel("fatal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown severity \"fatal\"; use one of error, warning, info");
  }
}
