package io.argraph.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadLimitsTest {
  @Test
  void defaults_areTheDocumentedValues() {
    ReadLimits d = ReadLimits.defaults();

    assertThat(d.maxInputBytes()).isEqualTo(64L * 1024 * 1024);
    assertThat(d.maxNodes()).isEqualTo(1_000_000);
    assertThat(d.maxRelations()).isEqualTo(2_000_000);
    assertThat(d.maxStringLength()).isEqualTo(1_000_000);
    assertThat(d.maxNestingDepth()).isEqualTo(32);
    assertThat(ReadLimits.builder().build()).isEqualTo(d).hasSameHashCodeAs(d);
  }

  @Test
  void toBuilder_keepsEveryLimit() {
    ReadLimits limits =
        ReadLimits.builder()
            .maxInputBytes(1)
            .maxNodes(2)
            .maxRelations(3)
            .maxStringLength(4)
            .maxNestingDepth(5)
            .build();

    assertThat(limits.toBuilder().build()).isEqualTo(limits);
    assertThat(limits.toBuilder().maxNodes(9).build()).isNotEqualTo(limits);
    assertThat(limits)
        .hasToString(
            "ReadLimits{maxInputBytes=1, maxNodes=2, maxRelations=3, maxStringLength=4,"
                + " maxNestingDepth=5}");
  }

  @Test
  void builder_refusesLimitsBelowTheMinimum() {
    ReadLimits.Builder b = ReadLimits.builder();

    assertThatThrownBy(() -> b.maxInputBytes(0)).hasMessage("maxInputBytes 0: must be at least 1");
    assertThatThrownBy(() -> b.maxNodes(-1)).hasMessage("maxNodes -1: must be at least 0");
    assertThatThrownBy(() -> b.maxRelations(-1)).hasMessage("maxRelations -1: must be at least 0");
    assertThatThrownBy(() -> b.maxStringLength(0))
        .hasMessage("maxStringLength 0: must be at least 1");
    assertThatThrownBy(() -> b.maxNestingDepth(0))
        .hasMessage("maxNestingDepth 0: must be at least 1");
  }
}
