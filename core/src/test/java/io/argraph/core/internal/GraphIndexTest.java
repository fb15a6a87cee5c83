package io.argraph.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.RelationType;
import io.argraph.core.testing.RandomGraphs;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
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
  void kindsAndTextHashes_areEachNodesKindCodeAndNormalisedHash(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);

    assertKindsAndTextHashes(g);
    // A graph's builder takes them from the graph's index.
    assertKindsAndTextHashes(g.toBuilder().build());
    assertKindsAndTextHashes(g.toBuilder().problem("added", "  An ADDED\tproblem ").build());
    // Removing a node renumbers the builder's nodes from scratch; the columns must follow.
    if (g.nodeCount() > 1) {
      assertKindsAndTextHashes(g.toBuilder().removeNode(g.nodes().get(0).id()).build());
      assertKindsAndTextHashes(
          g.toBuilder().removeNode(g.nodes().get(g.nodeCount() / 2).id()).build());
    }
  }

  @Test
  void kindsAndTextHashes_followTheNodesAsTheBuilderGrowsAndBuildsAgain() {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    List<ArgumentGraph> graphs = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      switch (i % 3) {
        case 0 -> b.premise("p" + i, "Premise number " + i + ".");
        case 1 -> b.problem("q" + i, "  PROBLEM\tnumber " + i + " ");
        default -> b.recommendation("r" + i, "Recommend \u00e9 " + i);
      }
      if (i % 17 == 0) {
        graphs.add(b.build());
      }
    }
    graphs.add(b.build());

    for (ArgumentGraph g : graphs) {
      assertKindsAndTextHashes(g);
    }
    assertThat(GraphIndex.of(graphs.get(0)).kinds()).hasSize(1);
    assertThat(GraphIndex.of(b.build()).textHashes()).hasSize(100);
  }

  @Test
  void kindCode_isThePlaceOfTheKindInAnArgument() {
    assertThat(GraphIndex.kindCode(NodeKind.PREMISE)).isEqualTo(GraphIndex.PREMISE).isZero();
    assertThat(GraphIndex.kindCode(NodeKind.PROBLEM)).isEqualTo(GraphIndex.PROBLEM).isOne();
    assertThat(GraphIndex.kindCode(NodeKind.RECOMMENDATION))
        .isEqualTo(GraphIndex.RECOMMENDATION)
        .isEqualTo((byte) 2);
  }

  private static void assertKindsAndTextHashes(ArgumentGraph g) {
    GraphIndex index = GraphIndex.of(g);
    assertThat(index.kinds()).hasSize(g.nodeCount());
    assertThat(index.textHashes()).hasSize(g.nodeCount());
    for (int v = 0; v < g.nodeCount(); v++) {
      assertThat(index.kinds()[v]).isEqualTo(GraphIndex.kindCode(g.nodes().get(v).kind()));
      assertThat(index.textHashes()[v])
          .isEqualTo(NormalisedText.normalisedHash(g.nodes().get(v).text()));
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

  @ParameterizedTest
  @MethodSource("seeds")
  void eachNodesRelations_areInGraphOrderAndCoverEveryRelationOnce(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    GraphIndex index = GraphIndex.of(g);
    for (RelationType type : RelationType.values()) {
      for (GraphIndex.Adjacency adj : List.of(index.outgoing(type), index.incoming(type))) {
        assertThat(adj.start(0)).isZero();
        assertThat(adj.end(index.nodeCount() - 1)).isEqualTo(adj.relations().length);
        BitSet seen = new BitSet();
        for (int v = 0; v < index.nodeCount(); v++) {
          assertThat(adj.degree(v)).isEqualTo(adj.end(v) - adj.start(v)).isNotNegative();
          for (int i = adj.start(v); i < adj.end(v); i++) {
            int r = adj.relations()[i];
            if (i > adj.start(v)) {
              assertThat(r).isGreaterThan(adj.relations()[i - 1]);
            }
            assertThat(seen.get(r)).isFalse();
            seen.set(r);
            assertThat(index.isAttack(r)).isEqualTo(type == RelationType.ATTACK);
          }
        }
        assertThat(seen.cardinality()).isEqualTo(g.relations(type).size());
      }
    }
  }

  @Test
  void hubAndEmptyNodes_keepTheirRelationsInOrder() {
    ArgumentGraph.Builder b = ArgumentGraph.builder().problem("hub", "Everything leads here.");
    for (int i = 0; i < 5_000; i++) {
      b.premise("p" + i, "Premise " + i + ".").supports("p" + i, "hub");
    }
    b.premise("alone", "No relations.");
    GraphIndex index = GraphIndex.of(b.build());
    GraphIndex.Adjacency in = index.incoming(RelationType.SUPPORT);

    assertThat(in.degree(0)).isEqualTo(5_000);
    for (int i = 0; i < 5_000; i++) {
      assertThat(in.relations()[in.start(0) + i]).isEqualTo(i);
      assertThat(in.nodes()[in.start(0) + i]).isEqualTo(i + 1);
    }
    assertThat(in.degree(5_001)).isZero();
    assertThat(in.end(5_001)).isEqualTo(5_000);
    assertThat(index.outgoing(RelationType.ATTACK).relations()).isEmpty();
    assertThat(index.outgoing(RelationType.ATTACK).end(5_001)).isZero();
  }

  @Test
  void emptyGraph_hasEmptyAdjacencies() {
    GraphIndex index = GraphIndex.of(ArgumentGraph.builder().build());

    assertThat(index.nodeCount()).isZero();
    assertThat(index.relationCount()).isZero();
    assertThat(index.outgoing(RelationType.SUPPORT).relations()).isEmpty();
    assertThat(index.incoming(RelationType.ATTACK).nodes()).isEmpty();
  }
}
