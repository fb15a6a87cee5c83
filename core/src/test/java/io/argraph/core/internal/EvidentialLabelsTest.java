package io.argraph.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.NodeKind;
import io.argraph.core.semantics.EvidentialLabelling;
import io.argraph.core.semantics.Label;
import io.argraph.core.semantics.Labelling;
import io.argraph.core.testing.RandomGraphs;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EvidentialLabelsTest {
  static Stream<Long> seeds() {
    return RandomGraphs.seeds(100);
  }

  @Test
  void of_anEmptyGraphLabelsNothing() {
    EvidentialLabels labels =
        EvidentialLabels.of(GraphIndex.of(ArgumentGraph.builder().build()), v -> true);

    assertThat(labels.size()).isZero();
    assertThat(labels.toArray()).isEmpty();
    assertThatThrownBy(() -> labels.label(0))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("node 0 of 0");
  }

  @Test
  void of_takesThePremisesFromTheCaller() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .problem("q", "Policy has failed.")
            .recommendation("r", "Change course.")
            .supports("q", "r")
            .build();
    GraphIndex index = GraphIndex.of(g);

    assertThat(EvidentialLabels.of(index, v -> false).toArray())
        .containsExactly(EvidentialLabels.OUT, EvidentialLabels.OUT);
    assertThat(EvidentialLabels.of(index, v -> v == 0).toArray())
        .containsExactly(EvidentialLabels.IN, EvidentialLabels.IN);
  }

  @Test
  void label_refusesANodeOutsideTheGraph() {
    ArgumentGraph g = ArgumentGraph.builder().premise("p", "Drug flows persist.").build();
    EvidentialLabels labels = EvidentialLabels.of(GraphIndex.of(g), v -> true);

    assertThat(labels.label(0)).isEqualTo(EvidentialLabels.IN);
    assertThatThrownBy(() -> labels.label(-1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("node -1 of 1");
    assertThatThrownBy(() -> labels.label(1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("node 1 of 1");
  }

  /** The codes read one by one, the array and the public labelling say the same. */
  @ParameterizedTest
  @MethodSource("seeds")
  void label_agreesWithTheArrayAndThePublicLabelling(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    EvidentialLabels labels =
        EvidentialLabels.of(GraphIndex.of(g), v -> g.nodes().get(v).kind() == NodeKind.PREMISE);
    Labelling expected = EvidentialLabelling.of(g);

    byte[] all = labels.toArray();
    assertThat(labels.size()).isEqualTo(g.nodeCount());
    for (int v = 0; v < g.nodeCount(); v++) {
      assertThat(labels.label(v)).isEqualTo(all[v]);
      assertThat(decode(all[v])).as("seed %s node %s", seed, v).isEqualTo(expected.label(v));
    }
  }

  private static Label decode(byte code) {
    return switch (code) {
      case EvidentialLabels.IN -> Label.IN;
      case EvidentialLabels.OUT -> Label.OUT;
      case EvidentialLabels.UNDEC -> Label.UNDEC;
      default -> throw new AssertionError("code " + code);
    };
  }
}
