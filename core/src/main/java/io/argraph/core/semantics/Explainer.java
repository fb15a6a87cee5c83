package io.argraph.core.semantics;

import static java.util.Objects.requireNonNull;

import io.argraph.core.model.ArgumentGraph;

/**
 * Labels a graph (or framework) once and then explains the label of any of its nodes.
 *
 * <p>Building one costs what the labelling costs: linear time for the {@link
 * SupportReading#EVIDENTIAL} reading and for a framework, plus the flattening for other readings.
 * An explanation of an IN or OUT label then takes time proportional to the degree of the node and
 * its attackers; one of an UNDEC label, which searches the cycle behind it, time linear in the
 * undecided part of the graph. Immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Explainer {
  private final Explanation.View view;

  private Explainer(Explanation.View view) {
    this.view = view;
  }

  /**
   * Labels a graph under a reading: the evidential grounded labelling for {@link
   * SupportReading#EVIDENTIAL}, otherwise the grounded labelling of the flattened graph.
   *
   * @param graph the graph
   * @param reading the reading of support
   * @return the explainer
   */
  public static Explainer of(ArgumentGraph graph, SupportReading reading) {
    requireNonNull(graph, "graph");
    requireNonNull(reading, "reading");
    return new Explainer(
        reading.flattens()
            ? Explanation.view(ArgumentationFramework.of(graph, reading))
            : Explanation.view(graph));
  }

  /**
   * Labels a framework with its grounded labelling.
   *
   * @param framework the framework
   * @return the explainer
   */
  public static Explainer of(ArgumentationFramework framework) {
    return new Explainer(Explanation.view(requireNonNull(framework, "framework")));
  }

  /**
   * Returns the labelling being explained.
   *
   * @return the grounded labelling of every node (or argument)
   */
  public Labelling labelling() {
    return view.labelling();
  }

  /**
   * Explains one label.
   *
   * @param name a node id (or argument name)
   * @return the explanation
   * @throws IllegalArgumentException if there is no such node (or argument)
   */
  public Explanation explain(String name) {
    return Explanation.explain(view, view.indexOf(requireNonNull(name, "name")));
  }
}
