package io.argraph.core.check;

import io.argraph.core.model.NodeKind;

/** The checks of whether each problem is shown to be real and is answered by a recommendation. */
final class ProblemChecks {
  private ProblemChecks() {}

  /** A problem that has relations but no incoming support. */
  static void unsupported(Analysis a, Severity severity, Found out) {
    NodeFindings found = new NodeFindings(a);
    for (int v : a.nodesOf(NodeKind.PROBLEM)) {
      if (!a.hasSupporter(v) && !a.isIsolated(v)) {
        found.add(v);
      }
    }
    found.report(
        CheckCodes.UNSUPPORTED_PROBLEM,
        severity,
        "",
        " has no support; add a support to it from a premise that shows it is real",
        out);
  }

  /** A problem that has relations, from which no path of supports reaches a recommendation. */
  static void unaddressed(Analysis a, Severity severity, Found out) {
    NodeFindings found = new NodeFindings(a);
    for (int v : a.nodesOf(NodeKind.PROBLEM)) {
      // One byte per problem first: most problems reach a recommendation, and only the few that
      // do not read the eight adjacency offsets of the isolation test.
      if (!a.reachesRecommendation(v) && !a.isIsolated(v)) {
        found.add(v);
      }
    }
    found.report(
        CheckCodes.UNADDRESSED_PROBLEM,
        severity,
        "no recommendation can be reached along supports from ",
        "; let it support a recommendation that addresses it",
        out);
  }
}
