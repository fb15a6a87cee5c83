package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {
  private static final String KNOWN =
      "unsupported-recommendation, ungrounded-recommendation, support-cycle,"
          + " contradictory-relations, unsupported-problem, unaddressed-problem,"
          + " unmotivated-recommendation, inverted-support, self-attack, isolated-node,"
          + " unused-premise, duplicate-text, defeated-recommendation, undecided-recommendation";

  /** A support cycle (error) beside an isolated premise (warning). */
  private static final ArgumentGraph FLAWED =
      ArgumentGraph.builder()
          .premise("p", "Drug flows persist.")
          .problem("q1", "Trade is stalled.")
          .problem("q2", "Growth is weak.")
          .recommendation("r", "Change course.")
          .supports("q1", "q2")
          .supports("q2", "q1")
          .supports("q2", "r")
          .supports("q1", "r")
          .build();

  @Test
  void builtInCodes_areTheTableOfDesignWithDefaultSeveritiesInOrder() {
    assertThat(Checks.builtInCodes())
        .containsExactly(
            entry("unsupported-recommendation", Severity.ERROR),
            entry("ungrounded-recommendation", Severity.ERROR),
            entry("support-cycle", Severity.ERROR),
            entry("contradictory-relations", Severity.ERROR),
            entry("unsupported-problem", Severity.WARNING),
            entry("unaddressed-problem", Severity.WARNING),
            entry("unmotivated-recommendation", Severity.WARNING),
            entry("inverted-support", Severity.WARNING),
            entry("self-attack", Severity.WARNING),
            entry("isolated-node", Severity.WARNING),
            entry("unused-premise", Severity.INFO),
            entry("duplicate-text", Severity.INFO),
            entry("defeated-recommendation", Severity.WARNING),
            entry("undecided-recommendation", Severity.INFO));
  }

  @Test
  void standard_runsEveryBuiltInCheckWithItsDefaultSeverity() {
    assertThat(Checks.standard().enabledCodes()).isEqualTo(Checks.builtInCodes());
    assertThat(Checks.builder().build().run(FLAWED)).isEqualTo(Checks.standard().run(FLAWED));
  }

  @Test
  void run_reportsTheFlawsInReportOrder() {
    Report report = Checks.standard().run(FLAWED);

    assertThat(report.findings())
        .extracting(Finding::code, Finding::nodes)
        .containsExactly(
            tuple("support-cycle", List.of("q1", "q2")),
            tuple("ungrounded-recommendation", List.of("r")),
            tuple("isolated-node", List.of("p")));
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.count(Severity.ERROR)).isEqualTo(2);
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
  }

  @Test
  void run_onAnEmptyGraphFindsNothing() {
    assertThat(Checks.standard().run(ArgumentGraph.builder().build()).isEmpty()).isTrue();
  }

  @Test
  void disable_dropsThatCodesFindings() {
    Report report = Checks.builder().disable(CheckCodes.SUPPORT_CYCLE).build().run(FLAWED);

    assertThat(report.findings())
        .extracting(Finding::code)
        .containsExactly("ungrounded-recommendation", "isolated-node");
  }

  @Test
  void enable_afterDisableRunsTheCheckAgain() {
    Checks checks =
        Checks.builder().disable(CheckCodes.ISOLATED_NODE).enable(CheckCodes.ISOLATED_NODE).build();

    assertThat(checks.run(FLAWED)).isEqualTo(Checks.standard().run(FLAWED));
  }

  @Test
  void severity_regradesTheFindingsAndMovesThemInTheReport() {
    Checks checks =
        Checks.builder()
            .severity(CheckCodes.SUPPORT_CYCLE, Severity.INFO)
            .severity(CheckCodes.ISOLATED_NODE, Severity.ERROR)
            .build();

    Report report = checks.run(FLAWED);

    assertThat(report.findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(
            tuple("isolated-node", Severity.ERROR),
            tuple("ungrounded-recommendation", Severity.ERROR),
            tuple("support-cycle", Severity.INFO));
    assertThat(checks.enabledCodes())
        .containsEntry("support-cycle", Severity.INFO)
        .containsEntry("isolated-node", Severity.ERROR)
        .containsEntry("duplicate-text", Severity.INFO)
        .hasSize(14);
  }

  @Test
  void disable_refusesAnUnknownCodeListingTheKnownOnes() {
    assertThatThrownBy(() -> Checks.builder().disable("circular-support"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown check code \"circular-support\"; the built-in codes are " + KNOWN);
  }

  @Test
  void severity_refusesAnUnknownCodeListingTheKnownOnes() {
    assertThatThrownBy(() -> Checks.builder().severity("Support-Cycle", Severity.INFO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown check code \"Support-Cycle\"; the built-in codes are " + KNOWN);
  }

  @Test
  void enable_refusesAnUnknownCode() {
    assertThatThrownBy(() -> Checks.builder().enable(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown check code \"\"; the built-in codes are " + KNOWN);
  }

  @Test
  void add_runsAUsersOwnCheckBesideTheBuiltInOnes() {
    Check longText =
        graph ->
            graph.nodes().stream()
                .filter(n -> n.text().length() > 16)
                .map(
                    n ->
                        Finding.of(
                            "long-text",
                            Severity.INFO,
                            "node \"" + n.id() + "\" is long; shorten it",
                            List.of(n.id())))
                .toList();

    Report report = Checks.builder().add(longText).build().run(FLAWED);

    assertThat(report.findings())
        .extracting(Finding::code, Finding::nodes)
        .containsExactly(
            tuple("support-cycle", List.of("q1", "q2")),
            tuple("ungrounded-recommendation", List.of("r")),
            tuple("isolated-node", List.of("p")),
            tuple("long-text", List.of("p")),
            tuple("long-text", List.of("q1")));
  }

  @Test
  void add_aUsersCheckRunsEvenWhenEveryBuiltInOneIsDisabled() {
    Checks.Builder b = Checks.builder();
    Checks.builtInCodes().keySet().forEach(b::disable);
    Check firstNode =
        graph -> {
          Node n = graph.nodes().get(0);
          return List.of(Finding.of("first", Severity.WARNING, "first is " + n.id(), List.of()));
        };

    Report report = b.add(firstNode).build().run(FLAWED);

    assertThat(report.findings())
        .containsExactly(Finding.of("first", Severity.WARNING, "first is p", List.of()));
  }

  @Test
  void run_aUsersCheckThatReturnsNullIsNamedInTheException() {
    Checks checks = Checks.builder().add(graph -> null).build();

    assertThatThrownBy(() -> checks.run(FLAWED))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("check ")
        .hasMessageEndingWith(" returned null");
  }

  @Test
  void build_mayBeCalledAgainAndLaterChangesDoNotAffectEarlierResults() {
    Checks.Builder b = Checks.builder();
    Checks before = b.build();
    b.disable(CheckCodes.ISOLATED_NODE);
    Checks after = b.build();

    assertThat(before.enabledCodes()).containsKey("isolated-node");
    assertThat(after.enabledCodes()).doesNotContainKey("isolated-node").hasSize(13);
    assertThat(after.toString())
        .startsWith("Checks{enabled={unsupported-recommendation=ERROR")
        .endsWith(", userChecks=0}");
  }

  @Test
  void supportReading_choosesTheReadingOfTheSemanticChecks() {
    // c defeats p, r's only supporter: the evidential and necessary readings carry that to r,
    // attacks alone (NONE) do not.
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "P")
            .premise("c", "Counter")
            .recommendation("r", "R")
            .supports("p", "r")
            .attacks("c", "p")
            .build();

    Checks necessary =
        Checks.builder()
            .supportReading(io.argraph.core.semantics.SupportReading.NECESSARY)
            .severity("defeated-recommendation", Severity.ERROR)
            .build();

    assertThat(Checks.standard().supportReading())
        .isEqualTo(io.argraph.core.semantics.SupportReading.EVIDENTIAL);
    assertThat(Checks.standard().run(g).findings("defeated-recommendation")).hasSize(1);
    assertThat(
            Checks.builder()
                .supportReading(io.argraph.core.semantics.SupportReading.NONE)
                .build()
                .run(g)
                .findings("defeated-recommendation"))
        .isEmpty();
    assertThat(necessary.run(g).findings(Severity.ERROR))
        .extracting(Finding::code, Finding::nodes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("defeated-recommendation", List.of("r")));
    assertThat(necessary.toString()).contains("reading=necessary");
  }
}
