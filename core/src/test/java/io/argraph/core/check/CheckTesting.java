package io.argraph.core.check;

import io.argraph.core.model.ArgumentGraph;
import java.util.List;

/** Shorthands for the check tests. */
final class CheckTesting {
  private CheckTesting() {}

  /** The findings of one code in the standard report of a graph. */
  static List<Finding> findings(ArgumentGraph graph, String code) {
    return Checks.standard().run(graph).findings(code);
  }

  /** The codes of all findings in the standard report of a graph, in report order. */
  static List<String> codes(ArgumentGraph graph) {
    return Checks.standard().run(graph).findings().stream().map(Finding::code).toList();
  }
}
