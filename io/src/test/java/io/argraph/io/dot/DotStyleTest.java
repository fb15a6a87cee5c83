package io.argraph.io.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.argraph.core.model.NodeKind;
import org.junit.jupiter.api.Test;

class DotStyleTest {

  @Test
  void defaults_readBottomUpWithLegendAndWrapAt28() {
    DotStyle s = DotStyle.defaults();
    assertThat(s.rankDirection()).isEqualTo(DotStyle.RankDirection.BOTTOM_TO_TOP);
    assertThat(s.rankDirection().graphviz()).isEqualTo("BT");
    assertThat(s.clusters()).isEqualTo(DotStyle.Clustering.NONE);
    assertThat(s.wrapWidth()).isEqualTo(28);
    assertThat(s.showIds()).isFalse();
    assertThat(s.legend()).isTrue();
    assertThat(s.fontName()).isEqualTo("Helvetica");
    assertThat(s.fillColor(NodeKind.PREMISE)).isEqualTo("#e3f2fd");
    assertThat(s.borderColor(NodeKind.RECOMMENDATION)).isEqualTo("#2e7d32");
    assertThat(s.supportColor()).isEqualTo("#37474f");
    assertThat(s.attackColor()).isEqualTo("#c62828");
    assertThat(DotStyle.builder().build()).isEqualTo(s);
  }

  @Test
  void toBuilder_keepsEverySetting() {
    DotStyle s =
        DotStyle.builder()
            .rankDirection(DotStyle.RankDirection.LEFT_TO_RIGHT)
            .clusters(DotStyle.Clustering.SECTION)
            .wrapWidth(0)
            .showIds(true)
            .legend(false)
            .fontName("DejaVu Sans")
            .fillColor(NodeKind.PROBLEM, "pink")
            .borderColor(NodeKind.PROBLEM, "red")
            .supportColor("black")
            .attackColor("#ff0000")
            .build();
    assertThat(s.toBuilder().build()).isEqualTo(s);
    assertThat(s.fillColor(NodeKind.PROBLEM)).isEqualTo("pink");
    assertThat(s.toString())
        .isEqualTo(
            "DotStyle{rankDirection=LEFT_TO_RIGHT, clusters=SECTION, wrapWidth=0, showIds=true,"
                + " legend=false}");
  }

  @Test
  void equals_isByValue() {
    new EqualsTester()
        .addEqualityGroup(DotStyle.defaults(), DotStyle.builder().build())
        .addEqualityGroup(DotStyle.builder().showIds(true).build())
        .addEqualityGroup(DotStyle.builder().legend(false).build())
        .addEqualityGroup(DotStyle.builder().wrapWidth(40).build())
        .addEqualityGroup(DotStyle.builder().clusters(DotStyle.Clustering.KIND).build())
        .addEqualityGroup(
            DotStyle.builder().rankDirection(DotStyle.RankDirection.TOP_TO_BOTTOM).build())
        .addEqualityGroup(DotStyle.builder().fontName("Arial").build())
        .addEqualityGroup(DotStyle.builder().fillColor(NodeKind.PREMISE, "white").build())
        .addEqualityGroup(DotStyle.builder().borderColor(NodeKind.PREMISE, "white").build())
        .addEqualityGroup(DotStyle.builder().supportColor("blue").build())
        .addEqualityGroup(DotStyle.builder().attackColor("orange").build())
        .testEquals();
  }

  @Test
  void builder_rejectsNullsNarrowWrapAndBadColours() {
    new NullPointerTester().testAllPublicInstanceMethods(DotStyle.builder());
    assertThatThrownBy(() -> DotStyle.builder().wrapWidth(5))
        .hasMessage("wrap width 5: use at least 8 characters, or 0 for no wrapping");
    assertThatThrownBy(() -> DotStyle.builder().fontName(" "))
        .hasMessage("font name is blank; name a font such as Helvetica");
    assertThatThrownBy(() -> DotStyle.builder().attackColor("re d"))
        .hasMessage(
            "attack colour \"re d\": use #rrggbb, #rrggbbaa, a Graphviz colour name such as red,"
                + " or /scheme/name");
  }
}
