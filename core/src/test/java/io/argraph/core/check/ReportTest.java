package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final ArgumentGraph GRAPH =
      ArgumentGraph.builder()
          .id("brief")
          .premise("a", "A.")
          .premise("b", "B.")
          .premise("c", "C.")
          .build();

  private static Finding finding(String code, Severity severity, String... nodes) {
    return Finding.of(code, severity, code + " on " + List.of(nodes), List.of(nodes));
  }

  @Test
  void of_ordersBySeverityThenCodeThenFirstNodeThenOrderFound() {
    Finding infoA = finding("zeta", Severity.INFO, "a");
    Finding warnBetaC = finding("beta", Severity.WARNING, "c");
    Finding warnAlphaB = finding("alpha", Severity.WARNING, "b", "a");
    Finding warnAlphaNone = finding("alpha", Severity.WARNING);
    Finding warnAlphaA1 = finding("alpha", Severity.WARNING, "a", "c");
    Finding warnAlphaA2 = finding("alpha", Severity.WARNING, "a");
    Finding errorZ = finding("zzz", Severity.ERROR, "c");

    Report report =
        Report.of(
            GRAPH,
            List.of(infoA, warnBetaC, warnAlphaB, warnAlphaNone, warnAlphaA1, warnAlphaA2, errorZ));

    assertThat(report.findings())
        .containsExactly(
            errorZ, warnAlphaA1, warnAlphaA2, warnAlphaB, warnAlphaNone, warnBetaC, infoA);
  }

  @Test
  void of_groupsACodeWhoseFindingsComeApartOrAsEqualStrings() {
    // Equal codes that are different strings, and runs of one code broken by others.
    Finding alphaC = finding(new String("alpha"), Severity.WARNING, "c");
    Finding betaA = finding("beta", Severity.WARNING, "a");
    Finding alphaB = finding(new String("alpha"), Severity.WARNING, "b");
    Finding alphaInfoA = finding("alpha", Severity.INFO, "a");
    Finding betaB = finding(new String("beta"), Severity.WARNING, "b");
    Finding alphaA = finding("alpha", Severity.WARNING, "a");

    Report report =
        Report.of(GRAPH, List.of(alphaC, betaA, alphaB, alphaInfoA, betaB, alphaA, alphaC));

    assertThat(report.findings())
        .containsExactly(alphaA, alphaB, alphaC, alphaC, betaA, betaB, alphaInfoA);
    assertThat(report.count(Severity.ERROR)).isZero();
    assertThat(report.count(Severity.WARNING)).isEqualTo(6);
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
  }

  @Test
  void toText_oneLinePerFindingWithAlignedColumns() {
    Report report =
        Report.of(
            GRAPH,
            List.of(
                Finding.of("isolated-node", Severity.WARNING, "a is alone", List.of("a")),
                Finding.of("x", Severity.INFO, "nothing in\nparticular", List.of()),
                Finding.of("support-cycle", Severity.ERROR, "b and c", List.of("b", "c"))));

    assertThat(report.toText())
        .isEqualTo(
            """
            error   support-cycle  [b, c]  b and c
            warning isolated-node  [a]  a is alone
            info    x              []  nothing in particular
            """);
  }

  @Test
  void toText_ofTheStandardChecks() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .recommendation("end-certification", "End drug certification of Mexico.")
            .build();

    assertThat(Checks.standard().run(g).toText())
        .isEqualTo(
            "error   unsupported-recommendation  [end-certification]  recommendation"
                + " \"end-certification\" (End drug certification of…) has no support; add a"
                + " support to it from the problem it solves or the evidence for it\n"
                + "warning isolated-node               [end-certification]  recommendation"
                + " \"end-certification\" (End drug certification of…) has no relations; connect"
                + " it with a support or an attack, or remove it\n");
  }

  @Test
  void toText_ofAnEmptyReportIsEmpty() {
    assertThat(Report.of(GRAPH, List.of()).toText()).isEmpty();
  }

  @Test
  void filter_keepsOrderGraphIdAndRecounts() {
    Finding error = finding("e", Severity.ERROR, "a");
    Finding warning = finding("w", Severity.WARNING, "b");
    Finding info = finding("i", Severity.INFO, "c");
    Report report = Report.of(GRAPH, List.of(info, warning, error));

    Report serious = report.filter(f -> f.severity() != Severity.INFO);

    assertThat(serious.findings()).containsExactly(error, warning);
    assertThat(serious.graphId()).contains("brief");
    assertThat(serious.count(Severity.INFO)).isZero();
    assertThat(serious.count(Severity.WARNING)).isEqualTo(1);
    assertThat(serious.hasErrors()).isTrue();
    assertThat(report.filter(f -> false).isEmpty()).isTrue();
  }

  @Test
  void findings_byCodeAndBySeverity() {
    Finding error = finding("e", Severity.ERROR, "a");
    Finding warning1 = finding("w", Severity.WARNING, "c");
    Finding warning2 = finding("w", Severity.WARNING, "b");
    Report report = Report.of(GRAPH, List.of(warning1, error, warning2));

    assertThat(report.findings("w")).containsExactly(warning2, warning1);
    assertThat(report.findings(Severity.ERROR)).containsExactly(error);
    assertThat(report.toString()).isEqualTo("Report{graph=brief, error=1, warning=2, info=0}");
  }
}
