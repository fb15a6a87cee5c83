package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The findings about single nodes, made a block of nodes at a time. */
class NodeFindingsTest {
  private static final List<NodeKind> KINDS =
      List.of(NodeKind.PREMISE, NodeKind.PROBLEM, NodeKind.RECOMMENDATION);

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(50);
  }

  @Test
  void report_withoutNodes_addsNothing() {
    ArgumentGraph g = ArgumentGraph.builder().premise("p", "P.").build();
    NodeFindings found = new NodeFindings(new Analysis(g));
    Found out = new Found();

    found.report("code", Severity.INFO, "", " is here", out);

    assertThat(out.size()).isZero();
  }

  @Test
  void report_putsTheKindAndNameBetweenThePieces() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "Remittances grew.")
            .problem("q", "  Policy\tfailed  in   every way we could have measured it. ")
            .recommendation("r", "abcdefghijklmnopqrstuvwx🙂🙂")
            .build();
    NodeFindings found = new NodeFindings(new Analysis(g));
    found.add(0);
    found.add(1);
    found.add(2);
    Found out = new Found();

    found.report("some-code", Severity.WARNING, "before ", "; after", out);

    assertThat(out.findings())
        .containsExactly(
            Finding.of(
                "some-code",
                Severity.WARNING,
                "before premise \"p\" (Remittances grew.); after",
                List.of("p")),
            Finding.of(
                "some-code",
                Severity.WARNING,
                "before problem \"q\" (Policy failed in every wa…); after",
                List.of("q")),
            Finding.of(
                "some-code",
                Severity.WARNING,
                "before recommendation \"r\" (abcdefghijklmnopqrstuvwx🙂…); after",
                List.of("r")));
    assertThat(List.of(out.position(0), out.position(1), out.position(2))).containsExactly(0, 1, 2);
  }

  @Test
  void report_ofPlainTexts_cutsThemAfterTwentyFiveChars() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "End the militarised approach.")
            .premise("q", "abcdefghijklmnopqrstuvwx yz")
            .premise("r", "abcdefghijklmnopqrstuvwxy")
            .premise("s", "abcdefghijklmnopqrstuvwxyz")
            .premise("t", "x".repeat(30) + " \t é ")
            .build();
    NodeFindings found = new NodeFindings(new Analysis(g));
    for (int v = 0; v < 5; v++) {
      found.add(v);
    }
    Found out = new Found();

    found.report("c", Severity.INFO, "", " is plain", out);

    assertThat(out.findings())
        .extracting(Finding::message)
        .containsExactly(
            "premise \"p\" (End the militarised appro…) is plain",
            "premise \"q\" (abcdefghijklmnopqrstuvwx…) is plain",
            "premise \"r\" (abcdefghijklmnopqrstuvwxy) is plain",
            "premise \"s\" (abcdefghijklmnopqrstuvwxy…) is plain",
            "premise \"t\" (" + "x".repeat(25) + "…) is plain");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, NodeBlock.SIZE - 1, NodeBlock.SIZE, NodeBlock.SIZE + 1, 1000})
  void report_acrossBlocks_matchesTheMessageOfEachNodeAlone(int count) {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int i = 0; i < 2 * count; i++) {
      b.node(Node.of("n" + i, KINDS.get(i % KINDS.size()), "Text number " + i + " says  more."));
    }
    ArgumentGraph g = b.build();
    NodeFindings found = new NodeFindings(new Analysis(g));
    for (int i = 0; i < count; i++) {
      found.add(2 * i + 1); // every other node, so that the nodes added are not 0, 1, 2, ...
    }
    Found out = new Found();

    found.report("c", Severity.INFO, "x ", " y", out);

    assertThat(out.findings())
        .isEqualTo(expected(g, positions(count), "c", Severity.INFO, "x ", " y"));
    for (int i = 0; i < count; i++) {
      assertThat(out.position(i)).isEqualTo(2 * i + 1);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, NodeBlock.SIZE - 1, NodeBlock.SIZE, NodeBlock.SIZE + 1, 129})
  void report_byBlock_handsOverEachBlockOfTheNodesInOrder(int count) {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int i = 0; i < count; i++) {
      b.node(Node.of("n" + i, NodeKind.PREMISE, "Text " + i));
    }
    ArgumentGraph g = b.build();
    NodeFindings found = new NodeFindings(new Analysis(g));
    for (int i = count - 1; i >= 0; i--) {
      found.add(i); // backwards, so that a block's place in the nodes added is not the position
    }
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    Found out = new Found();

    found.report(
        (block, nodes, from, size, o) -> {
          sizes.add(size);
          for (int j = 0; j < size; j++) {
            assertThat(block.id(j)).isEqualTo("n" + nodes[from + j]);
            assertThat(block.text(j)).isEqualTo("Text " + nodes[from + j]);
            seen.add(block.id(j));
            o.add(
                nodes[from + j], Finding.of("c", Severity.INFO, block.id(j), List.of(block.id(j))));
          }
        },
        out);

    List<String> expected = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      expected.add("n" + i);
    }
    assertThat(seen).isEqualTo(expected);
    assertThat(out.size()).isEqualTo(count);
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
    assertThat(sizes).hasSize((count + NodeBlock.SIZE - 1) / NodeBlock.SIZE);
    assertThat(sizes).allMatch(size -> size > 0 && size <= NodeBlock.SIZE);
    if (count > 0) {
      assertThat(sizes.get(sizes.size() - 1))
          .isEqualTo(count % NodeBlock.SIZE == 0 ? NodeBlock.SIZE : count % NodeBlock.SIZE);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void report_onRandomGraphs_matchesTheMessageOfEachNodeAlone(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    NodeFindings found = new NodeFindings(new Analysis(g));
    List<Integer> added = new ArrayList<>();
    for (int v = 0; v < g.nodes().size(); v += 1 + (int) (seed % 3)) {
      found.add(v);
      added.add(v);
    }
    Found out = new Found();

    found.report("code", Severity.ERROR, "", " ends here", out);

    assertThat(out.findings())
        .isEqualTo(expected(g, added, "code", Severity.ERROR, "", " ends here"));
  }

  private static List<Integer> positions(int count) {
    List<Integer> p = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      p.add(2 * i + 1);
    }
    return p;
  }

  private static List<Finding> expected(
      ArgumentGraph g,
      List<Integer> positions,
      String code,
      Severity severity,
      String before,
      String after) {
    List<Finding> findings = new ArrayList<>();
    for (int v : positions) {
      Node node = g.nodes().get(v);
      findings.add(
          Finding.of(code, severity, before + Names.kindAndNode(node) + after, List.of(node.id())));
    }
    return findings;
  }
}
