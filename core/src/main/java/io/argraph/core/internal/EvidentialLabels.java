package io.argraph.core.internal;

import io.argraph.core.model.RelationType;
import java.util.function.IntPredicate;

/**
 * The grounded labelling of a graph's nodes under the evidential reading of support, computed on
 * its {@link GraphIndex} in time linear in nodes plus relations; {@code
 * io.argraph.core.semantics.EvidentialLabelling} documents the rules. The caller says which nodes
 * are premises, so that a caller that knows every node's kind already (as the checks do) does not
 * read the nodes again.
 *
 * <p>The labels are read from the per-node state the work-list leaves, so a caller that reads only
 * some labels does not pay for an array of all of them.
 */
public final class EvidentialLabels {
  /** The code of IN. */
  public static final byte IN = 0;

  /** The code of OUT. */
  public static final byte OUT = 1;

  /** The code of UNDEC. */
  public static final byte UNDEC = 2;

  // The bits of a node's second state word, below its count of supporters not yet OUT.
  private static final int LABEL = 3;
  private static final int PREMISE = 4;
  private static final int SUPPORTER_IN = 8;
  private static final int SUPPORTERS_SHIFT = 4;
  private static final int ONE_SUPPORTER = 1 << SUPPORTERS_SHIFT;

  private final int[] state;

  private EvidentialLabels(int[] state) {
    this.state = state;
  }

  /**
   * Labels every node of an indexed graph.
   *
   * @param index the graph's index
   * @param isPremise tells, by node number, whether the node is a premise
   * @return the labels
   */
  public static EvidentialLabels of(GraphIndex index, IntPredicate isPremise) {
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
    for (int v = 0; v < n; v++) {
      boolean premise = isPremise.test(v);
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
    //
    // Each round first lists the targets of its nodes' attacks and supports, by whether the node is
    // IN or OUT, and then goes through each list in a tight loop. Within a list the reads of the
    // targets' state are independent of each other, so the processor overlaps their cache misses;
    // worked through node by node, a branch on each node's label stood between them.
    long[] marks = new long[(n + 63) >>> 6];
    TargetList inAttacks = new TargetList();
    TargetList inSupports = new TargetList();
    TargetList outAttacks = new TargetList();
    TargetList outSupports = new TargetList();
    int head = 0;
    while (head < tail) {
      int stop = tail;
      if (head > 0 && BitSort.worthSorting(stop - head, marks)) {
        BitSort.sortDistinct(queue, head, stop, marks);
      }
      inAttacks.clear();
      inSupports.clear();
      outAttacks.clear();
      outSupports.clear();
      for (; head < stop; head++) {
        int v = queue[head];
        boolean in = (state[2 * v + 1] & LABEL) == IN;
        (in ? inAttacks : outAttacks).add(attacked, outAttack.start(v), outAttack.end(v));
        (in ? inSupports : outSupports).add(supported, outSupport.start(v), outSupport.end(v));
      }
      // An attack from an IN node: its target goes OUT.
      int[] inAttacksList = inAttacks.nodes();
      for (int i = 0, count = inAttacks.size(); i < count; i++) {
        int t = inAttacksList[i];
        int flags = state[2 * t + 1];
        if ((flags & LABEL) == UNDEC) {
          state[2 * t + 1] = (flags & ~LABEL) | OUT;
          queue[tail++] = t;
        }
      }
      // A support from an IN node: its target goes IN once no attacker is left that is not OUT.
      int[] inSupportsList = inSupports.nodes();
      for (int i = 0, count = inSupports.size(); i < count; i++) {
        int t = inSupportsList[i];
        int flags = state[2 * t + 1] | SUPPORTER_IN;
        if ((flags & LABEL) == UNDEC && state[2 * t] == 0) {
          flags = (flags & ~LABEL) | IN;
          queue[tail++] = t;
        }
        state[2 * t + 1] = flags;
      }
      // An attack from an OUT node: its target goes IN with its last attacker OUT, if it is a
      // premise or has a supporter IN.
      int[] outAttacksList = outAttacks.nodes();
      for (int i = 0, count = outAttacks.size(); i < count; i++) {
        int t = outAttacksList[i];
        int flags = state[2 * t + 1];
        if (--state[2 * t] == 0
            && (flags & LABEL) == UNDEC
            && (flags & (PREMISE | SUPPORTER_IN)) != 0) {
          state[2 * t + 1] = (flags & ~LABEL) | IN;
          queue[tail++] = t;
        }
      }
      // A support from an OUT node: a target that is not a premise goes OUT with its last
      // supporter.
      int[] outSupportsList = outSupports.nodes();
      for (int i = 0, count = outSupports.size(); i < count; i++) {
        int t = outSupportsList[i];
        int flags = state[2 * t + 1] - ONE_SUPPORTER;
        if (flags < ONE_SUPPORTER && (flags & LABEL) == UNDEC && (flags & PREMISE) == 0) {
          flags = (flags & ~LABEL) | OUT;
          queue[tail++] = t;
        }
        state[2 * t + 1] = flags;
      }
    }
    return new EvidentialLabels(state);
  }

  /**
   * Returns the number of nodes labelled.
   *
   * @return n
   */
  public int size() {
    return state.length / 2;
  }

  /**
   * Returns the label of a node.
   *
   * @param node a node number
   * @return {@link #IN}, {@link #OUT} or {@link #UNDEC}
   * @throws IndexOutOfBoundsException if there is no such node
   */
  public byte label(int node) {
    if (node < 0 || node >= size()) {
      throw new IndexOutOfBoundsException("node " + node + " of " + size());
    }
    return (byte) (state[2 * node + 1] & LABEL);
  }

  /**
   * Returns every node's label, by node number.
   *
   * @return a new array of {@link #IN}, {@link #OUT} and {@link #UNDEC}
   */
  public byte[] toArray() {
    byte[] labels = new byte[size()];
    for (int v = 0; v < labels.length; v++) {
      labels[v] = (byte) (state[2 * v + 1] & LABEL);
    }
    return labels;
  }
}
