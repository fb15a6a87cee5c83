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
 * <p>A work-list labels the nodes up to the graph's forward suffix (see {@link #forwardSuffix}),
 * and one pass in graph order the nodes of the suffix, each from its attackers' and supporters'
 * final labels. Each node's label ends in one byte: the suffix's pass reads its nodes' attackers'
 * and supporters' labels at random there, in an array half the size of the work-list's state.
 */
public final class EvidentialLabels {
  /** The code of IN. */
  public static final byte IN = 0;

  /** The code of OUT. */
  public static final byte OUT = 1;

  /** The code of UNDEC. */
  public static final byte UNDEC = 2;

  // The bits of a node's state: its label, whether it is a premise, whether a supporter of it is
  // IN, and two counts, of its attackers not yet OUT and of its supporters not yet OUT.
  private static final int LABEL = 3;
  private static final int PREMISE = 4;
  private static final int SUPPORTER_IN = 8;
  private static final int ATTACKERS_SHIFT = 4;
  private static final int SUPPORTERS_SHIFT = 10;
  private static final int ONE_ATTACKER = 1 << ATTACKERS_SHIFT;
  private static final int ONE_SUPPORTER = 1 << SUPPORTERS_SHIFT;

  /**
   * The largest value of a count; a count that holds it stands for a number of relations kept in a
   * side array, where it counts down to zero.
   */
  private static final int MANY = 63;

  private static final int ATTACKERS = MANY << ATTACKERS_SHIFT;
  private static final int SUPPORTERS = MANY << SUPPORTERS_SHIFT;

  /** Each node's label. */
  private final byte[] labels;

  private EvidentialLabels(byte[] labels) {
    this.labels = labels;
  }

  /**
   * Labels every node of an indexed graph, its premises as the index's {@link GraphIndex#kinds()}
   * tell them.
   *
   * @param index the graph's index
   * @return the labels
   */
  public static EvidentialLabels of(GraphIndex index) {
    byte[] kinds = index.kinds();
    return of(index, v -> kinds[v] == GraphIndex.PREMISE);
  }

  /**
   * Labels every node of an indexed graph, taking as premises the nodes a predicate names (tests
   * use it to label the same relations with other premises).
   *
   * @param index the graph's index
   * @param isPremise tells, by node number, whether the node is a premise
   * @return the labels
   */
  static EvidentialLabels of(GraphIndex index, IntPredicate isPremise) {
    int n = index.nodeCount();
    GraphIndex.Adjacency inAttack = index.incoming(RelationType.ATTACK);
    GraphIndex.Adjacency inSupport = index.incoming(RelationType.SUPPORT);
    GraphIndex.Adjacency outAttack = index.outgoing(RelationType.ATTACK);
    GraphIndex.Adjacency outSupport = index.outgoing(RelationType.SUPPORT);
    // The nodes from k on take every relation from an earlier node and send every one to a later
    // node: the nodes before k take relations from each other only, and are labelled by the
    // work-list alone, which leaves the nodes from k on untouched; each of those is then labelled
    // from its attackers' and supporters' final labels, in one pass in graph order. A brief
    // written premises first, and any graph whose relations all lead forward, is mostly such a
    // suffix: the pass reads its relations in order where the work-list would read them at random.
    int k = forwardSuffix(outAttack, outSupport, n);
    // One char per node before k, which the rounds read and write at random: at 10^6 nodes 2 MB at
    // most, where two ints per node (8 MB) were read from far slower caches. A node with MANY
    // attackers or supporters or more keeps that count in many[2v] or many[2v + 1], allocated only
    // if one does.
    char[] state = new char[k];
    int[] many = new int[0];
    // Two work-lists share one array: the nodes labelled IN from its front, those labelled OUT from
    // its back, so that a node's label is known from the list it is in; only the nodes before k
    // are ever in them. One slot more than there are such nodes keeps one free between them, where
    // a loop may write a node it does not enqueue.
    int[] queue = new int[k + 1];
    int inTail = 0;
    int outTail = k;
    // Whether any attack, or any support, has both ends before k: if none does, the work-list
    // need not read that kind of relation at all (a brief's premises support no premise).
    int attacksBefore = 0;
    int supportsBefore = 0;
    // The labels from the degrees alone, without a branch, which the processor would mispredict
    // with the kinds in no order: each node is written at both tails, and a tail moves past it
    // only if it is labelled so; both slots are free.
    for (int v = 0; v < k; v++) {
      boolean premise = isPremise.test(v);
      int attackers = inAttack.degree(v);
      int supporters = inSupport.degree(v);
      attacksBefore |= attackers;
      supportsBefore |= supporters;
      int isPremiseBit = premise ? 1 : 0;
      // (d - 1) >>> 31 is 1 for a degree d of 0, else 0.
      int in = isPremiseBit & ((attackers - 1) >>> 31);
      int out = (1 - isPremiseBit) & ((supporters - 1) >>> 31);
      queue[inTail] = v;
      inTail += in;
      queue[outTail] = v;
      outTail -= out;
      int label = UNDEC - (UNDEC - IN) * in - (UNDEC - OUT) * out;
      if (attackers >= MANY || supporters >= MANY) {
        if (many.length == 0) {
          many = new int[Math.multiplyExact(2, k)];
        }
        many[2 * v] = attackers;
        many[2 * v + 1] = supporters;
        attackers = Math.min(attackers, MANY);
        supporters = Math.min(supporters, MANY);
      }
      state[v] =
          (char)
              ((supporters << SUPPORTERS_SHIFT)
                  | (attackers << ATTACKERS_SHIFT)
                  | label
                  | isPremiseBit * PREMISE);
    }
    int[] attacked = outAttack.nodes();
    int[] supported = outSupport.nodes();
    // The work-lists are taken in rounds: the nodes labelled in one round are worked through in the
    // next, in graph order when there are many of them, so that their adjacency is read in order
    // rather than at random. The labels do not depend on the order. The first round's IN nodes,
    // labelled from their degrees alone, are in graph order already; the OUT list holds its nodes
    // back to front until it is sorted.
    //
    // Each round first lists the targets of its IN nodes' and its OUT nodes' attacks and supports,
    // one loop per list, and then goes through each list in a tight loop of its own. Within a list
    // the reads of the targets' state are independent of each other, so the processor overlaps
    // their cache misses; worked through node by node, a branch on each node's label stood between
    // them.
    long[] marks = new long[(k + 63) >>> 6];
    TargetList inAttacks = new TargetList();
    TargetList inSupports = new TargetList();
    TargetList outAttacks = new TargetList();
    TargetList outSupports = new TargetList();
    int inHead = 0;
    int outHead = k;
    while (inHead < inTail || outHead > outTail) {
      int inStop = inTail;
      int outStop = outTail;
      if (inHead > 0 && BitSort.worthSorting(inStop - inHead, marks)) {
        BitSort.sortDistinct(queue, inHead, inStop, marks);
      }
      if (BitSort.worthSorting(outHead - outStop, marks)) {
        BitSort.sortDistinct(queue, outStop + 1, outHead + 1, marks);
      }
      inAttacks.clear();
      inSupports.clear();
      outAttacks.clear();
      outSupports.clear();
      if (attacksBefore != 0) {
        gather(queue, inHead, inStop, outAttack, attacked, k, n, inAttacks);
        gather(queue, outStop + 1, outHead + 1, outAttack, attacked, k, n, outAttacks);
      }
      if (supportsBefore != 0) {
        gather(queue, inHead, inStop, outSupport, supported, k, n, inSupports);
        gather(queue, outStop + 1, outHead + 1, outSupport, supported, k, n, outSupports);
      }
      inHead = inStop;
      outHead = outStop;
      outTail = attacksFromIn(inAttacks, state, queue, outTail);
      inTail = supportsFromIn(inSupports, state, queue, inTail);
      inTail = attacksFromOut(outAttacks, state, many, queue, inTail);
      outTail = supportsFromOut(outSupports, state, many, queue, outTail);
    }
    // The labels in one byte per node: the pass over the suffix reads its nodes' attackers and
    // supporters at random, and at 10^6 nodes 1 MB of labels stays in a core's 2 MiB cache beside
    // the relations it streams, where 2 MB of state did not.
    byte[] labels = new byte[n];
    for (int v = 0; v < k; v++) {
      labels[v] = (byte) (state[v] & LABEL);
    }
    labelInOrder(k, n, isPremise, inAttack, inSupport, labels);
    return new EvidentialLabels(labels);
  }

  /**
   * The first node of the longest suffix of the graph whose nodes send every relation to a later
   * node: one past the last node with a relation to itself or to an earlier node, 0 if there is
   * none. No relation enters the nodes before it from the suffix, and every relation into the
   * suffix comes from an earlier node.
   */
  static int forwardSuffix(GraphIndex.Adjacency outAttack, GraphIndex.Adjacency outSupport, int n) {
    int[] attacked = outAttack.nodes();
    int[] supported = outSupport.nodes();
    for (int u = n - 1; u >= 0; u--) {
      if (leadsBack(attacked, outAttack.start(u), outAttack.end(u), u)
          || leadsBack(supported, outSupport.start(u), outSupport.end(u), u)) {
        return u + 1;
      }
    }
    return 0;
  }

  /**
   * Whether a target in {@code targets[start, end)} is at or before {@code u}. A short run is read
   * as {@link TargetList#CHUNK} entries, without a loop that would end in a mispredicted branch.
   */
  private static boolean leadsBack(int[] targets, int start, int end, int u) {
    int length = end - start;
    int back = 0; // negative once a target is at or before u
    if (length <= TargetList.CHUNK && start <= targets.length - TargetList.CHUNK) {
      for (int i = 0; i < TargetList.CHUNK; i++) {
        back |= (targets[start + i] - u - 1) & ((i - length) >> 31);
      }
    } else {
      for (int i = start; i < end; i++) {
        back |= targets[i] - u - 1;
      }
    }
    return back < 0;
  }

  /**
   * Labels the nodes {@code k … n - 1}, each of whose attackers and supporters comes before it and
   * is labelled already, in graph order by the rules themselves; {@code labels} holds the labels of
   * the nodes before {@code k} and gets theirs.
   *
   * <p>The labels of a node's attackers and of its supporters are each gathered as a set, one bit
   * per label ({@code 1 << label}), and the node's label is made from the two sets without a
   * branch, which the processor would mispredict with the labels in no order.
   */
  private static void labelInOrder(
      int k,
      int n,
      IntPredicate isPremise,
      GraphIndex.Adjacency inAttack,
      GraphIndex.Adjacency inSupport,
      byte[] labels) {
    int[] attackers = inAttack.nodes();
    int[] supporters = inSupport.nodes();
    for (int v = k; v < n; v++) {
      int attackerLabels = labelsOf(attackers, inAttack.start(v), inAttack.end(v), labels);
      int supporterLabels = labelsOf(supporters, inSupport.start(v), inSupport.end(v), labels);
      int premise = isPremise.test(v) ? 1 : 0;
      int attackerIn = (attackerLabels >>> IN) & 1;
      int supporterIn = (supporterLabels >>> IN) & 1;
      // (x - 1) >>> 31 is 1 for an x of 0, else 0: here, no label but OUT among the set.
      int everyAttackerOut = ((attackerLabels & ~(1 << OUT)) - 1) >>> 31;
      int everySupporterOut = ((supporterLabels & ~(1 << OUT)) - 1) >>> 31;
      int in = everyAttackerOut & (premise | supporterIn);
      int out = attackerIn | ((1 - premise) & everySupporterOut);
      labels[v] = (byte) (UNDEC - (UNDEC - IN) * in - (UNDEC - OUT) * out);
    }
  }

  /**
   * The set of the labels of the nodes {@code nodes[start, end)}, one bit per label ({@code 1 <<
   * label}).
   *
   * <p>Most nodes have a few relations of a kind, a number that varies from node to node, and a
   * loop over exactly that many would end in a mispredicted branch. So a short run is read as
   * {@link TargetList#CHUNK} entries; an entry past the run reads node 0 instead, whose label is in
   * the first-level cache, and its bit is dropped.
   */
  private static int labelsOf(int[] nodes, int start, int end, byte[] labels) {
    int length = end - start;
    int set = 0;
    if (length <= TargetList.CHUNK && start <= nodes.length - TargetList.CHUNK) {
      for (int i = 0; i < TargetList.CHUNK; i++) {
        int inRun = (i - length) >> 31; // all ones for an entry of the run, else 0
        set |= (1 << labels[nodes[start + i] & inRun]) & inRun;
      }
    } else {
      for (int i = start; i < end; i++) {
        set |= 1 << labels[nodes[i]];
      }
    }
    return set;
  }

  // The loops of a round, each a small method of its own.

  /**
   * Lists the targets, in one adjacency, of the nodes {@code queue[from, to)}, leaving out those at
   * or after {@code limit} unless it is the number of nodes {@code n}.
   */
  private static void gather(
      int[] queue,
      int from,
      int to,
      GraphIndex.Adjacency adjacency,
      int[] targets,
      int limit,
      int n,
      TargetList list) {
    if (limit == n) {
      for (int k = from; k < to; k++) {
        int v = queue[k];
        list.add(targets, adjacency.start(v), adjacency.end(v));
      }
    } else {
      for (int k = from; k < to; k++) {
        int v = queue[k];
        list.addBelow(targets, adjacency.start(v), adjacency.end(v), limit);
      }
    }
  }

  /** An attack from an IN node: its target goes OUT. Returns the OUT list's new tail. */
  private static int attacksFromIn(TargetList targets, char[] state, int[] queue, int outTail) {
    int[] list = targets.nodes();
    int tail = outTail;
    for (int i = 0, count = targets.size(); i < count; i++) {
      int t = list[i];
      int flags = state[t];
      if ((flags & LABEL) == UNDEC) {
        state[t] = (char) ((flags & ~LABEL) | OUT);
        queue[tail--] = t;
      }
    }
    return tail;
  }

  /**
   * A support from an IN node: its target goes IN once no attacker is left that is not OUT. Returns
   * the IN list's new tail.
   *
   * <p>Whether a target goes IN is a coin toss the processor mispredicts, so the loop has no branch
   * on it: each target is written at the tail, which moves past it only if it went IN (the slot is
   * free), and its label bits are cleared, to IN, only then. A count of {@link #MANY} is not zero,
   * so the side array need not be read.
   */
  private static int supportsFromIn(TargetList targets, char[] state, int[] queue, int inTail) {
    int[] list = targets.nodes();
    int tail = inTail;
    for (int i = 0, count = targets.size(); i < count; i++) {
      int t = list[i];
      int flags = state[t] | SUPPORTER_IN;
      // 1 if the target is UNDEC with no attacker left that is not OUT, else 0.
      int in = ((((flags & LABEL) ^ UNDEC) | (flags & ATTACKERS)) - 1) >>> 31;
      state[t] = (char) (flags & ~(in * LABEL)); // IN is 0
      queue[tail] = t;
      tail += in;
    }
    return tail;
  }

  /**
   * An attack from an OUT node: its target goes IN with its last attacker OUT, if it is a premise
   * or has a supporter IN. Returns the IN list's new tail.
   */
  private static int attacksFromOut(
      TargetList targets, char[] state, int[] many, int[] queue, int inTail) {
    int[] list = targets.nodes();
    int tail = inTail;
    for (int i = 0, count = targets.size(); i < count; i++) {
      int t = list[i];
      int flags = state[t];
      if ((flags & ATTACKERS) != ATTACKERS) {
        flags -= ONE_ATTACKER;
      } else if (--many[2 * t] == 0) {
        flags &= ~ATTACKERS;
      }
      if ((flags & (ATTACKERS | LABEL)) == UNDEC && (flags & (PREMISE | SUPPORTER_IN)) != 0) {
        flags = (flags & ~LABEL) | IN;
        queue[tail++] = t;
      }
      state[t] = (char) flags;
    }
    return tail;
  }

  /**
   * A support from an OUT node: a target that is not a premise goes OUT with its last supporter.
   * Returns the OUT list's new tail.
   */
  private static int supportsFromOut(
      TargetList targets, char[] state, int[] many, int[] queue, int outTail) {
    int[] list = targets.nodes();
    int tail = outTail;
    for (int i = 0, count = targets.size(); i < count; i++) {
      int t = list[i];
      int flags = state[t];
      if ((flags & SUPPORTERS) != SUPPORTERS) {
        flags -= ONE_SUPPORTER;
      } else if (--many[2 * t + 1] == 0) {
        flags &= ~SUPPORTERS;
      }
      if ((flags & (SUPPORTERS | LABEL | PREMISE)) == UNDEC) {
        flags = (flags & ~LABEL) | OUT;
        queue[tail--] = t;
      }
      state[t] = (char) flags;
    }
    return tail;
  }

  /**
   * Returns the number of nodes labelled.
   *
   * @return n
   */
  public int size() {
    return labels.length;
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
    return labels[node];
  }

  /**
   * Returns every node's label, by node number.
   *
   * @return a new array of {@link #IN}, {@link #OUT} and {@link #UNDEC}
   */
  public byte[] toArray() {
    return labels.clone();
  }
}
