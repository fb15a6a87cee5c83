package io.argraph.core.check;

import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import java.util.List;

/** The checks of single relations and of pairs of relations between the same nodes. */
final class RelationChecks {
  private RelationChecks() {}

  /**
   * A support and an attack from one node to the same node; one finding per ordered pair (the
   * builder refuses duplicate relations, so there is at most one of each), by source node and then
   * in the order of its attacks. The pairs are found by {@link Analysis#relationFlaws()}.
   */
  static void contradictory(Analysis a, Severity severity, Found out) {
    int[] pairs = a.relationFlaws().contradictory();
    List<Relation> relations = a.graph().relations();
    for (int k = 0; k < pairs.length; k += 4) {
      int u = pairs[k];
      int t = pairs[k + 1];
      int support = pairs[k + 2];
      int attack = pairs[k + 3];
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

  /**
   * A support against the direction of an argument: from a recommendation to a premise or a
   * problem, or from a problem to a premise; one finding per relation.
   */
  static void invertedSupport(Analysis a, Severity severity, Found out) {
    int[] found = a.relationFlaws().inverted();
    GraphIndex index = a.index();
    List<Relation> relations = a.graph().relations();
    for (int r : found) {
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
    int[] found = a.relationFlaws().selfAttacks();
    List<Relation> relations = a.graph().relations();
    for (int r : found) {
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
