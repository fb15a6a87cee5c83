package io.argraph.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceTest {

  @Test
  void constructor_acceptsConsistentOffsets() {
    Source s = new Source("doc", "abc", 5, 8);

    assertThat(s.document()).isEqualTo("doc");
    assertThat(s.quote()).isEqualTo("abc");
    assertThat(s.start()).isEqualTo(5);
    assertThat(s.end()).isEqualTo(8);
  }

  @Test
  void constructor_rejectsNegativeOffsets() {
    assertThatThrownBy(() -> new Source("doc", "abc", -1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source offsets -1..2 in \"doc\" are negative; offsets count chars from 0");
  }

  @Test
  void constructor_rejectsReversedOffsets() {
    assertThatThrownBy(() -> new Source("doc", "abc", 8, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source offsets 8..5 in \"doc\" are reversed; start must not exceed end");
  }

  @Test
  void constructor_rejectsOffsetsInconsistentWithTheQuote() {
    assertThatThrownBy(() -> new Source("doc", "abc", 5, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "source offsets 5..9 in \"doc\" span 4 chars but the quote has 3; locate the quote with"
                + " SourceDocument.quote");
  }

  @Test
  void constructor_rejectsEmptyQuoteAndBlankDocument() {
    assertThatThrownBy(() -> new Source("doc", "", 5, 5))
        .hasMessage("source quote is empty; quote the text the node comes from");
    assertThatThrownBy(() -> new Source(" ", "abc", 5, 8))
        .hasMessage("source document name is blank; name the document quoted");
  }
}
