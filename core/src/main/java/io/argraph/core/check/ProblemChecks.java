package io.argraph.core.check;

import io.argraph.core.model.NodeKind;
import java.util.List;

/** The checks of whether each problem is shown to be real and is answered by a recommendation. */
final class ProblemChecks {
  private ProblemChecks() {}

  /** A problem that has relations but no incoming support. */
  static void unsupported(Analysis a, Severity severity, Found out) {
    for (int v : a.nodesOf(NodeKind.PROBLEM)) {
      if (!a.hasSupporter(v) && !a.isIsolated(v)) {
        out.add(
            v,
            Finding.of(
                CheckCodes.UNSUPPORTED_PROBLEM,
                severity,
                Names.kindAndNode(a.node(v))
                    + " has no support; add a support to it from a premise that shows it is real",
                List.of(a.id(v))));
      }
    }
  }

  /** A problem that has relations, from which no path of supports reaches a recommendation. */
  static void unaddressed(Analysis a, Severity severity, Found out) {
    for (int v : a.nodesOf(NodeKind.PROBLEM)) {
      if (!a.isIsolated(v) && !a.reachesRecommendation(v)) {
        out.add(
            v,
            Finding.of(
                CheckCodes.UNADDRESSED_PROBLEM,
                severity,
                "no recommendation can be reached along supports from "
                    + Names.kindAndNode(a.node(v))
                    + "; let it support a recommendation that addresses it",
                List.of(a.id(v))));
      }
    }
  }
}
