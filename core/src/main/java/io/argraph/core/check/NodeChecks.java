package io.argraph.core.check;

import io.argraph.core.model.NodeKind;

/** The checks of whether each node takes part in the argument. */
final class NodeChecks {
  private NodeChecks() {}

  /** A node that is neither the source nor the target of any relation. */
  static void isolated(Analysis a, Severity severity, Found out) {
    NodeFindings found = new NodeFindings(a);
    // A node is isolated when the entries before it and before the next node are as many; the
    // test is a branch the processor mostly predicts, where four degree tests in a row, with the
    // kinds in no order, were not.
    int before = a.entriesBefore(0);
    for (int v = 0, n = a.nodeCount(); v < n; v++) {
      int after = a.entriesBefore(v + 1);
      if (after == before) {
        found.add(v);
      }
      before = after;
    }
    found.report(
        CheckCodes.ISOLATED_NODE,
        severity,
        "",
        " has no relations; connect it with a support or an attack, or remove it",
        out);
  }

  /** A premise that has relations, none of them outgoing. */
  static void unusedPremise(Analysis a, Severity severity, Found out) {
    NodeFindings found = new NodeFindings(a);
    for (int v : a.nodesOf(NodeKind.PREMISE)) {
      if (!a.hasOutgoing(v) && !a.isIsolated(v)) {
        found.add(v);
      }
    }
    found.report(
        CheckCodes.UNUSED_PREMISE,
        severity,
        "",
        " supports or attacks nothing; relate it to the claim it bears on, or remove it",
        out);
  }
}
