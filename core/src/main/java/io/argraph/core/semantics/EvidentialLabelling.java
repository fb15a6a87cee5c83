package io.argraph.core.semantics;

import static java.util.Objects.requireNonNull;

import io.argraph.core.internal.BitSort;
import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.RelationType;
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
 * and, per node, counts of attackers not yet OUT and supporters not yet OUT and whether a supporter
 * is IN. A label once given never changes, since the rules only ever look at labels that can no
 * longer change.
 *
 * @since 0.1.0
 */
public final class EvidentialLabelling {
  private static final byte IN = Labelling.IN;
  private static final byte OUT = Labelling.OUT;
  private static final byte UNDEC = Labelling.UNDEC;

  // The bits of a node's second state word, below its count of supporters not yet OUT.
  private static final int LABEL = 3;
  private static final int PREMISE = 4;
  private static final int SUPPORTER_IN = 8;
  private static final int SUPPORTERS_SHIFT = 4;
  private static final int ONE_SUPPORTER = 1 << SUPPORTERS_SHIFT;

  private EvidentialLabelling() {}

  /**
   * Labels every node of a graph.
   *
   * @param graph the graph
   * @return the labelling, by node id in graph order
   */
  public static Labelling of(ArgumentGraph graph) {
    requireNonNull(graph, "graph");
    return Labelling.ofNodes(graph, labels(graph));
  }

  static byte[] labels(ArgumentGraph graph) {
    GraphIndex index = GraphIndex.of(graph);
    int n = index.nodeCount();
    GraphIndex.Adjacency inAttack = index.incoming(RelationType.ATTACK);
    GraphIndex.Adjacency inSupport = index.incoming(RelationType.SUPPORT);
    GraphIndex.Adjacency outAttack = index.outgoing(RelationType.ATTACK);
    GraphIndex.Adjacency outSupport = index.outgoing(RelationType.SUPPORT);
    // The state of node v lies in state[2v] (its attackers not yet OUT) and state[2v + 1] (its
    // supporters not yet OUT, shifted left past the bits LABEL, PREMISE and SUPPORTER_IN). Side by
    // side, a relation's target costs one cache line rather than one per array.
    int[] state = new int[Math.multiplyExact(2, n)];
    int[] queue = new int[n];
    int tail = 0;
    List<Node> nodes = graph.nodes();
    for (int v = 0; v < n; v++) {
      boolean premise = nodes.get(v).kind() == NodeKind.PREMISE;
      int attackers = inAttack.degree(v);
      int supporters = inSupport.degree(v);
      int label = UNDEC;
      if (premise ? attackers == 0 : supporters == 0) {
        label = premise ? IN : OUT;
        queue[tail++] = v;
      }
      state[2 * v] = attackers;
      state[2 * v + 1] = (supporters << SUPPORTERS_SHIFT) | label | (premise ? PREMISE : 0);
    }
    int[] attacked = outAttack.nodes();
    int[] supported = outSupport.nodes();
    // The work-list is taken in rounds: the nodes labelled in one round are worked through in the
    // next, in graph order when there are many of them, so that their adjacency is read in order
    // rather than at random. The labels do not depend on the order. The first round, the nodes
    // labelled from their degrees alone, is in graph order already.
    long[] marks = new long[(n + 63) >>> 6];
    int head = 0;
    while (head < tail) {
      int stop = tail;
      if (head > 0 && BitSort.worthSorting(stop - head, marks)) {
        BitSort.sortDistinct(queue, head, stop, marks);
      }
      for (; head < stop; head++) {
        int v = queue[head];
        boolean in = (state[2 * v + 1] & LABEL) == IN;
        for (int k = outAttack.start(v), end = outAttack.end(v); k < end; k++) {
          int t = attacked[k];
          int flags = state[2 * t + 1];
          if (in) {
            if ((flags & LABEL) == UNDEC) {
              state[2 * t + 1] = (flags & ~LABEL) | OUT;
              queue[tail++] = t;
            }
          } else if (--state[2 * t] == 0
              && (flags & LABEL) == UNDEC
              && (flags & (PREMISE | SUPPORTER_IN)) != 0) {
            state[2 * t + 1] = (flags & ~LABEL) | IN;
            queue[tail++] = t;
          }
        }
        for (int k = outSupport.start(v), end = outSupport.end(v); k < end; k++) {
          int t = supported[k];
          int flags = state[2 * t + 1];
          if (in) {
            flags |= SUPPORTER_IN;
            if ((flags & LABEL) == UNDEC && state[2 * t] == 0) {
              flags = (flags & ~LABEL) | IN;
              queue[tail++] = t;
            }
            state[2 * t + 1] = flags;
          } else {
            flags -= ONE_SUPPORTER;
            if (flags < ONE_SUPPORTER && (flags & LABEL) == UNDEC && (flags & PREMISE) == 0) {
              flags = (flags & ~LABEL) | OUT;
              queue[tail++] = t;
            }
            state[2 * t + 1] = flags;
          }
        }
      }
    }
    byte[] labels = new byte[n];
    for (int v = 0; v < n; v++) {
      labels[v] = (byte) (state[2 * v + 1] & LABEL);
    }
    return labels;
  }
}
