package io.argraph.core.check;

import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import java.util.Arrays;
import java.util.List;

/** The checks of single relations and of pairs of relations between the same nodes. */
final class RelationChecks {
  private RelationChecks() {}

  /**
   * Most supports times attacks of one node for which its attacks look their targets up by scanning
   * its supports; above it, the node's supports are stamped on their targets instead.
   */
  private static final int SCAN_LIMIT = 64;

  /**
   * A support and an attack from one node to the same node; one finding per ordered pair (the
   * builder refuses duplicate relations, so there is at most one of each). Each attack of a node
   * looks for a support of its target among the node's own supports, which lie side by side, so
   * that most nodes cost no read outside their adjacency; a node with many of both stamps its
   * support targets with its number and its attacks look the stamp up. Linear in relations either
   * way, no hashing.
   */
  static void contradictory(Analysis a, Severity severity, Found out) {
    GraphIndex index = a.index();
    GraphIndex.Adjacency supports = index.outgoing(RelationType.SUPPORT);
    GraphIndex.Adjacency attacks = index.outgoing(RelationType.ATTACK);
    int[] supportRels = supports.relations();
    int[] attackRels = attacks.relations();
    int[] supportTargets = supports.nodes();
    int[] attackTargets = attacks.nodes();
    int n = a.nodeCount();
    // Made when first needed. Side by side per target t: stamp[2t] is 1 + the last node whose
    // supports were stamped on t (0 for none), stamp[2t + 1] that node's support of t.
    int[] stamp = new int[0];
    List<Relation> relations = a.graph().relations();
    for (int u = 0; u < n; u++) {
      int attackStart = attacks.start(u);
      int attackEnd = attacks.end(u);
      int supportStart = supports.start(u);
      int supportEnd = supports.end(u);
      if (attackStart == attackEnd || supportStart == supportEnd) {
        continue;
      }
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
        if (support == -1) {
          continue;
        }
        int attack = attackRels[i];
        Node source = a.node(u);
        String target = u == t ? "itself" : Names.node(a.node(t));
        out.add(
            Math.min(u, t),
            new Finding(
                CheckCodes.CONTRADICTORY_RELATIONS,
                severity,
                Names.node(source)
                    + " both supports and attacks "
                    + target
                    + "; remove the relation you do not mean",
                pair(a, u, t),
                List.of(
                    relations.get(Math.min(support, attack)),
                    relations.get(Math.max(support, attack)))));
      }
    }
  }

  /**
   * A support against the direction of an argument: from a recommendation to a premise or a
   * problem, or from a problem to a premise; one finding per relation.
   */
  static void invertedSupport(Analysis a, Severity severity, Found out) {
    GraphIndex.Adjacency supports = a.index().outgoing(RelationType.SUPPORT);
    int[] rels = supports.relations();
    int[] targets = supports.nodes();
    // Only the supports of problems and recommendations can run backwards: premises are skipped.
    int[] found = new int[8];
    int count = 0;
    for (int v = 0; v < a.nodeCount(); v++) {
      int rank = a.rank(v);
      if (rank == 0) {
        continue;
      }
      for (int i = supports.start(v), end = supports.end(v); i < end; i++) {
        if (a.rank(targets[i]) < rank) {
          if (count == found.length) {
            found = Arrays.copyOf(found, 2 * count);
          }
          found[count++] = rels[i];
        }
      }
    }
    Arrays.sort(found, 0, count); // report in the order of the relations
    GraphIndex index = a.index();
    List<Relation> relations = a.graph().relations();
    for (int k = 0; k < count; k++) {
      int r = found[k];
      int from = index.from(r);
      int to = index.to(r);
      out.add(
          Math.min(from, to),
          new Finding(
              CheckCodes.INVERTED_SUPPORT,
              severity,
              Names.kindAndNode(a.node(from))
                  + " supports "
                  + Names.kindAndNode(a.node(to))
                  + "; support runs from premises to problems to recommendations, so reverse"
                  + " it, or make it an attack if that is what it means",
              pair(a, from, to),
              List.of(relations.get(r))));
    }
  }

  /** An attack from a node to itself; one finding per relation. */
  static void selfAttack(Analysis a, Severity severity, Found out) {
    GraphIndex.Adjacency attacks = a.index().outgoing(RelationType.ATTACK);
    int[] rels = attacks.relations();
    int[] targets = attacks.nodes();
    int[] found = new int[8];
    int count = 0;
    for (int v = 0; v < a.nodeCount(); v++) {
      for (int i = attacks.start(v), end = attacks.end(v); i < end; i++) {
        if (targets[i] == v) {
          if (count == found.length) {
            found = Arrays.copyOf(found, 2 * count);
          }
          found[count++] = rels[i];
        }
      }
    }
    Arrays.sort(found, 0, count); // report in the order of the relations
    List<Relation> relations = a.graph().relations();
    for (int k = 0; k < count; k++) {
      int r = found[k];
      int v = a.index().from(r);
      out.add(
          v,
          new Finding(
              CheckCodes.SELF_ATTACK,
              severity,
              Names.kindAndNode(a.node(v))
                  + " attacks itself; remove that attack, or split the node into the two claims"
                  + " that conflict",
              List.of(a.id(v)),
              List.of(relations.get(r))));
    }
  }

  /** The ids of two nodes in graph order, or one id if they are the same node. */
  private static List<String> pair(Analysis a, int u, int v) {
    if (u == v) {
      return List.of(a.id(u));
    }
    return u < v ? List.of(a.id(u), a.id(v)) : List.of(a.id(v), a.id(u));
  }
}
