package io.argraph.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The floors and baselines that the published ratios divide by do the work their documentation
 * says, on a small workload: a floor that skipped part of its work would make every ratio look
 * worse than it is, a baseline that skipped part of its work would make it look better.
 */
class FloorsTest {
  private static JsonBenchmark json(int nodes) {
    JsonBenchmark b = new JsonBenchmark();
    b.nodes = nodes;
    b.setUp();
    return b;
  }

  @Test
  void referenceFloor_resolvesEveryRelationOfTheWorkload() {
    JsonBenchmark b = json(1_000);

    assertThat(b.referenceFloor()).isEqualTo(b.graph.relationCount()).isEqualTo(3_000);
  }

  @Test
  void referenceFloor_refusesADuplicateId() {
    JsonBenchmark b = json(10);
    b.bytes =
        document(
            "{\"id\": \"a\", \"kind\": \"premise\", \"text\": \"A\"},"
                + " {\"id\": \"a\", \"kind\": \"problem\", \"text\": \"B\"}",
            "");

    assertThatThrownBy(b::referenceFloor)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("duplicate id a");
  }

  @Test
  void referenceFloor_refusesARelationToAnUnknownNode() {
    JsonBenchmark b = json(10);
    b.bytes = document(twoNodes(), "{\"from\": \"a\", \"to\": \"c\", \"type\": \"support\"}");

    assertThatThrownBy(b::referenceFloor)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("unknown node in a -> c");
  }

  @Test
  void referenceFloor_refusesAnExactDuplicateRelationButNotTheOtherType() {
    JsonBenchmark b = json(10);
    String support = "{\"from\": \"a\", \"to\": \"b\", \"type\": \"support\"}";
    String attack = "{\"from\": \"a\", \"to\": \"b\", \"type\": \"attack\"}";
    b.bytes = document(twoNodes(), support + ", " + attack);
    assertThat(b.referenceFloor()).isEqualTo(2);

    b.bytes = document(twoNodes(), support + ", " + attack + ", " + support);
    assertThatThrownBy(b::referenceFloor)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("duplicate relation a -> b");
  }

  @Test
  void modelFloor_buildsTheGraphTheImporterReads() throws IOException {
    JsonBenchmark b = json(1_000);

    ArgumentGraph floor = b.modelFloor();

    assertThat(floor).isEqualTo(b.read()).isEqualTo(b.graph);
  }

  @Test
  void tokenPasses_seeEveryToken() {
    JsonBenchmark b = json(10);
    b.bytes = document(twoNodes(), "");

    // { format formatVersion id nodes [ {id kind text} {id kind text} ] relations [ ] }: the
    // root's 2 braces, 3 members of a name and a value, 2 arrays of a name and 2 brackets, and per
    // node 2 braces and 3 members.
    assertThat(b.tokenPass()).isEqualTo(2 + 3 * 2 + 2 * 3 + 2 * (2 + 3 * 2));
    // The names and string values: "format", "argraph", "formatVersion" (a number), "id", "g",
    // "nodes", "relations", and per node 3 names and 3 values.
    assertThat(b.tokenPassWithStrings())
        .isEqualTo(
            "format".length()
                + "argraph".length()
                + "formatVersion".length()
                + "id".length()
                + "g".length()
                + "nodes".length()
                + "relations".length()
                + 2 * ("id".length() + "kind".length() + "text".length())
                + "a".length()
                + "premise".length()
                + "A".length()
                + "b".length()
                + "problem".length()
                + "B".length());
  }

  @Test
  void jsonAssemblyFloor_writesWhatTheExporterWrites() throws IOException {
    for (int nodes : new int[] {10, 1_000, 3_000}) {
      JsonBenchmark b = json(nodes);
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      Floors.assembleJson(b.graph, out);

      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(b.text);
    }
  }

  @Test
  void dotAssemblyFloor_writesWhatTheExporterWrites() throws IOException {
    for (int nodes : new int[] {10, 1_000, 3_000}) {
      DotBenchmark b = new DotBenchmark();
      b.nodes = nodes;
      b.setUp();
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      Floors.assembleDot(b.graph, b.opening, b.closing, out);

      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(b.text);
    }
  }

  @Test
  void assemblyFloors_refuseWhatTheWorkloadDoesNotHave() {
    ArgumentGraph noted =
        ArgumentGraph.builder()
            .node(Node.of("a", NodeKind.PREMISE, "A"))
            .node(Node.of("b", NodeKind.PROBLEM, "B"))
            .relation(Relation.of("a", "b", RelationType.SUPPORT).withNote("why"))
            .build();
    ArgumentGraph longId =
        ArgumentGraph.builder()
            .node(Node.of("abcdefgh", NodeKind.PREMISE, "A"))
            .node(Node.of("b", NodeKind.PROBLEM, "B"))
            .relation(Relation.of("abcdefgh", "b", RelationType.SUPPORT))
            .build();
    ArgumentGraph longWord =
        ArgumentGraph.builder()
            .node(Node.of("a", NodeKind.PREMISE, "A" + "b".repeat(28)))
            .node(Node.of("b", NodeKind.PROBLEM, "B"))
            .relation(Relation.of("a", "b", RelationType.SUPPORT))
            .build();
    OutputStream out = OutputStream.nullOutputStream();

    assertThatThrownBy(() -> Floors.assembleJson(noted, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a relation of the workload");
    assertThatThrownBy(() -> Floors.assembleDot(noted, "", "", out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a relation of the workload");
    assertThatThrownBy(() -> Floors.assembleJson(longId, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an id longer than 7 chars: abcdefgh");
    assertThatThrownBy(() -> Floors.assembleDot(longWord, "", "", out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a word longer than a line in a");
  }

  @Test
  void nodeReadFloor_readsEveryKindAndEveryCharacterOfEveryText() {
    ChecksBenchmark b = new ChecksBenchmark();
    b.nodes = 1_000;
    b.setUp();
    long expected =
        b.graph.nodes().stream()
            .mapToLong(
                v -> (v.kind() == NodeKind.PREMISE ? 1 : 0) + v.text().chars().asLongStream().sum())
            .sum();

    assertThat(b.nodeReadFloor()).isEqualTo(expected).isPositive();
  }

  @Test
  void traversalBaseline_reachesEveryNodeOnce() {
    ChecksBenchmark b = new ChecksBenchmark();
    b.nodes = 1_000;
    b.setUp();

    assertThat(b.traversalBaseline()).isEqualTo(1_000);
  }

  @Test
  void traversalShuffledBaseline_walksTheShuffledGraphsOwnRelations() {
    ChecksBenchmark b = new ChecksBenchmark();
    b.nodes = 1_000;
    b.setUp();

    assertThat(b.traversalShuffledBaseline()).isEqualTo(1_000);
    assertThat(b.shuffledCsr.targets).hasSameSizeAs(b.csr.targets);
    assertThat(b.shuffledCsr.offsets).isNotEqualTo(b.csr.offsets);
  }

  @Test
  void checksShuffled_reportsWhatTheLayeredOrderReports() {
    ChecksBenchmark b = new ChecksBenchmark();
    b.nodes = 1_000;
    b.setUp();

    assertThat(b.checksShuffled().findings()).hasSameSizeAs(b.checks().findings()).isNotEmpty();
  }

  private static String twoNodes() {
    return "{\"id\": \"a\", \"kind\": \"premise\", \"text\": \"A\"},"
        + " {\"id\": \"b\", \"kind\": \"problem\", \"text\": \"B\"}";
  }

  private static byte[] document(String nodes, String relations) {
    return ("{\"format\": \"argraph\", \"formatVersion\": 1, \"id\": \"g\", \"nodes\": ["
            + nodes
            + "], \"relations\": ["
            + relations
            + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
