package io.argraph.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.semantics.EvidentialLabelling;
import io.argraph.core.semantics.Label;
import io.argraph.core.semantics.Labelling;
import io.argraph.core.testing.RandomGraphs;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    EvidentialLabels labels = EvidentialLabels.of(GraphIndex.of(g));
    Labelling expected = EvidentialLabelling.of(g);

    byte[] all = labels.toArray();
    assertThat(labels.size()).isEqualTo(g.nodeCount());
    for (int v = 0; v < g.nodeCount(); v++) {
      assertThat(labels.label(v)).isEqualTo(all[v]);
      assertThat(decode(all[v])).as("seed %s node %s", seed, v).isEqualTo(expected.label(v));
    }
  }

  /** The work-list's labels are the least fixpoint of the rules, found here by plain iteration. */
  @ParameterizedTest
  @MethodSource("seeds")
  void of_agreesWithTheFixpointOfTheRules(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);

    assertThat(labels(g)).as("seed %s", seed).containsExactly(fixpoint(g));
  }

  /**
   * Nodes with more relations of a kind than a round copies at once, a round with more targets than
   * its lists first hold, and a node whose relations end the adjacency arrays.
   */
  @Test
  void of_labelsHubsLongRoundsAndTheLastRelations() {
    ArgumentGraph.Builder b = ArgumentGraph.builder().premise("hub", "Drug flows persist.");
    b.premise("counter", "The data are old.").premise("undercut", "The data were revised.");
    for (int i = 0; i < 1500; i++) {
      b.problem("q" + i, "Problem " + i + ".").supports("hub", "q" + i);
      if (i % 100 == 0) {
        b.attacks("counter", "q" + i);
      }
    }
    for (int i = 0; i < 12; i++) {
      b.recommendation("r" + i, "Recommendation " + i + ".").supports("q" + i, "r" + i);
      b.supports("q" + (i + 1), "r" + i);
    }
    b.attacks("undercut", "counter").attacks("counter", "hub");
    ArgumentGraph g = b.build();

    byte[] labels = labels(g);

    assertThat(labels).containsExactly(fixpoint(g));
    assertThat(labels[0]).isEqualTo(EvidentialLabels.IN);
    assertThat(labels[1]).isEqualTo(EvidentialLabels.OUT);
    assertThat(labels[3]).isEqualTo(EvidentialLabels.IN);
    assertThat(labels[labels.length - 1]).isEqualTo(EvidentialLabels.IN);
  }

  /**
   * Counts of attackers and supporters around the most a node's state holds (63): each counts down
   * to zero, and only the last attacker or supporter to go OUT changes the target's label.
   */
  @ParameterizedTest(name = "{0} each")
  @ValueSource(ints = {62, 63, 64, 200})
  void of_countsEveryAttackerAndSupporterOfAHub(int count) {
    // Each a_i is a premise attacked by the unattacked b_i, so every a_i goes OUT.
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    b.premise("h", "Attacked by every a_i.").premise("g", "Attacked by every a_i and by c.");
    b.problem("s", "Supported by every a_i.").problem("t", "Supported by every a_i and by c.");
    b.problem("w", "Supported by p, attacked by every a_i.").premise("p", "Supports w.");
    b.premise("c", "Attacks itself.").attacks("c", "c").attacks("c", "g").supports("c", "t");
    b.supports("p", "w");
    for (int i = 0; i < count; i++) {
      b.premise("a" + i, "Attacker " + i + ".").premise("b" + i, "Defender " + i + ".");
      b.attacks("b" + i, "a" + i).attacks("a" + i, "h").attacks("a" + i, "g");
      b.supports("a" + i, "s").supports("a" + i, "t").attacks("a" + i, "w");
    }
    ArgumentGraph g = b.build();

    byte[] labels = labels(g);

    assertThat(labels).containsExactly(fixpoint(g));
    assertThat(labels[g.indexOf("h")]).isEqualTo(EvidentialLabels.IN);
    assertThat(labels[g.indexOf("g")]).isEqualTo(EvidentialLabels.UNDEC);
    assertThat(labels[g.indexOf("s")]).isEqualTo(EvidentialLabels.OUT);
    assertThat(labels[g.indexOf("t")]).isEqualTo(EvidentialLabels.UNDEC);
    assertThat(labels[g.indexOf("w")]).isEqualTo(EvidentialLabels.IN);
  }

  /** Random graphs whose hubs take hundreds of attacks and supports each. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void of_agreesWithTheFixpoint_withHubs(long seed) {
    ArgumentGraph g = RandomGraphs.hubbed(800, 3_000, 3, seed);

    assertThat(g.attackers("n0").size() + g.supporters("n0").size()).isGreaterThan(2 * 63);
    assertThat(labels(g)).as("seed %s", seed).containsExactly(fixpoint(g));
  }

  /**
   * Supports from IN nodes to nodes labelled already, once every node is labelled: the loop that
   * writes each such target at the tail of the IN list, without enqueueing it, stays in range.
   */
  @Test
  void of_labelsEveryNodeWhenSupportsFromInReachLabelledNodes() {
    ArgumentGraph allIn =
        ArgumentGraph.builder()
            .premise("a", "Drug flows persist.")
            .premise("b", "Seizures are rising.")
            .supports("a", "b")
            .supports("b", "a")
            .build();
    ArgumentGraph mixed =
        ArgumentGraph.builder()
            .premise("a", "Drug flows persist.")
            .premise("b", "Seizures are rising.")
            .recommendation("r", "Change course.")
            .supports("a", "b")
            .supports("b", "a")
            .build();

    assertThat(labels(allIn)).containsExactly(EvidentialLabels.IN, EvidentialLabels.IN);
    assertThat(labels(mixed))
        .containsExactly(EvidentialLabels.IN, EvidentialLabels.IN, EvidentialLabels.OUT);
  }

  @Test
  void forwardSuffix_startsAfterTheLastNodeWithARelationToItselfOrAnEarlierNode() {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int i = 0; i < 6; i++) {
      b.premise("n" + i, "Statement " + i + ".");
    }
    assertThat(suffix(b.build())).as("no relations").isZero();
    assertThat(suffix(b.supports("n0", "n1").attacks("n1", "n5").build())).as("forward").isZero();
    assertThat(suffix(b.attacks("n2", "n1").build())).as("an attack back").isEqualTo(3);
    assertThat(suffix(b.supports("n3", "n3").build())).as("a self-support").isEqualTo(4);
    assertThat(suffix(b.supports("n4", "n5").supports("n5", "n4").build()))
        .as("a support back from the last node")
        .isEqualTo(6);
  }

  /** Nodes with more relations than a chunk, and runs that end the adjacency arrays. */
  @Test
  void forwardSuffix_readsLongRunsAndTheLastRelations() {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int i = 0; i < 30; i++) {
      b.premise("n" + i, "Statement " + i + ".");
    }
    for (int i = 11; i < 30; i++) {
      b.supports("n10", "n" + i).attacks("n10", "n" + i);
    }
    assertThat(suffix(b.build())).isZero();
    assertThat(suffix(b.attacks("n10", "n9").build())).isEqualTo(11);
    assertThat(suffix(b.supports("n29", "n28").build())).isEqualTo(30);
  }

  /**
   * Graphs whose nodes from a random cut on take relations only from earlier nodes and send them
   * only to later ones, as a brief written premises first does, with cycles and relations either
   * way before the cut: the work-list before the suffix and the pass in graph order after it give
   * the fixpoint's labels.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void of_agreesWithTheFixpoint_onGraphsWithAForwardSuffix(long seed) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(40);
    int cut = random.nextInt(n + 1);
    ArgumentGraph g = forwardGraph(random, n, cut, 3 * n);

    assertThat(suffix(g)).as("seed %s", seed).isLessThanOrEqualTo(cut);
    assertThat(labels(g)).as("seed %s, cut %s", seed, cut).containsExactly(fixpoint(g));
  }

  /**
   * The work-list skips a kind of relation that no two nodes before the suffix share: only attacks
   * before it, only supports, or none at all.
   */
  @ParameterizedTest
  @ValueSource(strings = {"attacks", "supports", "none"})
  void of_labelsTheNodesBeforeTheSuffixWithOneKindOfRelationOrNone(String before) {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    b.premise("a", "First.").premise("b", "Second.").problem("c", "Third.");
    switch (before) {
      case "attacks" -> b.attacks("b", "a").attacks("c", "b");
      case "supports" -> b.supports("b", "a").supports("c", "b");
      default -> b.supports("a", "b");
    }
    b.problem("q", "Later.").recommendation("r", "Last.");
    b.supports("a", "q").supports("b", "q").attacks("c", "q").supports("q", "r").supports("c", "r");
    ArgumentGraph g = b.build();

    assertThat(suffix(g)).isEqualTo(before.equals("none") ? 0 : 3);
    assertThat(labels(g)).containsExactly(fixpoint(g));
  }

  /**
   * A forward suffix whose nodes take more attacks and supports than a chunk and than a node's
   * state counts (63), from hubs before the suffix that also relate to each other.
   */
  @ParameterizedTest(name = "{0} each")
  @ValueSource(ints = {7, 8, 9, 63, 64, 200})
  void of_labelsASuffixOfHubs(int count) {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int i = 0; i < count; i++) {
      b.premise("a" + i, "Attacker " + i + ".").premise("s" + i, "Supporter " + i + ".");
    }
    b.premise("x", "Attacks every a_i but the first.");
    for (int i = 1; i < count; i++) {
      b.attacks("x", "a" + i);
    }
    b.problem("p", "Attacked by every a_i, supported by every s_i.");
    b.problem("q", "Supported by every a_i and by p.");
    b.recommendation("r", "Supported by q only.");
    for (int i = 0; i < count; i++) {
      b.attacks("a" + i, "p").supports("s" + i, "p").supports("a" + i, "q");
    }
    b.supports("p", "q").supports("q", "r");
    ArgumentGraph g = b.build();

    byte[] labels = labels(g);

    assertThat(suffix(g)).isLessThanOrEqualTo(g.indexOf("p"));
    assertThat(labels).containsExactly(fixpoint(g));
    assertThat(labels[g.indexOf("p")]).isEqualTo(EvidentialLabels.OUT);
    assertThat(labels[g.indexOf("q")]).isEqualTo(EvidentialLabels.IN);
    assertThat(labels[g.indexOf("r")]).isEqualTo(EvidentialLabels.IN);
  }

  /** A graph whose nodes from {@code cut} on form a forward suffix, with random kinds. */
  private static ArgumentGraph forwardGraph(Random random, int n, int cut, int relations) {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    NodeKind[] kinds = NodeKind.values();
    for (int i = 0; i < n; i++) {
      b.node(io.argraph.core.model.Node.of("n" + i, kinds[random.nextInt(3)], "Text " + i + "."));
    }
    java.util.Set<String> drawn = new java.util.HashSet<>();
    for (int r = 0; r < relations; r++) {
      int to = random.nextInt(n);
      if (to == 0 && cut == 0) {
        continue; // the first node of a forward graph takes no relation
      }
      int from = to < cut ? random.nextInt(cut) : random.nextInt(to);
      RelationType type = random.nextInt(3) == 0 ? RelationType.ATTACK : RelationType.SUPPORT;
      if (drawn.add(from + " " + to)) {
        b.relation(Relation.of("n" + from, "n" + to, type));
      }
    }
    return b.build();
  }

  private static int suffix(ArgumentGraph g) {
    GraphIndex index = GraphIndex.of(g);
    return EvidentialLabels.forwardSuffix(
        index.outgoing(RelationType.ATTACK), index.outgoing(RelationType.SUPPORT), g.nodeCount());
  }

  private static byte[] labels(ArgumentGraph g) {
    return EvidentialLabels.of(GraphIndex.of(g)).toArray();
  }

  /** The rules of {@link EvidentialLabelling}, applied to every node until nothing changes. */
  private static byte[] fixpoint(ArgumentGraph g) {
    int n = g.nodeCount();
    byte[] labels = new byte[n];
    java.util.Arrays.fill(labels, EvidentialLabels.UNDEC);
    List<Relation> relations = g.relations();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int v = 0; v < n; v++) {
        if (labels[v] != EvidentialLabels.UNDEC) {
          continue;
        }
        boolean premise = g.nodes().get(v).kind() == NodeKind.PREMISE;
        boolean attackerIn = false;
        boolean everyAttackerOut = true;
        boolean supporterIn = false;
        boolean everySupporterOut = true;
        for (Relation r : relations) {
          if (g.indexOf(r.to()) != v) {
            continue;
          }
          byte from = labels[g.indexOf(r.from())];
          if (r.type() == RelationType.ATTACK) {
            attackerIn |= from == EvidentialLabels.IN;
            everyAttackerOut &= from == EvidentialLabels.OUT;
          } else {
            supporterIn |= from == EvidentialLabels.IN;
            everySupporterOut &= from == EvidentialLabels.OUT;
          }
        }
        if ((premise || supporterIn) && everyAttackerOut) {
          labels[v] = EvidentialLabels.IN;
          changed = true;
        } else if (attackerIn || (!premise && everySupporterOut)) {
          labels[v] = EvidentialLabels.OUT;
          changed = true;
        }
      }
    }
    return labels;
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
