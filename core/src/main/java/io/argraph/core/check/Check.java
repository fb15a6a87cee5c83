package io.argraph.core.check;

import io.argraph.core.model.ArgumentGraph;
import java.util.List;

/**
 * Examines a graph for one kind of flaw. The built-in checks are run by {@code Checks}; a user's
 * own check runs beside them.
 *
 * <p>Implementations must be stateless or thread-safe, must not throw on any valid graph, and
 * should list their findings' nodes in graph order.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Check {
  /**
   * Examines a graph.
   *
   * @param graph the graph to examine
   * @return the findings, possibly none
   */
  List<Finding> check(ArgumentGraph graph);
}
