package io.argraph.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class SourceDocumentTest {
  private static final SourceDocument DOC =
      new SourceDocument(
          "brief.txt", "Mexico’s stability matters. Trade rose. Trade rose again. Año 🙂 fin.");

  @Test
  void quote_findsTheOffsetsOfAUniqueQuote() {
    Source s = DOC.quote("stability matters");

    assertThat(s).isEqualTo(new Source("brief.txt", "stability matters", 9, 26));
    assertThat(DOC.text().substring(s.start(), s.end())).isEqualTo(s.quote());
  }

  @Test
  void quote_countsUtf16UnitsForNonAsciiText() {
    Source s = DOC.quote("🙂 fin");

    assertThat(DOC.text().substring(s.start(), s.end())).isEqualTo("🙂 fin");
    assertThat(s.end() - s.start()).isEqualTo(6); // the emoji is two chars
    assertThat(DOC.quote("Año").start()).isEqualTo(DOC.text().indexOf("Año"));
  }

  @Test
  void quote_rejectsAbsentText() {
    assertThatThrownBy(() -> DOC.quote("not there"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quote not found in brief.txt: \"not there\"");
  }

  @Test
  void quote_rejectsRepeatedTextAndNamesBothPlaces() {
    assertThatThrownBy(() -> DOC.quote("Trade rose"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "quote occurs more than once in brief.txt (at 28 and 40): \"Trade rose\"; quote more"
                + " text, or choose an occurrence with quote(text, occurrence)");
  }

  @Test
  void quote_withOccurrenceChoosesOne() {
    assertThat(DOC.quote("Trade rose", 1).start()).isEqualTo(28);
    assertThat(DOC.quote("Trade rose", 2).start()).isEqualTo(40);
    assertThatThrownBy(() -> DOC.quote("Trade rose", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quote occurs 2 time(s) in brief.txt, not 3: \"Trade rose\"");
    assertThatThrownBy(() -> DOC.quote("Trade rose", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("occurrence 0: occurrences count from 1");
  }

  @Test
  void quote_rejectsEmptyQuoteAndAbbreviatesLongOnes() {
    assertThatThrownBy(() -> DOC.quote(""))
        .hasMessage("quote is empty; give the exact text to locate in brief.txt");
    assertThatThrownBy(() -> DOC.quote("", 1))
        .hasMessage("quote is empty; give the exact text to locate in brief.txt");
    assertThatThrownBy(() -> DOC.quote("x".repeat(100)))
        .hasMessage("quote not found in brief.txt: \"" + "x".repeat(57) + "...\"");
  }

  @Test
  void constructor_rejectsBlankName() {
    assertThatThrownBy(() -> new SourceDocument(" ", "text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source document name is blank; name the document");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(new SourceDocument("a", "x"), new SourceDocument("a", "x"))
        .addEqualityGroup(new SourceDocument("a", "y"))
        .addEqualityGroup(new SourceDocument("b", "x"))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(DOC);
    assertThat(DOC.toString()).isEqualTo("SourceDocument{brief.txt, 69 chars}");
  }
}
