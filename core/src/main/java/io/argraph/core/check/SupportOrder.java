package io.argraph.core.check;

import io.argraph.core.internal.BitSort;
import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.RelationType;

/**
 * The nodes that no cycle of supports reaches, in a topological order of the supports, found by
 * peeling off nodes whose supporters are all peeled (Kahn's algorithm); and, worked out in the same
 * pass, which of them are grounded and which a path of supports leads to from a problem.
 *
 * <p>Every supporter of a peeled node is peeled before it, so the facts about a peeled node are
 * final when it is peeled. When every node is peeled (the supports are acyclic, as in most graphs)
 * the pass answers these questions for the whole graph, and the support components are all single
 * nodes; otherwise {@link Analysis} answers them for the nodes left by searching the graph.
 */
final class SupportOrder {
  private static final int GROUNDED = 1;
  private static final int FROM_PROBLEM = 2;
  private static final int ONE_SUPPORTER = 4;

  private final int[] order;
  private final int peeled;
  private final int[] state;

  private SupportOrder(int[] order, int peeled, int[] state) {
    this.order = order;
    this.peeled = peeled;
    this.state = state;
  }

  /**
   * Peels the supports of an indexed graph.
   *
   * @param ranks each node's {@link Analysis#rank(int)}
   */
  static SupportOrder of(GraphIndex index, byte[] ranks) {
    int n = index.nodeCount();
    GraphIndex.Adjacency out = index.outgoing(RelationType.SUPPORT);
    GraphIndex.Adjacency in = index.incoming(RelationType.SUPPORT);
    int[] targets = out.nodes();
    // Per node: its supporters not yet peeled, shifted left past the GROUNDED and FROM_PROBLEM
    // bits, so that a support's target costs one array access.
    int[] state = new int[n];
    int[] order = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      int supporters = in.degree(v);
      state[v] = (supporters << 2) | (ranks[v] == Analysis.PREMISE_RANK ? GROUNDED : 0);
      if (supporters == 0) {
        order[tail++] = v;
      }
    }
    // In rounds: the nodes peeled in one round are worked through in the next, in graph order when
    // there are many of them, so that their adjacency is read front to back rather than at random.
    // No support joins two nodes of one round, so any order within a round is topological.
    long[] marks = new long[(n + 63) >>> 6];
    int head = 0;
    while (head < tail) {
      int stop = tail;
      if (head > 0 && BitSort.worthSorting(stop - head, marks)) {
        BitSort.sortDistinct(order, head, stop, marks);
      }
      for (; head < stop; head++) {
        int v = order[head];
        int carried = state[v] & (GROUNDED | FROM_PROBLEM);
        if (ranks[v] == Analysis.PROBLEM_RANK) {
          carried |= FROM_PROBLEM;
        }
        for (int i = out.start(v), end = out.end(v); i < end; i++) {
          int w = targets[i];
          int s = (state[w] - ONE_SUPPORTER) | carried;
          state[w] = s;
          if (s < ONE_SUPPORTER) {
            order[tail++] = w;
          }
        }
      }
    }
    return new SupportOrder(order, tail, state);
  }

  /** True if every node was peeled: the supports have no cycle. */
  boolean isComplete() {
    return peeled == order.length;
  }

  /** The number of nodes peeled. */
  int peeled() {
    return peeled;
  }

  /** The peeled node at a position of the topological order, below {@link #peeled()}. */
  int node(int position) {
    return order[position];
  }

  /**
   * True if the node is grounded (a premise, or supported by a grounded node); exact for the peeled
   * nodes, and for all nodes if {@link #isComplete()}.
   */
  boolean isGrounded(int node) {
    return (state[node] & GROUNDED) != 0;
  }

  /**
   * True if a path of one or more supports leads to the node from a problem; exact for the peeled
   * nodes, and for all nodes if {@link #isComplete()}.
   */
  boolean isReachableFromProblem(int node) {
    return (state[node] & FROM_PROBLEM) != 0;
  }
}
