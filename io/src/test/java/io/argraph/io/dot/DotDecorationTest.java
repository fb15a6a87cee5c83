package io.argraph.io.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.argraph.core.check.Report;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Relation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotDecorationTest {

  @Test
  void and_laysTheOtherOnTopAndAppendsTooltipLines() {
    DotDecoration under =
        DotDecoration.builder()
            .color("red")
            .fillColor("white")
            .penWidth(2)
            .tooltipLine("one")
            .attribute("style", "bold")
            .attribute("fontcolor", "grey")
            .build();
    DotDecoration over =
        DotDecoration.builder()
            .color("blue")
            .tooltipLine("two")
            .attribute("fontcolor", "black")
            .build();
    DotDecoration both = under.and(over);
    assertThat(both.color()).contains("blue");
    assertThat(both.fillColor()).contains("white");
    assertThat(both.penWidth()).contains(2.0);
    assertThat(both.tooltipLines()).containsExactly("one", "two");
    assertThat(both.attributes()).isEqualTo(Map.of("style", "bold", "fontcolor", "black"));
    assertThat(both.attributes().keySet()).containsExactly("style", "fontcolor");
  }

  @Test
  void and_withNoneReturnsTheOtherUnchanged() {
    DotDecoration d = DotDecoration.builder().penWidth(1.5).build();
    assertThat(DotDecoration.none().and(d)).isSameAs(d);
    assertThat(d.and(DotDecoration.none())).isSameAs(d);
    assertThat(DotDecoration.none().isEmpty()).isTrue();
    assertThat(d.isEmpty()).isFalse();
    DotDecoration over = DotDecoration.builder().penWidth(4).fillColor("#000000").build();
    assertThat(d.and(over).penWidth()).contains(4.0);
    assertThat(d.and(over).fillColor()).contains("#000000");
  }

  @Test
  void equalsAndToString_areByValue() {
    new EqualsTester()
        .addEqualityGroup(DotDecoration.none(), DotDecoration.builder().build())
        .addEqualityGroup(DotDecoration.builder().color("red").build())
        .addEqualityGroup(DotDecoration.builder().fillColor("red").build())
        .addEqualityGroup(DotDecoration.builder().penWidth(2).build())
        .addEqualityGroup(DotDecoration.builder().tooltipLine("x").build())
        .addEqualityGroup(DotDecoration.builder().attribute("x", "y").build())
        .testEquals();
    assertThat(DotDecoration.builder().color("red").tooltipLine("t").build().toString())
        .isEqualTo("DotDecoration{color=red, tooltipLines=[t]}");
  }

  @Test
  void builder_rejectsBadPenWidthsAndAttributeNames() {
    assertThatThrownBy(() -> DotDecoration.builder().penWidth(0))
        .hasMessage("pen width 0.0: use a value in (0, 100]");
    assertThatThrownBy(() -> DotDecoration.builder().attribute("edge", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DotDecoration.builder().attribute("argid", "x"))
        .hasMessage("attribute name \"argid\" is reserved for the node's real id");
  }

  @Test
  void decorator_andThenLayersBothAndForNodesLeavesRelationsAlone() {
    ArgumentGraph g = DotFixtures.sample();
    DotDecorator red =
        DotDecorator.forNodes(n -> DotDecoration.builder().color("red").tooltipLine("a").build());
    DotDecorator thick =
        DotDecorator.forRelations(r -> DotDecoration.builder().penWidth(3).build())
            .andThen(DotDecorator.forNodes(n -> DotDecoration.builder().tooltipLine("b").build()));
    DotDecorator both = red.andThen(thick);
    DotDecoration node = both.node(g, g.nodes().get(0));
    assertThat(node.color()).contains("red");
    assertThat(node.tooltipLines()).containsExactly("a", "b");
    Relation r = g.relations().get(0);
    assertThat(both.relation(g, r)).isEqualTo(DotDecoration.builder().penWidth(3).build());
    assertThat(red.relation(g, r)).isEqualTo(DotDecoration.none());
    assertThat(DotDecorator.none().node(g, g.nodes().get(0))).isEqualTo(DotDecoration.none());
  }

  @Test
  void findings_highlightsByWorstSeverityAndListsCodes() {
    ArgumentGraph g = DotFixtures.sample();
    DotDecorator d = DotDecorations.findings(DotFixtures.sampleReport());
    DotDecoration trade = d.node(g, g.node("trade").orElseThrow());
    assertThat(trade.color()).contains("#d50000");
    assertThat(trade.penWidth()).contains(3.0);
    assertThat(trade.tooltipLines())
        .containsExactly("error: contradictory-relations", "info: duplicate-text");
    DotDecoration expand = d.node(g, g.node("expand-trade").orElseThrow());
    assertThat(expand.color()).contains("#ff8f00");
    assertThat(expand.tooltipLines())
        .containsExactly("warning: unmotivated-recommendation", "info: duplicate-text");
    assertThat(d.node(g, g.node("drug-flow").orElseThrow())).isEqualTo(DotDecoration.none());
  }

  @Test
  void findings_matchesRelationsByEndsAndTypeWhateverTheirNotes() {
    ArgumentGraph g = DotFixtures.sample();
    DotDecorator d = DotDecorations.findings(DotFixtures.sampleReport());
    DotDecoration attack = d.relation(g, Relation.attack("trade", "end-certification"));
    assertThat(attack.tooltipLines()).containsExactly("error: contradictory-relations");
    assertThat(d.relation(g, Relation.support("trade", "end-certification").withNote("n")))
        .isEqualTo(attack);
    assertThat(d.relation(g, Relation.support("trade", "expand-trade")))
        .isEqualTo(DotDecoration.none());
  }

  @Test
  void findings_ofAnInfoOnlyNodeIsBlue() {
    ArgumentGraph g = DotFixtures.sample();
    Report report =
        Report.of(
            g,
            List.of(
                io.argraph.core.check.Finding.of(
                    "unused-premise",
                    io.argraph.core.check.Severity.INFO,
                    "drug-flow supports nothing",
                    List.of("drug-flow"))));
    DotDecoration d = DotDecorations.findings(report).node(g, g.node("drug-flow").orElseThrow());
    assertThat(d.color()).contains("#2962ff");
    assertThat(d.tooltipLines()).containsExactly("info: unused-premise");
  }
}
