package io.argraph.io.dot;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.semantics.EvidentialLabelling;
import io.argraph.core.semantics.Label;
import io.argraph.core.semantics.Labelling;
import io.argraph.core.semantics.Solver;
import io.argraph.core.semantics.SupportReading;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotLabellingDecorationTest {

  /** p stands, q attacks r, so r is OUT; s and t attack each other, so both are UNDEC. */
  private static ArgumentGraph graph() {
    return ArgumentGraph.builder()
        .premise("p", "A premise nothing attacks.")
        .premise("q", "An attacking premise.")
        .problem("r", "A problem q defeats.")
        .recommendation("s", "One of two rival recommendations.")
        .recommendation("t", "The other rival recommendation.")
        .supports("p", "r")
        .attacks("q", "r")
        .supports("p", "s")
        .supports("p", "t")
        .attacks("s", "t")
        .attacks("t", "s")
        .build();
  }

  private static DotDecoration decorationOf(DotDecorator d, ArgumentGraph g, String id) {
    return d.node(g, g.node(id).orElseThrow());
  }

  @Test
  void labelling_evidentialColoursEachLabelExactly() {
    ArgumentGraph g = graph();
    DotDecorator d = DotDecorations.labelling(EvidentialLabelling.of(g));
    assertThat(decorationOf(d, g, "p"))
        .isEqualTo(
            DotDecoration.builder()
                .fillColor("#c8e6c9")
                .color("#2e7d32")
                .tooltipLine("label: IN")
                .build());
    assertThat(decorationOf(d, g, "r"))
        .isEqualTo(
            DotDecoration.builder()
                .fillColor("#eeeeee")
                .color("#c62828")
                .attribute("style", "filled,dashed")
                .tooltipLine("label: OUT")
                .build());
    assertThat(decorationOf(d, g, "s"))
        .isEqualTo(
            DotDecoration.builder()
                .fillColor("#fff59d")
                .color("#f9a825")
                .tooltipLine("label: UNDEC")
                .build());
    assertThat(d.relation(g, g.relations().get(0))).isEqualTo(DotDecoration.none());
  }

  @Test
  void labelling_outKeepsEachKindsOwnStyleAndAddsDashed() {
    ArgumentGraph g = graph();
    DotDecorator allOut = DotDecorations.labelling(id -> Label.OUT);
    assertThat(decorationOf(allOut, g, "p").attributes())
        .isEqualTo(Map.of("style", "rounded,filled,dashed"));
    assertThat(decorationOf(allOut, g, "r").attributes())
        .isEqualTo(Map.of("style", "filled,dashed"));
    assertThat(decorationOf(allOut, g, "s").attributes())
        .isEqualTo(Map.of("style", "filled,bold,dashed"));
  }

  @Test
  void labelling_leavesNodesWithoutALabelAlone() {
    ArgumentGraph g = graph();
    DotDecorator onlyP = DotDecorations.labelling(id -> id.equals("p") ? Label.IN : null);
    assertThat(decorationOf(onlyP, g, "q")).isEqualTo(DotDecoration.none());
    ArgumentGraph bigger = g.toBuilder().premise("z", "Not in the labelling.").build();
    DotDecorator byLabelling = DotDecorations.labelling(EvidentialLabelling.of(g));
    assertThat(decorationOf(byLabelling, bigger, "z")).isEqualTo(DotDecoration.none());
  }

  @Test
  void labelling_ofAFlattenedReadingNamesArgumentsByNodeId() {
    ArgumentGraph g = graph();
    Labelling grounded = Solver.of(ArgumentationFramework.of(g, SupportReading.NONE)).grounded();
    DotDecorator d = DotDecorations.labelling(grounded);
    // Under NONE supports count for nothing: r is simply attacked by q, which nothing attacks.
    assertThat(decorationOf(d, g, "q").tooltipLines()).containsExactly("label: IN");
    assertThat(decorationOf(d, g, "r").tooltipLines()).containsExactly("label: OUT");
    assertThat(decorationOf(d, g, "t").tooltipLines()).containsExactly("label: UNDEC");
  }

  @Test
  void labelling_exportIsAcceptedSilentlyByGraphviz() throws Exception {
    GraphvizJudge.requireDot();
    ArgumentGraph g = graph();
    String dot =
        DotExporter.create(DotStyle.builder().legend(false).build())
            .withDecorator(DotDecorations.labelling(EvidentialLabelling.of(g)))
            .toString(g);
    assertThat(dot)
        .contains("style=\"filled,dashed\"", "fillcolor=\"#c8e6c9\"", "fillcolor=\"#fff59d\"");
    GraphvizJudge.Verdict v = GraphvizJudge.judge(dot).assertClean();
    assertThat(v.nodeTooltips())
        .isEqualTo(
            Map.of(
                "n0", "p\nA premise nothing attacks.\nlabel: IN",
                "n1", "q\nAn attacking premise.\nlabel: IN",
                "n2", "r\nA problem q defeats.\nlabel: OUT",
                "n3", "s\nOne of two rival recommendations.\nlabel: UNDEC",
                "n4", "t\nThe other rival recommendation.\nlabel: UNDEC"));
    assertThat(v.canon()).contains("style=\"filled,bold\"");
  }
}
