package io.argraph.core.semantics;

import static java.util.Objects.requireNonNull;

import io.argraph.core.internal.EvidentialLabels;
import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.ArgumentGraph;

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

  /**
   * Every node's label, in the codes of {@link Labelling}, which {@link EvidentialLabels} shares.
   */
  static byte[] labels(ArgumentGraph graph) {
    return EvidentialLabels.of(GraphIndex.of(graph)).toArray();
  }
}
