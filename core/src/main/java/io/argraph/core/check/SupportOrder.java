package io.argraph.core.check;

import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.NodeKind;
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
  private final int[] order;
  private final int peeled;
  private final boolean[] grounded;
  private final boolean[] reachableFromProblem;

  private SupportOrder(
      int[] order, int peeled, boolean[] grounded, boolean[] reachableFromProblem) {
    this.order = order;
    this.peeled = peeled;
    this.grounded = grounded;
    this.reachableFromProblem = reachableFromProblem;
  }

  static SupportOrder of(GraphIndex index, NodeKind[] kinds) {
    int n = index.nodeCount();
    GraphIndex.Adjacency out = index.outgoing(RelationType.SUPPORT);
    GraphIndex.Adjacency in = index.incoming(RelationType.SUPPORT);
    int[] targets = out.nodes();
    int[] supportersLeft = new int[n];
    boolean[] grounded = new boolean[n];
    boolean[] fromProblem = new boolean[n];
    int[] order = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      grounded[v] = kinds[v] == NodeKind.PREMISE;
      int supporters = in.degree(v);
      supportersLeft[v] = supporters;
      if (supporters == 0) {
        order[tail++] = v;
      }
    }
    for (int head = 0; head < tail; head++) {
      int v = order[head];
      boolean g = grounded[v];
      boolean p = fromProblem[v] || kinds[v] == NodeKind.PROBLEM;
      for (int i = out.start(v), end = out.end(v); i < end; i++) {
        int w = targets[i];
        if (g) {
          grounded[w] = true;
        }
        if (p) {
          fromProblem[w] = true;
        }
        if (--supportersLeft[w] == 0) {
          order[tail++] = w;
        }
      }
    }
    return new SupportOrder(order, tail, grounded, fromProblem);
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
   * Which nodes are grounded (a premise, or supported by a grounded node); exact for the peeled
   * nodes, and for all nodes if {@link #isComplete()}. Shared: never modify it.
   */
  boolean[] grounded() {
    return grounded;
  }

  /**
   * Which nodes a path of one or more supports leads to from a problem; exact for the peeled nodes,
   * and for all nodes if {@link #isComplete()}. Shared: never modify it.
   */
  boolean[] reachableFromProblem() {
    return reachableFromProblem;
  }
}
