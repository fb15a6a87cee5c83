package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.semantics.SupportReading;
import io.argraph.core.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The findings of one run with their first nodes' positions, and the report made from them. */
class FoundTest {
  private static final ArgumentGraph GRAPH =
      ArgumentGraph.builder().premise("a", "A").premise("b", "B").recommendation("c", "C").build();

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(200);
  }

  @Test
  void empty_hasNoFindings() {
    Found found = new Found();

    assertThat(found.size()).isZero();
    assertThat(found.findings()).isEmpty();
    assertThat(Report.of(GRAPH, found).isEmpty()).isTrue();
  }

  @Test
  void add_keepsFindingsAndPositionsInOrderPastItsFirstCapacity() {
    Found found = new Found();
    List<Finding> added = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      Finding f = Finding.of("code-" + (i % 7), Severity.INFO, "m" + i, List.of("a"));
      found.add(i % 3 == 0 ? Found.UNKNOWN : i, f);
      added.add(f);
    }

    assertThat(found.size()).isEqualTo(10_000);
    assertThat(found.findings()).containsExactlyElementsOf(added);
    assertThat(found.position(0)).isEqualTo(Found.UNKNOWN);
    assertThat(found.position(9_998)).isEqualTo(9_998);
    assertThat(found.finding(9_999)).isSameAs(added.get(9_999));
  }

  @Test
  void add_startsARunAtEachChangeOfCodeOrSeverity() {
    Found found = new Found();
    found.add(0, Finding.of("x", Severity.INFO, "1", List.of("a")));
    found.add(1, Finding.of(new String("x"), Severity.INFO, "2", List.of("b"))); // an equal code
    found.add(0, Finding.of("x", Severity.ERROR, "3", List.of("a")));
    found.add(0, Finding.of("y", Severity.ERROR, "4", List.of("a")));
    found.add(1, Finding.of("x", Severity.INFO, "5", List.of("b")));

    assertThat(found.runs()).isEqualTo(4);
    assertThat(List.of(found.runStart(0), found.runStart(1), found.runStart(2), found.runStart(3)))
        .containsExactly(0, 2, 3, 4);
    assertThat(found.runStart(4)).isEqualTo(5);
    assertThat(List.of(found.runCode(1), found.runCode(2), found.runCode(3)))
        .containsExactly("x", "y", "x");
    assertThat(List.of(found.runSeverity(0), found.runSeverity(1), found.runSeverity(3)))
        .containsExactly(Severity.INFO, Severity.ERROR, Severity.INFO);
  }

  @Test
  void report_mergesTheRunsOfOneCodeAndCountsEachSeverity() {
    Finding a1 = Finding.of("x", Severity.INFO, "a1", List.of("a"));
    Finding error = Finding.of("z", Severity.ERROR, "e", List.of("c"));
    Finding b1 = Finding.of("x", Severity.INFO, "b1", List.of("b"));
    Finding warning = Finding.of("y", Severity.WARNING, "w", List.of("a"));
    Finding a2 = Finding.of("x", Severity.INFO, "a2", List.of("a"));
    Found found = new Found();
    found.add(0, a1);
    found.add(2, error);
    found.add(1, b1);
    found.add(0, warning);
    found.add(0, a2);

    Report report = Report.of(GRAPH, found);

    assertThat(report.findings()).containsExactly(error, warning, a1, a2, b1);
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.count(Severity.INFO)).isEqualTo(3);
    assertThat(report).isEqualTo(Report.of(GRAPH, List.of(a1, error, b1, warning, a2)));
  }

  @Test
  void findings_isACopyOfTheFindingsAddedSoFar() {
    Found found = new Found();
    Finding f = Finding.of("x", Severity.ERROR, "m", List.of("b"));
    found.add(1, f);

    List<Finding> before = found.findings();
    found.add(1, f);

    assertThat(before).containsExactly(f);
    assertThat(found.findings()).containsExactly(f, f);
  }

  @Test
  void addAll_leavesEveryPositionToBeLookedUp() {
    Found found = new Found();
    Finding f = Finding.of("x", Severity.ERROR, "m", List.of("b"));

    found.addAll(List.of(f, f));

    assertThat(found.position(0)).isEqualTo(Found.UNKNOWN);
    assertThat(found.position(1)).isEqualTo(Found.UNKNOWN);
  }

  @Test
  void add_rejectsANegativePosition() {
    Found found = new Found();
    Finding f = Finding.of("x", Severity.ERROR, "m", List.of("b"));

    assertThatThrownBy(() -> found.add(-2, f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("position -2 is negative");
  }

  @Test
  void position_rejectsAnIndexPastTheFindings() {
    Found found = new Found();
    found.add(0, Finding.of("x", Severity.ERROR, "m", List.of("a")));

    assertThatThrownBy(() -> found.position(1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("finding 1 of 1");
    assertThatThrownBy(() -> found.position(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void findings_isUnmodifiable() {
    Found found = new Found();
    found.add(0, Finding.of("x", Severity.INFO, "m", List.of("a")));

    // An ImmutableList: Error Prone refuses even a test's call of its add, which always throws.
    assertThat(found.findings()).isInstanceOf(ImmutableList.class).hasSize(1);
  }

  @Test
  void report_usesTheGivenPositionsAndLooksUpTheUnknownOnes() {
    Finding onC = Finding.of("x", Severity.WARNING, "on c", List.of("c"));
    Finding onA = Finding.of("x", Severity.WARNING, "on a", List.of("a"));
    Finding unknownB = Finding.of("x", Severity.WARNING, "on b", List.of("b"));
    Finding none = Finding.of("x", Severity.WARNING, "no nodes", List.of());
    Found found = new Found();
    found.add(2, onC);
    found.add(Found.UNKNOWN, none);
    found.add(Found.UNKNOWN, unknownB);
    found.add(0, onA);

    assertThat(Report.of(GRAPH, found).findings()).containsExactly(onA, unknownB, onC, none);
  }

  @Test
  void report_keepsTheOrderFoundAmongEqualPositionsOfAnUnsortedRun() {
    Finding first = Finding.of("x", Severity.INFO, "1", List.of("b"));
    Finding second = Finding.of("x", Severity.INFO, "2", List.of("a"));
    Finding third = Finding.of("x", Severity.INFO, "3", List.of("b"));
    Finding fourth = Finding.of("x", Severity.INFO, "4", List.of("a"));
    Found found = new Found();
    found.add(1, first);
    found.add(0, second);
    found.add(1, third);
    found.add(0, fourth);

    assertThat(Report.of(GRAPH, found).findings()).containsExactly(second, fourth, first, third);
  }

  /** Findings of random codes, severities and nodes (some unknown, some none) on a graph. */
  @ParameterizedTest
  @MethodSource("seeds")
  void reportOf_agreesWithSortingByTheContract(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    Random random = new Random(seed);
    List<String> codes = List.of("b-code", "a-code", "c", "isolated-node", "émoji-🙂");
    List<Finding> findings = new ArrayList<>();
    for (int i = random.nextInt(60); i > 0; i--) {
      int pick = random.nextInt(g.nodeCount() + 2);
      List<String> nodes =
          pick == g.nodeCount()
              ? List.of()
              : pick == g.nodeCount() + 1
                  ? List.of("no-such-node")
                  : List.of(g.nodes().get(pick).id());
      findings.add(
          Finding.of(
              codes.get(random.nextInt(codes.size())),
              List.of(Severity.ERROR, Severity.WARNING, Severity.INFO).get(random.nextInt(3)),
              "finding " + i,
              nodes));
    }
    Comparator<Finding> contract =
        Comparator.comparing(Finding::severity)
            .thenComparing(Finding::code)
            .thenComparingInt(f -> firstPosition(g, f));
    List<Finding> expected = new ArrayList<>(findings);
    expected.sort(contract); // stable

    Report report = Report.of(g, findings);
    assertThat(report.findings()).containsExactlyElementsOf(expected);
    for (Severity s : Severity.values()) {
      assertThat(report.count(s))
          .isEqualTo((int) findings.stream().filter(f -> f.severity() == s).count());
    }
  }

  /** Every built-in check gives the position of each finding's first node, as the graph has it. */
  @ParameterizedTest
  @MethodSource("seeds")
  void builtInChecks_givePositionsOfTheFirstNodes(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    for (SupportReading reading : List.of(SupportReading.EVIDENTIAL, SupportReading.NECESSARY)) {
      Analysis analysis = new Analysis(g, reading);
      Found found = new Found();
      for (BuiltInCheck c : BuiltInChecks.ALL) {
        c.finder().find(analysis, c.defaultSeverity(), found);
      }

      for (int i = 0; i < found.size(); i++) {
        Finding f = found.finding(i);
        assertThat(found.position(i)).as(f.message()).isEqualTo(g.indexOf(f.nodes().get(0)));
      }
    }
  }

  @Test
  void builtInChecks_givePositionsOnAGraphWithEveryKindOfFinding() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .recommendation("r0", "Unsupported")
            .problem("q", "Loop")
            .premise("p", "Same text")
            .premise("p2", "same   TEXT")
            .recommendation("r1", "Backwards")
            .supports("q", "q")
            .supports("r1", "p")
            .attacks("p2", "p2")
            .supports("p2", "r1")
            .attacks("p2", "r1")
            .build();
    Found found = new Found();
    Analysis analysis = new Analysis(g);
    for (BuiltInCheck c : BuiltInChecks.ALL) {
      c.finder().find(analysis, c.defaultSeverity(), found);
    }

    assertThat(found.findings())
        .extracting(Finding::code)
        .contains(
            CheckCodes.UNSUPPORTED_RECOMMENDATION,
            CheckCodes.SUPPORT_CYCLE,
            CheckCodes.CONTRADICTORY_RELATIONS,
            CheckCodes.INVERTED_SUPPORT,
            CheckCodes.SELF_ATTACK,
            CheckCodes.DUPLICATE_TEXT);
    for (int i = 0; i < found.size(); i++) {
      Finding f = found.finding(i);
      assertThat(found.position(i)).as(f.code()).isEqualTo(g.indexOf(f.nodes().get(0)));
    }
  }

  private static int firstPosition(ArgumentGraph g, Finding f) {
    if (f.nodes().isEmpty()) {
      return Integer.MAX_VALUE;
    }
    int i = g.indexOf(f.nodes().get(0));
    return i < 0 ? Integer.MAX_VALUE : i;
  }
}
