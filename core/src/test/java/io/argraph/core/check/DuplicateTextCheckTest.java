package io.argraph.core.check;

import static io.argraph.core.check.CheckTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DuplicateTextCheckTest {

  @Test
  void duplicateText_firesOnTextsEqualUpToWhiteSpaceAndCase() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "Drug flows persist.")
            .problem("x", "Policy has failed.")
            .premise("b", "  drug   FLOWS\tpersist.\n")
            .build();

    assertThat(findings(g, CheckCodes.DUPLICATE_TEXT))
        .containsExactly(
            Finding.of(
                "duplicate-text",
                Severity.INFO,
                "2 nodes have the same text: \"a\" (Drug flows persist.), \"b\" (drug FLOWS"
                    + " persist.); merge them into one node, or reword them to say what differs",
                List.of("a", "b")));
  }

  @Test
  void duplicateText_oneFindingPerGroupWithAllItsNodes() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "One.")
            .premise("b", "Two.")
            .problem("c", "one.")
            .recommendation("d", "TWO.")
            .recommendation("e", "One.")
            .build();

    assertThat(findings(g, CheckCodes.DUPLICATE_TEXT))
        .extracting(Finding::nodes)
        .containsExactly(List.of("a", "c", "e"), List.of("b", "d"));
  }

  @Test
  void duplicateText_doesNotFireWhenPunctuationDiffers() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "Drug flows persist.")
            .premise("b", "Drug flows persist")
            .premise("c", "Drug flowspersist.")
            .build();

    assertThat(findings(g, CheckCodes.DUPLICATE_TEXT)).isEmpty();
  }

  @Test
  void duplicateText_ignoresCaseTheSameWayInATurkishLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      ArgumentGraph g =
          ArgumentGraph.builder().premise("a", "IMMIGRATION").premise("b", "immigration").build();

      assertThat(findings(g, CheckCodes.DUPLICATE_TEXT)).hasSize(1);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void duplicateText_namesTenNodesAndCountsTheRest() {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int i = 0; i < 12; i++) {
      b.premise("p" + i, "Same.");
    }

    Finding f = findings(b.build(), CheckCodes.DUPLICATE_TEXT).get(0);

    assertThat(f.nodes()).hasSize(12);
    assertThat(f.message())
        .isEqualTo(
            "12 nodes have the same text: \"p0\" (Same.), \"p1\" (Same.), \"p2\" (Same.), \"p3\""
                + " (Same.), \"p4\" (Same.), \"p5\" (Same.), \"p6\" (Same.), \"p7\" (Same.),"
                + " \"p8\" (Same.), \"p9\" (Same.) and 2 more; merge them into one node, or reword"
                + " them to say what differs");
  }
}
