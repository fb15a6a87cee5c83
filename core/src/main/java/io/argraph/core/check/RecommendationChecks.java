package io.argraph.core.check;

import io.argraph.core.model.NodeKind;

/** The checks of whether each recommendation rests on premises and answers a problem. */
final class RecommendationChecks {
  private RecommendationChecks() {}

  /** A recommendation without any incoming support; isolated ones included. */
  static void unsupported(Analysis a, Severity severity, Found out) {
    NodeFindings found = new NodeFindings(a);
    for (int v : a.nodesOf(NodeKind.RECOMMENDATION)) {
      if (!a.hasSupporter(v)) {
        found.add(v);
      }
    }
    found.report(
        CheckCodes.UNSUPPORTED_RECOMMENDATION,
        severity,
        "",
        " has no support; add a support to it from the problem it solves or the evidence for it",
        out);
  }

  /** A recommendation with supporters that no chain of supports connects to a premise. */
  static void ungrounded(Analysis a, Severity severity, Found out) {
    NodeFindings found = new NodeFindings(a);
    for (int v : a.nodesOf(NodeKind.RECOMMENDATION)) {
      if (a.hasSupporter(v) && !a.isGrounded(v)) {
        found.add(v);
      }
    }
    found.report(
        CheckCodes.UNGROUNDED_RECOMMENDATION,
        severity,
        "",
        " is supported, but no chain of supports leads to it from a premise; support what it"
            + " rests on with a premise",
        out);
  }

  /**
   * A recommendation with supporters that no chain of supports connects to a problem. An
   * unsupported recommendation is left to {@code unsupported-recommendation}.
   */
  static void unmotivated(Analysis a, Severity severity, Found out) {
    NodeFindings found = new NodeFindings(a);
    for (int v : a.nodesOf(NodeKind.RECOMMENDATION)) {
      if (a.hasSupporter(v) && !a.isReachableFromProblem(v)) {
        found.add(v);
      }
    }
    found.report(
        CheckCodes.UNMOTIVATED_RECOMMENDATION,
        severity,
        "",
        " cannot be reached along supports from any problem; support it from the problem it"
            + " addresses",
        out);
  }
}
