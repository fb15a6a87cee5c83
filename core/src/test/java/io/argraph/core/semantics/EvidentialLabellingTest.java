package io.argraph.core.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.testing.RandomGraphs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EvidentialLabellingTest {

  @Test
  void unattackedPremise_carriesWhatItSupports() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "P")
            .problem("q", "Q")
            .recommendation("r", "R")
            .supports("p", "q")
            .supports("q", "r")
            .build();
    assertThat(EvidentialLabelling.of(g).toString()).isEqualTo("in=[p, q, r], out=[], undec=[]");
  }

  @Test
  void recommendationWithoutSupporter_isOut() {
    ArgumentGraph g = ArgumentGraph.builder().recommendation("r", "R").premise("p", "P").build();
    Labelling l = EvidentialLabelling.of(g);
    assertThat(l.label("r")).isEqualTo(Label.OUT);
    assertThat(l.label("p")).isEqualTo(Label.IN);
  }

  @Test
  void defeatedPremise_takesDownWhatRestsOnItAlone() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "P")
            .premise("counter", "C")
            .problem("q", "Q")
            .recommendation("r", "R")
            .attacks("counter", "p")
            .supports("p", "q")
            .supports("q", "r")
            .build();
    assertThat(EvidentialLabelling.of(g).toString())
        .isEqualTo("in=[counter], out=[p, q, r], undec=[]");
  }

  @Test
  void oneStandingSupporterIsEnough() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p1", "P1")
            .premise("p2", "P2")
            .premise("counter", "C")
            .recommendation("r", "R")
            .attacks("counter", "p1")
            .supports("p1", "r")
            .supports("p2", "r")
            .build();
    assertThat(EvidentialLabelling.of(g).label("r")).isEqualTo(Label.IN);
  }

  @Test
  void attackedByAStandingNode_isOutEvenWithSupport() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "P")
            .premise("counter", "C")
            .recommendation("r", "R")
            .supports("p", "r")
            .attacks("counter", "r")
            .build();
    assertThat(EvidentialLabelling.of(g).label("r")).isEqualTo(Label.OUT);
  }

  @Test
  void mutualAttack_leavesBothAndTheirConclusionsUndecided() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "P")
            .premise("q", "Q")
            .recommendation("r", "R")
            .premise("z", "Z")
            .attacks("p", "q")
            .attacks("q", "p")
            .supports("p", "r")
            .attacks("r", "z")
            .build();
    assertThat(EvidentialLabelling.of(g).toString()).isEqualTo("in=[], out=[], undec=[p, q, r, z]");
  }

  @Test
  void selfSupportOnly_isUndecided() {
    ArgumentGraph g = ArgumentGraph.builder().recommendation("r", "R").supports("r", "r").build();
    assertThat(EvidentialLabelling.of(g).label("r")).isEqualTo(Label.UNDEC);
  }

  @Test
  void selfAttackingPremise_isUndecidedUnlessDefeatedFromOutside() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "P")
            .premise("q", "Q")
            .premise("counter", "C")
            .attacks("p", "p")
            .attacks("q", "q")
            .attacks("counter", "q")
            .build();
    assertThat(EvidentialLabelling.of(g).toString()).isEqualTo("in=[counter], out=[q], undec=[p]");
  }

  @Test
  void reinstatement_worksThroughSupportsToo() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "A")
            .premise("b", "B")
            .problem("c", "C")
            .recommendation("r", "R")
            .attacks("a", "b")
            .attacks("b", "c")
            .premise("p", "P")
            .supports("p", "c")
            .supports("c", "r")
            .build();
    assertThat(EvidentialLabelling.of(g).toString())
        .isEqualTo("in=[a, c, r, p], out=[b], undec=[]");
  }

  static java.util.stream.Stream<Long> seeds() {
    return RandomGraphs.seeds(300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void labelling_isTheLeastFixpointOfTheRules(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    Labelling l = EvidentialLabelling.of(g);
    assertThat(l.names()).isEqualTo(g.nodes().stream().map(Node::id).toList());
    for (int i = 0; i < g.nodeCount(); i++) {
      assertThat(l.label(i))
          .as("seed %s node %s", seed, l.names().get(i))
          .isEqualTo(naive(g).get(i));
    }
  }

  /** Large enough that some rounds of the work-list are sorted and small ones are not. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
  void labelling_ofALargerGraphIsTheLeastFixpointToo(long seed) {
    ArgumentGraph g = RandomGraphs.large(3_000, 7_000, seed);

    Labelling l = EvidentialLabelling.of(g);

    List<Label> expected = naive(g);
    for (int i = 0; i < g.nodeCount(); i++) {
      assertThat(l.label(i)).as("seed %s node %s", seed, i).isEqualTo(expected.get(i));
    }
  }

  /** Applies the rules to all nodes in rounds until nothing changes: quadratic, but literal. */
  private static List<Label> naive(ArgumentGraph g) {
    Label[] labels = new Label[g.nodeCount()];
    java.util.Arrays.fill(labels, Label.UNDEC);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] != Label.UNDEC) {
          continue;
        }
        Node node = g.nodes().get(i);
        boolean premise = node.kind() == NodeKind.PREMISE;
        List<Label> attackers =
            g.attackers(node.id()).stream().map(a -> labels[g.indexOf(a.id())]).toList();
        List<Label> supporters =
            g.supporters(node.id()).stream().map(a -> labels[g.indexOf(a.id())]).toList();
        boolean in =
            (premise || supporters.contains(Label.IN))
                && attackers.stream().allMatch(x -> x == Label.OUT);
        boolean out =
            attackers.contains(Label.IN)
                || (!premise && supporters.stream().allMatch(x -> x == Label.OUT));
        if (in || out) {
          labels[i] = in ? Label.IN : Label.OUT;
          changed = true;
        }
      }
    }
    return List.of(labels);
  }
}
