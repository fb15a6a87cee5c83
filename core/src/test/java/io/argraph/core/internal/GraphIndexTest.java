package io.argraph.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.RelationType;
import io.argraph.core.testing.RandomGraphs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GraphIndexTest {

  static java.util.stream.Stream<Long> seeds() {
    return RandomGraphs.seeds(40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void nodes_holdTheOtherEndOfEachRelation(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    GraphIndex index = GraphIndex.of(g);
    for (RelationType type : RelationType.values()) {
      GraphIndex.Adjacency out = index.outgoing(type);
      GraphIndex.Adjacency in = index.incoming(type);
      assertThat(out.nodes()).hasSameSizeAs(out.relations());
      assertThat(in.nodes()).hasSameSizeAs(in.relations());
      for (int v = 0; v < index.nodeCount(); v++) {
        for (int i = out.start(v); i < out.end(v); i++) {
          int r = out.relations()[i];
          assertThat(index.from(r)).isEqualTo(v);
          assertThat(out.nodes()[i]).isEqualTo(index.to(r));
          assertThat(g.relations().get(r).to()).isEqualTo(g.nodes().get(out.nodes()[i]).id());
        }
        for (int i = in.start(v); i < in.end(v); i++) {
          int r = in.relations()[i];
          assertThat(index.to(r)).isEqualTo(v);
          assertThat(in.nodes()[i]).isEqualTo(index.from(r));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void nodes_areEmptyForAGraphWithoutRelations(long seed) {
    ArgumentGraph g =
        ArgumentGraph.builder().premise("p" + seed, "Alone.").premise("q", "Alone too.").build();
    GraphIndex index = GraphIndex.of(g);

    assertThat(index.outgoing(RelationType.SUPPORT).nodes()).isEmpty();
    assertThat(index.incoming(RelationType.ATTACK).nodes()).isEmpty();
  }
}
