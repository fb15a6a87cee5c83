package io.argraph.core.check;

import com.google.common.primitives.ImmutableIntArray;
import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.RelationType;
import java.util.Arrays;

/**
 * The relations that {@code contradictory-relations}, {@code inverted-support} and {@code
 * self-attack} report, found in one pass over the outgoing attacks and one over the nodes' outgoing
 * supports: each of those checks alone walked every node's adjacency, and the walk, bound by the
 * branches on each node's degrees rather than by the reads, cost about as much as the check.
 *
 * <p>Immutable once made.
 */
final class RelationFlaws {
  /**
   * Most supports times attacks of one node for which its attacks look their targets up by scanning
   * its supports; above it, the node's supports are stamped on their targets instead.
   */
  static final int SCAN_LIMIT = 64;

  /**
   * How many of its source's supports an attack compares with its target without a branch (the four
   * comparisons are written out in {@link #of}); a source with more supports, or a match among
   * these, takes the exact search.
   */
  static final int UNROLLED = 4;

  private final int[] contradictory;
  private final int[] inverted;
  private final int[] selfAttacks;

  private RelationFlaws(int[] contradictory, int[] inverted, int[] selfAttacks) {
    this.contradictory = contradictory;
    this.inverted = inverted;
    this.selfAttacks = selfAttacks;
  }

  /**
   * Finds the flaws of an indexed graph's relations.
   *
   * <p>A support and an attack from one node to the same node make a contradictory pair: the
   * attacks are walked as one flat list, each finding its source by a running count of the nodes
   * whose attacks end before it (a loop per node, of unpredictable length, cost a mispredicted
   * branch or two per node), and each compares its target with the first {@link #UNROLLED} of its
   * source's supports, which lie side by side, without a branch. Only a source with more supports,
   * or an attack with a match, searches exactly: it scans its source's supports, or, past {@link
   * #SCAN_LIMIT}, looks its target up among the supports its source stamped on their targets with
   * its number. A support from a node to one of lower rank is inverted. An attack from a node to
   * itself is a self-attack. Linear in nodes plus relations, no hashing.
   *
   * @param ranks each node's {@link Analysis#rank(int)}
   * @param noneInverted true if the caller knows that no support leads to a node of lower rank, so
   *     that the supports need not be read for it
   */
  static RelationFlaws of(GraphIndex index, byte[] ranks, boolean noneInverted) {
    GraphIndex.Adjacency supports = index.outgoing(RelationType.SUPPORT);
    GraphIndex.Adjacency attacks = index.outgoing(RelationType.ATTACK);
    int[] supportRels = supports.relations();
    int[] attackRels = attacks.relations();
    int[] attackTargets = attacks.nodes();
    int n = index.nodeCount();
    int attackCount = attackRels.length;
    ImmutableIntArray.Builder contradictory = ImmutableIntArray.builder();
    ImmutableIntArray.Builder selfAttacks = ImmutableIntArray.builder();
    // The comparisons read a support target even where a node has fewer supports (and discard
    // it), so the array read must not be empty.
    int[] supportTargets = supports.nodes().length > 0 ? supports.nodes() : new int[1];
    int lastSupport = supportTargets.length - 1;
    // ends[i]: how many nodes' attacks end at attack i; their running sum is attack i's source.
    int[] ends = new int[attackCount + 1];
    // Each node's rank in two bits, 32 nodes to a long: the supports' targets are read at random,
    // and a quarter of a byte per node stays in a nearer cache than the byte per node of ranks.
    long[] packedRanks = new long[noneInverted ? 0 : (n + 31) >>> 5];
    for (int w = 0; w < n; w++) {
      ends[attacks.end(w)]++;
      if (!noneInverted) {
        packedRanks[w >>> 5] |= (long) ranks[w] << ((w & 31) << 1);
      }
    }
    // Made when first needed. Side by side per target t: stamp[2t] is 1 + the last node whose
    // supports were stamped on t (0 for none), stamp[2t + 1] that node's support of t.
    int[] stamp = new int[0];
    int stamped = -1;
    for (int i = 0, u = 0; i < attackCount; i++) {
      u += ends[i];
      int t = attackTargets[i];
      if (t == u) {
        selfAttacks.add(attackRels[i]);
      }
      int s = supports.start(u);
      int degree = supports.end(u) - s;
      // 1 for each of the first four supports that exists and meets t, in int arithmetic: (k -
      // degree) >>> 31 is 1 when k < degree.
      int matches =
          (equal(supportTargets[Math.min(s, lastSupport)], t) & (-degree >>> 31))
              | (equal(supportTargets[Math.min(s + 1, lastSupport)], t) & ((1 - degree) >>> 31))
              | (equal(supportTargets[Math.min(s + 2, lastSupport)], t) & ((2 - degree) >>> 31))
              | (equal(supportTargets[Math.min(s + 3, lastSupport)], t) & ((3 - degree) >>> 31));
      if (matches == 0 && degree <= UNROLLED) {
        continue;
      }
      int support = -1;
      if ((long) attacks.degree(u) * degree <= SCAN_LIMIT) {
        for (int j = s; j < s + degree && support == -1; j++) {
          if (supportTargets[j] == t) {
            support = supportRels[j];
          }
        }
      } else {
        if (stamp.length == 0) {
          stamp = new int[Math.multiplyExact(2, n)];
        }
        if (stamped != u) {
          for (int j = s; j < s + degree; j++) {
            int target = supportTargets[j];
            stamp[2 * target] = u + 1;
            stamp[2 * target + 1] = supportRels[j];
          }
          stamped = u;
        }
        if (stamp[2 * t] == u + 1) {
          support = stamp[2 * t + 1];
        }
      }
      if (support != -1) {
        contradictory.add(u);
        contradictory.add(t);
        contradictory.add(support);
        contradictory.add(attackRels[i]);
      }
    }
    int[] invertedRels = noneInverted ? new int[0] : inverted(supports, ranks, packedRanks);
    int[] selfAttackRels = selfAttacks.build().toArray();
    Arrays.sort(selfAttackRels);
    return new RelationFlaws(contradictory.build().toArray(), invertedRels, selfAttackRels);
  }

  /** 1 if {@code a == b}, else 0, without a branch. */
  private static int equal(int a, int b) {
    int x = a ^ b;
    return ~(x | -x) >>> 31;
  }

  /** The supports from a node to one of lower rank, in the order of the relations. */
  private static int[] inverted(GraphIndex.Adjacency supports, byte[] ranks, long[] packedRanks) {
    int n = ranks.length;
    int[] supportRels = supports.relations();
    int[] supportTargets = supports.nodes();
    ImmutableIntArray.Builder inverted = ImmutableIntArray.builder();
    for (int u = 0; u < n; u++) {
      // Only the supports of problems and recommendations can run backwards.
      int rank = ranks[u];
      if (rank != Analysis.PREMISE_RANK) {
        for (int i = supports.start(u), end = supports.end(u); i < end; i++) {
          int t = supportTargets[i];
          if ((int) (packedRanks[t >>> 5] >>> ((t & 31) << 1) & 3) < rank) {
            inverted.add(supportRels[i]);
          }
        }
      }
    }
    int[] invertedRels = inverted.build().toArray();
    Arrays.sort(invertedRels);
    return invertedRels;
  }

  /**
   * The contradictory pairs, four ints each: the source node, the target node, the support and the
   * attack; by source node, then in the order of the source's attacks.
   *
   * @return the pairs; callers must not change the array
   */
  int[] contradictory() {
    return contradictory;
  }

  /**
   * The supports from a node to one of lower rank, in the order of the relations.
   *
   * @return the relation numbers; callers must not change the array
   */
  int[] inverted() {
    return inverted;
  }

  /**
   * The attacks from a node to itself, in the order of the relations.
   *
   * @return the relation numbers; callers must not change the array
   */
  int[] selfAttacks() {
    return selfAttacks;
  }
}
