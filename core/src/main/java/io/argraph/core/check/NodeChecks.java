package io.argraph.core.check;

import io.argraph.core.model.NodeKind;
import java.util.List;

/** The checks of whether each node takes part in the argument. */
final class NodeChecks {
  private NodeChecks() {}

  /** A node that is neither the source nor the target of any relation. */
  static void isolated(Analysis a, Severity severity, Found out) {
    for (int v = 0; v < a.nodeCount(); v++) {
      if (a.isIsolated(v)) {
        out.add(
            v,
            Finding.of(
                CheckCodes.ISOLATED_NODE,
                severity,
                Names.kindAndNode(a.node(v))
                    + " has no relations; connect it with a support or an attack, or remove it",
                List.of(a.id(v))));
      }
    }
  }

  /** A premise that has relations, none of them outgoing. */
  static void unusedPremise(Analysis a, Severity severity, Found out) {
    for (int v : a.nodesOf(NodeKind.PREMISE)) {
      if (!a.hasOutgoing(v) && !a.isIsolated(v)) {
        out.add(
            v,
            Finding.of(
                CheckCodes.UNUSED_PREMISE,
                severity,
                Names.kindAndNode(a.node(v))
                    + " supports or attacks nothing; relate it to the claim it bears on, or"
                    + " remove it",
                List.of(a.id(v))));
      }
    }
  }
}
