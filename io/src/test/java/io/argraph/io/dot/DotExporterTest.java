package io.argraph.io.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.testing.RandomGraphs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotExporterTest {
  private static final ArgumentGraph PAIR =
      ArgumentGraph.builder()
          .premise("node", "A & B")
          .recommendation("1-2", "C")
          .supports("node", "1-2")
          .attacks("node", "1-2")
          .build();

  private static String noLegend(ArgumentGraph g) {
    return DotExporter.create(DotStyle.builder().legend(false).build()).toString(g);
  }

  @Test
  void write_isAPlainDigraphWithSyntheticIdsAndRealIdsKept() {
    String dot = noLegend(PAIR);
    assertThat(dot).startsWith("digraph \"argraph\" {\n").endsWith("}\n").doesNotContain("strict");
    assertThat(dot).doesNotContain("\r");
    assertThat(dot)
        .contains("  n0 [argid=\"node\", label=\"A &amp; B\", shape=\"box\"")
        .contains("  n1 [argid=\"1-2\", label=\"C\", shape=\"hexagon\"");
  }

  @Test
  void write_drawsSupportAndAttackOnTheSamePairAsTwoEdges() {
    assertThat(noLegend(PAIR))
        .contains(
            "  n0 -> n1 [color=\"#37474f\", style=\"solid\", arrowhead=\"normal\","
                + " tooltip=\"node supports 1-2\"];\n"
                + "  n0 -> n1 [color=\"#c62828\", style=\"dashed\", arrowhead=\"tee\","
                + " penwidth=\"1.5\", tooltip=\"node attacks 1-2\"];\n");
  }

  @Test
  void write_leavesOutTitleWhenTheGraphHasNone() {
    assertThat(noLegend(PAIR)).doesNotContain("label=\"U.S.").doesNotContain("labelloc");
    assertThat(noLegend(DotFixtures.sample()))
        .endsWith(
            "  label=\"U.S. policy toward Mexico\";\n  labelloc=\"t\";\n  fontsize=\"16\";\n}\n");
  }

  @Test
  void write_appliesDecorationsOverTheStyle() {
    DotDecorator decorator =
        DotDecorator.forNodes(
                n ->
                    DotDecoration.builder()
                        .fillColor("#c8e6c9")
                        .penWidth(2.5)
                        .tooltipLine("IN")
                        .attribute("fontcolor", "navy")
                        .attribute("shape", "ellipse")
                        .build())
            .andThen(
                DotDecorator.forRelations(
                    r -> DotDecoration.builder().color("gold").attribute("tooltip", "\\").build()));
    String dot =
        DotExporter.create(DotStyle.builder().legend(false).build())
            .withDecorator(decorator)
            .toString(PAIR);
    assertThat(dot)
        .contains(
            "n0 [argid=\"node\", label=\"A &amp; B\", shape=\"ellipse\", style=\"rounded,filled\","
                + " fillcolor=\"#c8e6c9\", color=\"#1565c0\", penwidth=\"2.5\","
                + " tooltip=\"node\\nA &amp; B\\nIN\", fontcolor=\"navy\"];")
        .contains(
            "n0 -> n1 [color=\"gold\", style=\"solid\", arrowhead=\"normal\","
                + " tooltip=\"\\\\\\\\\"];");
  }

  @Test
  void write_rejectsADecoratorThatReturnsNull() {
    DotExporter exporter = DotExporter.create().withDecorator(DotDecorator.forNodes(n -> null));
    assertThatThrownBy(() -> exporter.toString(PAIR))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("decorator returned null");
  }

  @Test
  void write_showsIdsAboveTheWrappedText() {
    ArgumentGraph g = ArgumentGraph.builder().premise("p1", "one two three four five six").build();
    String dot =
        DotExporter.create(DotStyle.builder().showIds(true).wrapWidth(9).legend(false).build())
            .toString(g);
    assertThat(dot).contains("label=\"p1\\none two\\nthree\\nfour five\\nsix\"");
  }

  @Test
  void write_clustersByKindSkipEmptyKinds() {
    String dot =
        DotExporter.create(
                DotStyle.builder().clusters(DotStyle.Clustering.KIND).legend(false).build())
            .toString(PAIR);
    assertThat(dot)
        .contains("subgraph cluster_premise {\n    label=\"Premises\";")
        .contains("subgraph cluster_recommendation {\n    label=\"Recommendations\";")
        .doesNotContain("cluster_problem");
  }

  @Test
  void write_clustersBySectionKeepNodesWithoutSectionOutside() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .node(Node.premise("a", "A").section("S \"1\"").build())
            .premise("b", "B")
            .node(Node.problem("c", "C").section("S \"1\"").build())
            .build();
    String dot =
        DotExporter.create(
                DotStyle.builder().clusters(DotStyle.Clustering.SECTION).legend(false).build())
            .toString(g);
    assertThat(dot)
        .contains(
            "  subgraph cluster_s0 {\n    label=\"S \\\"1\\\"\";\n    tooltip=\"S \\\"1\\\"\";\n")
        .contains("    n0 [argid=\"a\"")
        .contains("    n2 [argid=\"c\"")
        .contains("\n  n1 [argid=\"b\"");
  }

  @Test
  void write_legendExplainsKindsAndBothEdges() {
    String dot = DotExporter.create().toString(PAIR);
    assertThat(dot)
        .contains("subgraph cluster_legend {")
        .contains("legend_premise [label=\"Premise\"")
        .contains("legend_problem [label=\"Problem\"")
        .contains("legend_recommendation [label=\"Recommendation\"")
        .contains("legend_support_from -> legend_support_to [color=\"#37474f\"")
        .contains("legend_attack_from -> legend_attack_to [color=\"#c62828\", style=\"dashed\"");
  }

  @Test
  void write_isDeterministicAndThreadSafe() throws Exception {
    DotExporter exporter =
        DotExporter.create().withDecorator(DotDecorations.findings(DotFixtures.sampleReport()));
    ArgumentGraph g = RandomGraphs.graph(7);
    String expected = exporter.toString(g);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results =
          IntStream.range(0, 16).mapToObj(i -> pool.submit(() -> exporter.toString(g))).toList();
      for (Future<String> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void write_toStreamAndPathAsUtf8(@TempDir Path dir) throws Exception {
    ArgumentGraph g = ArgumentGraph.builder().premise("p", "año 🙂").build();
    DotExporter exporter = DotExporter.create();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    exporter.write(g, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(exporter.toString(g));
    Path file = dir.resolve("g.dot");
    exporter.write(g, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(exporter.toString(g));
    assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) 'd'); // no byte-order mark
  }

  @Test
  void withStyleAndDecorator_returnNewExporters() {
    DotStyle style = DotStyle.builder().showIds(true).build();
    DotExporter a = DotExporter.create();
    DotExporter b = a.withStyle(style);
    assertThat(a.style()).isEqualTo(DotStyle.defaults());
    assertThat(b.style()).isEqualTo(style);
    DotDecorator d = DotDecorator.forNodes(n -> DotDecoration.none());
    assertThat(b.withDecorator(d).decorator()).isSameAs(d);
    assertThat(a.decorator()).isSameAs(DotDecorator.none());
  }
}
