package io.argraph.core.check;

import com.google.common.primitives.ImmutableIntArray;
import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.RelationType;
import java.util.Arrays;

/**
 * The relations that {@code contradictory-relations}, {@code inverted-support} and {@code
 * self-attack} report, found in one pass over every node's outgoing attacks and supports: each of
 * those checks alone walked every node's adjacency, and the walk, bound by the branches on each
 * node's degrees rather than by the reads, cost about as much as the check.
 *
 * <p>Immutable once made.
 */
final class RelationFlaws {
  /**
   * Most supports times attacks of one node for which its attacks look their targets up by scanning
   * its supports; above it, the node's supports are stamped on their targets instead.
   */
  static final int SCAN_LIMIT = 64;

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
   * <p>A support and an attack from one node to the same node make a contradictory pair: each
   * attack of a node looks for a support of its target among the node's own supports, which lie
   * side by side, so that most nodes cost no read outside their adjacency; a node with many of both
   * stamps its support targets with its number and its attacks look the stamp up. A support from a
   * node to one of lower rank is inverted. An attack from a node to itself is a self-attack. Linear
   * in nodes plus relations, no hashing.
   *
   * @param ranks each node's {@link Analysis#rank(int)}
   */
  static RelationFlaws of(GraphIndex index, byte[] ranks) {
    GraphIndex.Adjacency supports = index.outgoing(RelationType.SUPPORT);
    GraphIndex.Adjacency attacks = index.outgoing(RelationType.ATTACK);
    int[] supportRels = supports.relations();
    int[] attackRels = attacks.relations();
    int[] supportTargets = supports.nodes();
    int[] attackTargets = attacks.nodes();
    int n = index.nodeCount();
    ImmutableIntArray.Builder contradictory = ImmutableIntArray.builder();
    ImmutableIntArray.Builder inverted = ImmutableIntArray.builder();
    ImmutableIntArray.Builder selfAttacks = ImmutableIntArray.builder();
    // Made when first needed. Side by side per target t: stamp[2t] is 1 + the last node whose
    // supports were stamped on t (0 for none), stamp[2t + 1] that node's support of t.
    int[] stamp = new int[0];
    // Each node's rank in two bits, 32 nodes to a long: the supports' targets are read at random,
    // and a quarter of a byte per node stays in a nearer cache than the byte per node of ranks.
    long[] packedRanks = new long[(n + 31) >>> 5];
    for (int v = 0; v < n; v++) {
      packedRanks[v >>> 5] |= (long) ranks[v] << ((v & 31) << 1);
    }
    for (int u = 0; u < n; u++) {
      int attackStart = attacks.start(u);
      int attackEnd = attacks.end(u);
      int supportStart = supports.start(u);
      int supportEnd = supports.end(u);
      if (attackStart < attackEnd) {
        // A node without supports scans none.
        boolean scan = (long) (attackEnd - attackStart) * (supportEnd - supportStart) <= SCAN_LIMIT;
        if (!scan) {
          if (stamp.length == 0) {
            stamp = new int[Math.multiplyExact(2, n)];
          }
          for (int i = supportStart; i < supportEnd; i++) {
            int t = supportTargets[i];
            stamp[2 * t] = u + 1;
            stamp[2 * t + 1] = supportRels[i];
          }
        }
        for (int i = attackStart; i < attackEnd; i++) {
          int t = attackTargets[i];
          if (t == u) {
            selfAttacks.add(attackRels[i]);
          }
          int support = -1;
          if (scan) {
            for (int j = supportStart; j < supportEnd && support == -1; j++) {
              if (supportTargets[j] == t) {
                support = supportRels[j];
              }
            }
          } else if (stamp[2 * t] == u + 1) {
            support = stamp[2 * t + 1];
          }
          if (support != -1) {
            contradictory.add(u);
            contradictory.add(t);
            contradictory.add(support);
            contradictory.add(attackRels[i]);
          }
        }
      }
      // Only the supports of problems and recommendations can run backwards.
      int rank = ranks[u];
      if (rank != Analysis.PREMISE_RANK) {
        for (int i = supportStart; i < supportEnd; i++) {
          int t = supportTargets[i];
          if ((int) (packedRanks[t >>> 5] >>> ((t & 31) << 1) & 3) < rank) {
            inverted.add(supportRels[i]);
          }
        }
      }
    }
    int[] invertedRels = inverted.build().toArray();
    int[] selfAttackRels = selfAttacks.build().toArray();
    Arrays.sort(invertedRels);
    Arrays.sort(selfAttackRels);
    return new RelationFlaws(contradictory.build().toArray(), invertedRels, selfAttackRels);
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
