package io.argraph.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.internal.GraphIndex;
import io.argraph.core.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The graph's own queries, its JGraphT view and its internal index tell the same story. */
class GraphViewsTest {

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void jgraphtView_agreesWithQueries(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    Graph<Node, Relation> view = g.asGraph();

    assertThat(List.copyOf(view.vertexSet())).isEqualTo(g.nodes());
    assertThat(List.copyOf(view.edgeSet())).isEqualTo(g.relations());
    for (Node n : g.nodes()) {
      List<Relation> in = new ArrayList<>(g.incoming(n.id(), RelationType.SUPPORT));
      in.addAll(g.incoming(n.id(), RelationType.ATTACK));
      assertThat(view.incomingEdgesOf(n)).containsExactlyInAnyOrderElementsOf(in);
      List<Relation> out = new ArrayList<>(g.outgoing(n.id(), RelationType.SUPPORT));
      out.addAll(g.outgoing(n.id(), RelationType.ATTACK));
      assertThat(view.outgoingEdgesOf(n)).containsExactlyInAnyOrderElementsOf(out);
    }
    for (Relation r : g.relations()) {
      assertThat(view.getEdgeSource(r).id()).isEqualTo(r.from());
      assertThat(view.getEdgeTarget(r).id()).isEqualTo(r.to());
    }
    assertThat(view.getType().isAllowingMultipleEdges()).isTrue();
    assertThat(view.getType().isAllowingSelfLoops()).isTrue();
    assertThat(view.getType().isModifiable()).isFalse();
    assertThat(g.asGraph()).isSameAs(view);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void queries_listRelationsInGraphOrder(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);

    for (Node n : g.nodes()) {
      for (RelationType type : RelationType.values()) {
        assertThat(g.incoming(n.id(), type))
            .containsExactlyElementsOf(
                g.relations().stream()
                    .filter(r -> r.type() == type && r.to().equals(n.id()))
                    .toList());
        assertThat(g.outgoing(n.id(), type))
            .containsExactlyElementsOf(
                g.relations().stream()
                    .filter(r -> r.type() == type && r.from().equals(n.id()))
                    .toList());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void index_agreesWithQueries(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    GraphIndex index = GraphIndex.of(g);

    assertThat(index.nodeCount()).isEqualTo(g.nodeCount());
    assertThat(index.relationCount()).isEqualTo(g.relationCount());
    for (int r = 0; r < index.relationCount(); r++) {
      Relation rel = g.relations().get(r);
      assertThat(g.nodes().get(index.from(r)).id()).isEqualTo(rel.from());
      assertThat(g.nodes().get(index.to(r)).id()).isEqualTo(rel.to());
      assertThat(index.isAttack(r)).isEqualTo(rel.type() == RelationType.ATTACK);
    }
    for (int v = 0; v < g.nodeCount(); v++) {
      String id = g.nodes().get(v).id();
      for (RelationType type : RelationType.values()) {
        GraphIndex.Adjacency in = index.incoming(type);
        List<Relation> fromIndex = new ArrayList<>();
        for (int k = in.start(v); k < in.end(v); k++) {
          fromIndex.add(g.relations().get(in.relations()[k]));
        }
        assertThat(fromIndex).isEqualTo(g.incoming(id, type));
        assertThat(in.degree(v)).isEqualTo(fromIndex.size());
        assertThat(index.outgoing(type).degree(v)).isEqualTo(g.outgoing(id, type).size());
      }
    }
  }

  @Test
  void jgraphtAlgorithms_runOnTheView() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "A")
            .problem("b", "B")
            .problem("c", "C")
            .supports("a", "b")
            .supports("b", "c")
            .supports("c", "b")
            .build();

    var sccs = new KosarajuStrongConnectivityInspector<>(g.asGraph()).stronglyConnectedSets();

    assertThat(sccs).hasSize(2);
  }

  @Test
  void sharedGraph_readsConcurrentlyWithTheSameAnswers() throws Exception {
    ArgumentGraph g = RandomGraphs.large(2_000, 6_000, 7);
    String expected = summary(g);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> summary(g)));
      }
      for (Future<String> f : results) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String summary(ArgumentGraph g) {
    long supporters = 0;
    long attackers = 0;
    for (Node n : g.nodes()) {
      supporters += g.supporters(n.id()).size();
      attackers += g.attackers(n.id()).size();
    }
    return supporters
        + "/"
        + attackers
        + "/"
        + g.asGraph().edgeSet().size()
        + "/"
        + g.hashCode()
        + "/"
        + g.nodes(NodeKind.PROBLEM).size();
  }
}
