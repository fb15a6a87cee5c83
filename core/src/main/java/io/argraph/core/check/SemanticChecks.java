package io.argraph.core.check;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.semantics.Explanation;
import io.argraph.core.semantics.Label;
import io.argraph.core.semantics.SupportReading;
import java.util.List;

/**
 * The checks that evaluate a graph under argumentation semantics: {@code defeated-recommendation}
 * (a recommendation OUT in the grounded labelling) and {@code undecided-recommendation} (UNDEC).
 *
 * <p>By default they use the {@link SupportReading#EVIDENTIAL} grounded labelling; any other
 * reading labels the graph flattened under it with the grounded semantics. To keep reports free of
 * cascades they fire only on recommendations that have at least one supporter and are grounded (a
 * chain of supports leads to them from a premise): the others already get {@code
 * unsupported-recommendation} or {@code ungrounded-recommendation}. Each finding names one
 * recommendation.
 *
 * <p>Both run in time linear in nodes plus relations under the evidential reading (a flattening
 * reading adds the cost of its derived attacks). Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SemanticChecks {
  /** The code of {@link #defeatedRecommendation(SupportReading)}. */
  public static final String DEFEATED_RECOMMENDATION = CheckCodes.DEFEATED_RECOMMENDATION;

  /** The code of {@link #undecidedRecommendation(SupportReading)}. */
  public static final String UNDECIDED_RECOMMENDATION = CheckCodes.UNDECIDED_RECOMMENDATION;

  private SemanticChecks() {}

  /**
   * Returns {@code defeated-recommendation} under the evidential reading.
   *
   * @return a check reporting, as a warning, each grounded recommendation that is OUT
   */
  public static Check defeatedRecommendation() {
    return defeatedRecommendation(SupportReading.EVIDENTIAL);
  }

  /**
   * Returns {@code defeated-recommendation} under a reading.
   *
   * @param reading the reading of support to label the graph under
   * @return a check reporting, as a warning, each grounded recommendation that is OUT
   */
  public static Check defeatedRecommendation(SupportReading reading) {
    requireNonNull(reading, "reading");
    return graph -> find(new Analysis(graph, reading), Label.OUT, Severity.WARNING);
  }

  /**
   * Returns {@code undecided-recommendation} under the evidential reading.
   *
   * @return a check reporting, as information, each grounded recommendation that is UNDEC
   */
  public static Check undecidedRecommendation() {
    return undecidedRecommendation(SupportReading.EVIDENTIAL);
  }

  /**
   * Returns {@code undecided-recommendation} under a reading.
   *
   * @param reading the reading of support to label the graph under
   * @return a check reporting, as information, each grounded recommendation that is UNDEC
   */
  public static Check undecidedRecommendation(SupportReading reading) {
    requireNonNull(reading, "reading");
    return graph -> find(new Analysis(graph, reading), Label.UNDEC, Severity.INFO);
  }

  /** The built-in {@code defeated-recommendation}, under the analysis's reading. */
  static List<Finding> defeated(Analysis analysis, Severity severity) {
    return find(analysis, Label.OUT, severity);
  }

  /** The built-in {@code undecided-recommendation}, under the analysis's reading. */
  static List<Finding> undecided(Analysis analysis, Severity severity) {
    return find(analysis, Label.UNDEC, severity);
  }

  private static List<Finding> find(Analysis analysis, Label wanted, Severity severity) {
    ArgumentGraph graph = analysis.graph();
    SupportReading reading = analysis.reading();
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    List<Node> nodes = graph.nodes();
    for (int v = 0; v < nodes.size(); v++) {
      if (analysis.kind(v) != NodeKind.RECOMMENDATION || !analysis.isSupportedAndGrounded(v)) {
        continue;
      }
      // Labelled only once a recommendation qualifies (most graphs never pay for it), and then
      // once for both semantic checks.
      if (analysis.labelling().label(v) != wanted) {
        continue;
      }
      Node node = nodes.get(v);
      out.add(
          wanted == Label.OUT
              ? defeated(node, reading, analysis.explainer().explain(node.id()), severity)
              : undecided(node, reading, severity));
    }
    return out.build();
  }

  private static Finding defeated(
      Node node, SupportReading reading, Explanation why, Severity severity) {
    String id = node.id();
    String because =
        switch (why.reason()) {
          case ATTACKER_IN ->
              "it is attacked by "
                  + why.attackers().get(0)
                  + ", which stands; answer that attack or withdraw "
                  + id;
          case NO_SUPPORTER_STANDS ->
              "every supporter is OUT ("
                  + Joiner.on(", ").join(why.supporters())
                  + "); support it with a claim that stands or withdraw "
                  + id;
          case ATTACKERS_OUT, UNRESOLVED_CYCLE ->
              throw new AssertionError("an OUT label has no reason " + why.reason());
        };
    return Finding.of(
        DEFEATED_RECOMMENDATION,
        severity,
        "recommendation "
            + Names.node(node)
            + " is defeated under the "
            + reading.label()
            + " reading: "
            + because,
        List.of(id));
  }

  private static Finding undecided(Node node, SupportReading reading, Severity severity) {
    String id = node.id();
    return Finding.of(
        UNDECIDED_RECOMMENDATION,
        severity,
        "recommendation "
            + Names.node(node)
            + " is undecided under the "
            + reading.label()
            + " reading: it rests on claims caught in an unresolved cycle; settle that conflict"
            + " to decide it (the explanation of "
            + id
            + " names the cycle)",
        List.of(id));
  }
}
