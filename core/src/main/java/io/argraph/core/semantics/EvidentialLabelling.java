package io.argraph.core.semantics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.RelationType;
import java.util.Arrays;
import java.util.List;

/**
 * The grounded labelling of a graph's nodes under the {@link SupportReading#EVIDENTIAL} reading: a
 * premise stands unless an attacker stands; a problem or a recommendation stands only if at least
 * one of its supporters stands and no attacker stands.
 *
 * <p>The labelling is the least fixpoint of these rules, starting from every node UNDEC:
 *
 * <ul>
 *   <li>IN when (the node is a premise, or some supporter is IN) and every attacker is OUT;
 *   <li>OUT when some attacker is IN, or the node is not a premise and every supporter is OUT
 *       (vacuously so when it has no supporter);
 *   <li>UNDEC otherwise: an unresolved cycle of attacks or supports keeps it open.
 * </ul>
 *
 * <p>It is computed directly on the graph in time linear in nodes plus relations, with a work-list
 * and, per node, counts of attackers not yet OUT, supporters not yet OUT and supporters IN. A label
 * once given never changes, since the rules only ever look at labels that can no longer change.
 *
 * @since 0.1.0
 */
public final class EvidentialLabelling {
  private static final byte IN = Labelling.IN;
  private static final byte OUT = Labelling.OUT;
  private static final byte UNDEC = Labelling.UNDEC;

  private EvidentialLabelling() {}

  /**
   * Labels every node of a graph.
   *
   * @param graph the graph
   * @return the labelling, by node id in graph order
   */
  public static Labelling of(ArgumentGraph graph) {
    requireNonNull(graph, "graph");
    return new Labelling(
        graph.nodes().stream().map(n -> n.id()).collect(ImmutableList.toImmutableList()),
        graph::indexOf,
        labels(graph));
  }

  static byte[] labels(ArgumentGraph graph) {
    GraphIndex index = GraphIndex.of(graph);
    int n = index.nodeCount();
    GraphIndex.Adjacency inAttack = index.incoming(RelationType.ATTACK);
    GraphIndex.Adjacency inSupport = index.incoming(RelationType.SUPPORT);
    GraphIndex.Adjacency outAttack = index.outgoing(RelationType.ATTACK);
    GraphIndex.Adjacency outSupport = index.outgoing(RelationType.SUPPORT);
    boolean[] premise = new boolean[n];
    int[] attackersNotOut = new int[n];
    int[] supportersNotOut = new int[n];
    int[] supportersIn = new int[n];
    byte[] labels = new byte[n];
    Arrays.fill(labels, UNDEC);
    int[] queue = new int[n];
    int tail = 0;
    List<Node> nodes = graph.nodes();
    for (int v = 0; v < n; v++) {
      premise[v] = nodes.get(v).kind() == NodeKind.PREMISE;
      attackersNotOut[v] = inAttack.degree(v);
      supportersNotOut[v] = inSupport.degree(v);
      if (premise[v] ? attackersNotOut[v] == 0 : supportersNotOut[v] == 0) {
        labels[v] = premise[v] ? IN : OUT;
        queue[tail++] = v;
      }
    }
    int[] attacked = outAttack.nodes();
    int[] supported = outSupport.nodes();
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      boolean in = labels[v] == IN;
      for (int k = outAttack.start(v), end = outAttack.end(v); k < end; k++) {
        int t = attacked[k];
        if (in) {
          if (labels[t] == UNDEC) {
            labels[t] = OUT;
            queue[tail++] = t;
          }
        } else if (--attackersNotOut[t] == 0
            && labels[t] == UNDEC
            && standing(premise, supportersIn, t)) {
          labels[t] = IN;
          queue[tail++] = t;
        }
      }
      for (int k = outSupport.start(v), end = outSupport.end(v); k < end; k++) {
        int t = supported[k];
        if (in) {
          supportersIn[t]++;
          if (labels[t] == UNDEC && attackersNotOut[t] == 0) {
            labels[t] = IN;
            queue[tail++] = t;
          }
        } else if (--supportersNotOut[t] == 0 && labels[t] == UNDEC && !premise[t]) {
          labels[t] = OUT;
          queue[tail++] = t;
        }
      }
    }
    return labels;
  }

  private static boolean standing(boolean[] premise, int[] supportersIn, int v) {
    return premise[v] || supportersIn[v] > 0;
  }
}
