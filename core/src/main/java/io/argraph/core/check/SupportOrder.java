package io.argraph.core.check;

import static com.google.common.base.Preconditions.checkElementIndex;

import io.argraph.core.internal.BitSort;
import io.argraph.core.internal.GraphIndex;
import io.argraph.core.internal.TargetList;
import io.argraph.core.model.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * The nodes that no cycle of supports reaches, in a topological order of the supports, found by
 * peeling off nodes whose supporters are all peeled (Kahn's algorithm); and, worked out in the same
 * pass, which of them are grounded and which a path of supports leads to from a problem.
 *
 * <p>Every supporter of a peeled node is peeled before it, so the facts about a peeled node are
 * final when it is peeled. When every node is peeled (the supports are acyclic, as in most graphs)
 * the pass answers these questions for the whole graph, and the support components are all single
 * nodes; otherwise {@link Analysis} answers them for the nodes left by searching the graph.
 *
 * <p>When every support already leads to a later node (a brief written premises first, then the
 * problems, then the recommendations), the graph order is a topological order itself, and the facts
 * are found in one pass over the supports in that order instead of peeling.
 */
final class SupportOrder {
  private static final int GROUNDED = 1;
  private static final int FROM_PROBLEM = 2;
  private static final int ONE_SUPPORTER = 4;

  /** In {@link #inGraphOrder} only: the node is a problem, so it passes FROM_PROBLEM on. */
  private static final int PROBLEM = 4;

  /**
   * The largest count of supporters a state holds; a node with that many or more counts them down
   * in a side array, and its state keeps this count until none is left.
   */
  private static final int MANY = 63;

  /** {@link #MANY} shifted as in the state. */
  private static final int MANY_SUPPORTERS = MANY * ONE_SUPPORTER;

  /** The peeled nodes in the order peeled, or null if that is the graph order. */
  private final int @Nullable [] order;

  private final int peeled;
  private final byte[] state;

  private SupportOrder(int @Nullable [] order, int peeled, byte[] state) {
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
    SupportOrder inGraphOrder = inGraphOrder(index, ranks);
    return inGraphOrder != null ? inGraphOrder : peel(index, ranks);
  }

  /**
   * The facts in graph order, if every support leads from an earlier node to a later one; else
   * null, as soon as a support that does not is met (at once, in a graph in no particular order).
   *
   * <p>Each node reads the states of its supporters, all of which lie before it and are final. The
   * supporters' states are read at random, but a byte per node stays in a core's cache at 10^6
   * nodes; everything else is read front to back, and nothing is counted, listed or sorted, which
   * takes a third of the time of the peel. (Walking the supports as one flat list, with a running
   * count for their targets as {@link RelationFlaws} does, was no faster here.)
   */
  private static @Nullable SupportOrder inGraphOrder(GraphIndex index, byte[] ranks) {
    int n = index.nodeCount();
    GraphIndex.Adjacency in = index.incoming(RelationType.SUPPORT);
    int[] sources = in.nodes();
    byte[] state = new byte[n];
    for (int t = 0, i = 0; t < n; t++) {
      int rank = ranks[t];
      int facts = rank == Analysis.PREMISE_RANK ? GROUNDED : 0;
      for (int end = in.end(t); i < end; i++) { // i starts at in.start(t), where t - 1 ended
        int s = sources[i];
        if (s >= t) {
          return null; // a support that does not lead forward, or a node that supports itself
        }
        int carried = state[s];
        facts |= (carried & (GROUNDED | FROM_PROBLEM)) | ((carried & PROBLEM) >>> 1);
      }
      state[t] = (byte) (facts | (rank == Analysis.PROBLEM_RANK ? PROBLEM : 0));
    }
    return new SupportOrder(null, n, state);
  }

  /** The facts by peeling, for a graph whose order is not topological. */
  private static SupportOrder peel(GraphIndex index, byte[] ranks) {
    int n = index.nodeCount();
    GraphIndex.Adjacency out = index.outgoing(RelationType.SUPPORT);
    GraphIndex.Adjacency in = index.incoming(RelationType.SUPPORT);
    int[] targets = out.nodes();
    // Per node, one byte: its supporters not yet peeled, shifted left past the GROUNDED and
    // FROM_PROBLEM bits, so that a support's target costs one access to an array that at 10^6
    // nodes (1 MB) stays in a core's cache, where an int each (4 MB) did not. A node with 63
    // supporters or more counts them in many[v], allocated only if one does.
    byte[] state = new byte[n];
    int[] many = new int[0];
    // Nodes join the order without a branch, which the processor could not predict with the
    // in-degrees in no order: each candidate is written at the tail, and the tail moves past it
    // only if it is peeled. The write stays in range: a candidate is not in the order yet.
    int[] order = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      int supporters = in.degree(v);
      int count = supporters;
      if (supporters >= MANY) {
        if (many.length == 0) {
          many = new int[n];
        }
        many[v] = supporters;
        count = MANY;
      }
      state[v] =
          (byte) (count * ONE_SUPPORTER | (ranks[v] == Analysis.PREMISE_RANK ? GROUNDED : 0));
      order[tail] = v;
      tail += supporters == 0 ? 1 : 0;
    }
    // In rounds: the nodes peeled in one round are worked through in the next, in graph order when
    // there are many of them, so that their adjacency is read front to back rather than at random.
    // No support joins two nodes of one round, so any order within a round is topological.
    //
    // Each round first lists its nodes' support targets by the bits their source passes on (one
    // list per value of GROUNDED | FROM_PROBLEM), then goes through each list in a tight loop: a
    // loop per node, of a length that varies from node to node, cost a mispredicted branch or two
    // per node.
    long[] marks = new long[(n + 63) >>> 6];
    TargetList[] byCarried = new TargetList[(GROUNDED | FROM_PROBLEM) + 1];
    for (int c = 0; c < byCarried.length; c++) {
      byCarried[c] = new TargetList();
    }
    int head = 0;
    while (head < tail) {
      int stop = tail;
      if (head > 0 && BitSort.worthSorting(stop - head, marks)) {
        BitSort.sortDistinct(order, head, stop, marks);
      }
      for (TargetList list : byCarried) {
        list.clear();
      }
      for (; head < stop; head++) {
        int v = order[head];
        int carried =
            (state[v] & (GROUNDED | FROM_PROBLEM))
                | (ranks[v] == Analysis.PROBLEM_RANK ? FROM_PROBLEM : 0);
        byCarried[carried].add(targets, out.start(v), out.end(v));
      }
      for (int carried = 0; carried < byCarried.length; carried++) {
        int[] list = byCarried[carried].nodes();
        for (int i = 0, count = byCarried[carried].size(); i < count; i++) {
          int w = list[i];
          int s = state[w] & 0xFF;
          if (s < MANY_SUPPORTERS) {
            s -= ONE_SUPPORTER;
          } else if (--many[w] == 0) {
            s &= ~MANY_SUPPORTERS;
          }
          s |= carried;
          state[w] = (byte) s;
          order[tail] = w;
          tail += (s - ONE_SUPPORTER) >>> 31; // 1 once no supporter is left unpeeled
        }
      }
    }
    return new SupportOrder(order, tail, state);
  }

  /**
   * True if the graph order is the topological order: every support leads from a node to a later
   * one.
   */
  boolean isInGraphOrder() {
    return order == null;
  }

  /** True if every node was peeled: the supports have no cycle. */
  boolean isComplete() {
    return peeled == state.length;
  }

  /** The number of nodes peeled. */
  int peeled() {
    return peeled;
  }

  /**
   * The peeled node at a position of the topological order, below {@link #peeled()}: the graph
   * order itself if it is topological, else the order of peeling.
   */
  int node(int position) {
    int[] o = order;
    if (o != null) {
      return o[position];
    }
    return checkElementIndex(position, peeled);
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
