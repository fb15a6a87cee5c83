package io.argraph.io.dot;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.testing.RandomGraphs;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NodePositionsTest {

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(20);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void of_equalsTheGraphsIndexOfForEveryNode(long seed) {
    ArgumentGraph graph = RandomGraphs.graph(seed);
    NodePositions positions = new NodePositions(graph.nodes());
    for (Node node : graph.nodes()) {
      assertThat(positions.of(node.id())).isEqualTo(graph.indexOf(node.id()));
      // An equal id that is another string instance is found too.
      assertThat(positions.of(new String(node.id().toCharArray())))
          .isEqualTo(graph.indexOf(node.id()));
    }
    assertThat(positions.of("no-such-node")).isEqualTo(-1);
  }

  @Test
  void of_tellsApartIdsWithTheSameHash() {
    // "Aa" and "BB" have the same String hash code, and so do "AaAa", "AaBB", "BBAa" and "BBBB".
    List<Node> nodes =
        Stream.of("AaAa", "BBBB", "AaBB", "BBAa", "Aa")
            .map(id -> Node.of(id, NodeKind.PREMISE, "text of " + id))
            .toList();
    NodePositions positions = new NodePositions(nodes);
    assertThat(positions.of("AaAa")).isEqualTo(0);
    assertThat(positions.of("BBBB")).isEqualTo(1);
    assertThat(positions.of("AaBB")).isEqualTo(2);
    assertThat(positions.of("BBAa")).isEqualTo(3);
    assertThat(positions.of("Aa")).isEqualTo(4);
    assertThat(positions.of("BB")).isEqualTo(-1);
  }

  @Test
  void of_inAnEmptyGraphFindsNothing() {
    assertThat(new NodePositions(List.of()).of("a")).isEqualTo(-1);
  }

  @Test
  void of_findsEveryNodeOfALargeGraph() {
    ArgumentGraph graph = RandomGraphs.large(20_000, 100, 3);
    NodePositions positions = new NodePositions(graph.nodes());
    for (int i = 0; i < graph.nodeCount(); i++) {
      assertThat(positions.of(graph.nodes().get(i).id())).isEqualTo(i);
    }
  }
}
