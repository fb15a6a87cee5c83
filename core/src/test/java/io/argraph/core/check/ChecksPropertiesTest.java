package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Laws that hold for the standard checks on every valid graph. */
class ChecksPropertiesTest {

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void run_neverThrowsAndListsKnownNodesInGraphOrder(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);

    Report report = Checks.standard().run(g);

    for (Finding f : report.findings()) {
      assertThat(Checks.builtInCodes()).containsEntry(f.code(), f.severity());
      assertThat(f.nodes()).isNotEmpty().doesNotHaveDuplicates();
      List<Integer> positions = f.nodes().stream().map(g::indexOf).toList();
      assertThat(positions).doesNotContain(-1).isSorted();
      assertThat(g.relations()).containsAll(f.relations());
    }
    assertThat(Checks.standard().run(g)).isEqualTo(report);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void run_agreesWithABruteForceReadingOfTheDesign(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    Report report = Checks.standard().run(g);
    Oracle o = new Oracle(g);

    assertThat(nodesOf(report, CheckCodes.UNSUPPORTED_RECOMMENDATION))
        .isEqualTo(o.select(v -> o.is(v, NodeKind.RECOMMENDATION) && !o.hasSupporter(v)));
    assertThat(nodesOf(report, CheckCodes.UNGROUNDED_RECOMMENDATION))
        .isEqualTo(
            o.select(v -> o.is(v, NodeKind.RECOMMENDATION) && o.hasSupporter(v) && !o.grounded[v]));
    assertThat(nodesOf(report, CheckCodes.UNMOTIVATED_RECOMMENDATION))
        .isEqualTo(
            o.select(
                v ->
                    o.is(v, NodeKind.RECOMMENDATION)
                        && o.hasSupporter(v)
                        && o.none(u -> o.is(u, NodeKind.PROBLEM) && o.reach[u][v])));
    assertThat(nodesOf(report, CheckCodes.UNSUPPORTED_PROBLEM))
        .isEqualTo(
            o.select(v -> o.is(v, NodeKind.PROBLEM) && !o.hasSupporter(v) && !o.isolated(v)));
    assertThat(nodesOf(report, CheckCodes.UNADDRESSED_PROBLEM))
        .isEqualTo(
            o.select(
                v ->
                    o.is(v, NodeKind.PROBLEM)
                        && !o.isolated(v)
                        && o.none(u -> o.is(u, NodeKind.RECOMMENDATION) && o.reach[v][u])));
    assertThat(nodesOf(report, CheckCodes.ISOLATED_NODE)).isEqualTo(o.select(o::isolated));
    assertThat(nodesOf(report, CheckCodes.UNUSED_PREMISE))
        .isEqualTo(
            o.select(
                v ->
                    o.is(v, NodeKind.PREMISE)
                        && !o.isolated(v)
                        && g.relations().stream().noneMatch(r -> r.from().equals(o.id(v)))));
    assertThat(report.findings(CheckCodes.SUPPORT_CYCLE))
        .extracting(Finding::nodes)
        .containsExactlyElementsOf(o.cycles());
    assertThat(report.findings(CheckCodes.SELF_ATTACK))
        .extracting(Finding::relations)
        .containsExactlyElementsOf(
            g.relations().stream()
                .filter(r -> r.type() == RelationType.ATTACK && r.from().equals(r.to()))
                .sorted(java.util.Comparator.comparingInt(r -> g.indexOf(r.from())))
                .map(List::of)
                .toList());
    Set<List<String>> contradictory = new HashSet<>();
    for (Relation r : g.relations(RelationType.ATTACK)) {
      if (g.relations(RelationType.SUPPORT).stream()
          .anyMatch(s -> s.from().equals(r.from()) && s.to().equals(r.to()))) {
        contradictory.add(List.of(r.from(), r.to()));
      }
    }
    assertThat(report.findings(CheckCodes.CONTRADICTORY_RELATIONS))
        .extracting(f -> List.of(f.relations().get(0).from(), f.relations().get(0).to()))
        .containsExactlyInAnyOrderElementsOf(contradictory);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void isolatedNodes_getNoFindingsButTheCascadeAllows(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    Oracle o = new Oracle(g);
    Set<String> isolated = new HashSet<>();
    o.select(o::isolated).forEach(isolated::addAll);

    for (Finding f : Checks.standard().run(g).findings()) {
      if (f.nodes().stream().anyMatch(isolated::contains)) {
        assertThat(f.code())
            .isIn(
                CheckCodes.ISOLATED_NODE,
                CheckCodes.UNSUPPORTED_RECOMMENDATION,
                CheckCodes.DUPLICATE_TEXT);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void supportFromANewPremiseToEveryRecommendation_removesUnsupportedAndUngrounded(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    ArgumentGraph.Builder b =
        g.toBuilder().premise("added-premise", "A premise added by the property test");
    for (Node r : g.nodes(NodeKind.RECOMMENDATION)) {
      b.supports("added-premise", r.id());
    }

    Report report = Checks.standard().run(b.build());

    assertThat(report.findings(CheckCodes.UNSUPPORTED_RECOMMENDATION)).isEmpty();
    assertThat(report.findings(CheckCodes.UNGROUNDED_RECOMMENDATION)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void addingANodeWithoutRelations_addsExactlyOneIsolatedNodeFinding(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    NodeKind kind = seed % 2 == 0 ? NodeKind.PREMISE : NodeKind.PROBLEM;
    ArgumentGraph bigger =
        g.toBuilder()
            .node(Node.of("added-node", kind, "A statement no generated node makes"))
            .build();

    List<Finding> before = Checks.standard().run(g).findings();
    List<Finding> after = new ArrayList<>(Checks.standard().run(bigger).findings());

    List<Finding> added = after.stream().filter(f -> f.nodes().contains("added-node")).toList();
    assertThat(added)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(CheckCodes.ISOLATED_NODE);
              assertThat(f.nodes()).containsExactly("added-node");
            });
    after.removeAll(added);
    assertThat(after).isEqualTo(before);
  }

  private static List<List<String>> nodesOf(Report report, String code) {
    return report.findings(code).stream().map(Finding::nodes).toList();
  }

  /** A brute-force reading of DESIGN.md's definitions, quadratic and obviously right. */
  private static final class Oracle {
    final ArgumentGraph g;
    final int n;
    final boolean[] grounded;
    final boolean[][] reach;

    Oracle(ArgumentGraph g) {
      this.g = g;
      this.n = g.nodeCount();
      List<Relation> supports = g.relations(RelationType.SUPPORT);
      grounded = new boolean[n];
      for (int v = 0; v < n; v++) {
        grounded[v] = is(v, NodeKind.PREMISE);
      }
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Relation s : supports) {
          int from = g.indexOf(s.from());
          int to = g.indexOf(s.to());
          if (grounded[from] && !grounded[to]) {
            grounded[to] = true;
            changed = true;
          }
        }
      }
      reach = new boolean[n][n];
      for (Relation s : supports) {
        reach[g.indexOf(s.from())][g.indexOf(s.to())] = true;
      }
      for (int k = 0; k < n; k++) {
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            reach[i][j] |= reach[i][k] && reach[k][j];
          }
        }
      }
    }

    String id(int v) {
      return g.nodes().get(v).id();
    }

    boolean is(int v, NodeKind kind) {
      return g.nodes().get(v).kind() == kind;
    }

    boolean hasSupporter(int v) {
      return !g.supporters(id(v)).isEmpty();
    }

    boolean isolated(int v) {
      String id = id(v);
      return g.relations().stream().noneMatch(r -> r.from().equals(id) || r.to().equals(id));
    }

    boolean none(java.util.function.IntPredicate p) {
      for (int u = 0; u < n; u++) {
        if (p.test(u)) {
          return false;
        }
      }
      return true;
    }

    /** One single-node list per selected node, in graph order. */
    List<List<String>> select(java.util.function.IntPredicate p) {
      List<List<String>> out = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        if (p.test(v)) {
          out.add(List.of(id(v)));
        }
      }
      return out;
    }

    /** Nodes on a cycle grouped by mutual reachability, each group in graph order. */
    List<List<String>> cycles() {
      List<List<String>> out = new ArrayList<>();
      boolean[] taken = new boolean[n];
      for (int v = 0; v < n; v++) {
        if (reach[v][v] && !taken[v]) {
          List<String> group = new ArrayList<>();
          for (int u = v; u < n; u++) {
            if (reach[v][u] && reach[u][v]) {
              taken[u] = true;
              group.add(id(u));
            }
          }
          out.add(group);
        }
      }
      return out;
    }
  }
}
