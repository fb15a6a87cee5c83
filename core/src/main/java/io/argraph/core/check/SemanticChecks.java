package io.argraph.core.check;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.RelationType;
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
    return graph -> collect(new Analysis(graph, reading), Label.OUT, Severity.WARNING);
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
    return graph -> collect(new Analysis(graph, reading), Label.UNDEC, Severity.INFO);
  }

  /** The built-in {@code defeated-recommendation}, under the analysis's reading. */
  static void defeated(Analysis analysis, Severity severity, Found out) {
    find(analysis, Label.OUT, severity, out);
  }

  /** The built-in {@code undecided-recommendation}, under the analysis's reading. */
  static void undecided(Analysis analysis, Severity severity, Found out) {
    find(analysis, Label.UNDEC, severity, out);
  }

  private static List<Finding> collect(Analysis analysis, Label wanted, Severity severity) {
    Found out = new Found();
    find(analysis, wanted, severity, out);
    return ImmutableList.copyOf(out.findings());
  }

  private static void find(Analysis analysis, Label wanted, Severity severity, Found out) {
    ArgumentGraph graph = analysis.graph();
    SupportReading reading = analysis.reading();
    List<Node> nodes = graph.nodes();
    for (int v : analysis.nodesOf(NodeKind.RECOMMENDATION)) {
      if (!analysis.isSupportedAndGrounded(v)) {
        continue;
      }
      // Labelled only once a recommendation qualifies (most graphs never pay for it), and then
      // once for both semantic checks.
      if (analysis.label(v) != wanted) {
        continue;
      }
      Node node = nodes.get(v);
      out.add(
          v,
          wanted == Label.OUT
              ? defeated(node, reading, whyDefeated(analysis, v), severity)
              : undecided(node, reading, severity));
    }
  }

  /**
   * Why a recommendation is OUT, in the words of its {@link Explanation}. Under the evidential
   * reading it is worked out here from the labels, as {@link Explanation} does (the first attacker
   * that is IN, or else all supporters), without building the explanation; other readings ask the
   * explainer, whose attackers may be derived.
   */
  private static String whyDefeated(Analysis analysis, int v) {
    String id = analysis.id(v);
    if (analysis.reading() != SupportReading.EVIDENTIAL) {
      return because(analysis.explainer().explain(id), id);
    }
    GraphIndex.Adjacency attackers = analysis.index().incoming(RelationType.ATTACK);
    int[] sources = attackers.nodes();
    for (int k = attackers.start(v), end = attackers.end(v); k < end; k++) {
      if (analysis.label(sources[k]) == Label.IN) {
        return attackedBy(analysis.id(sources[k]), id);
      }
    }
    GraphIndex.Adjacency supporters = analysis.index().incoming(RelationType.SUPPORT);
    int[] supportersOf = supporters.nodes();
    StringBuilder sb = new StringBuilder("every supporter is OUT (");
    for (int k = supporters.start(v), end = supporters.end(v); k < end; k++) {
      if (k > supporters.start(v)) {
        sb.append(", ");
      }
      sb.append(analysis.id(supportersOf[k]));
    }
    return sb.append("); support it with a claim that stands or withdraw ").append(id).toString();
  }

  private static String because(Explanation why, String id) {
    return switch (why.reason()) {
      case ATTACKER_IN -> attackedBy(why.attackers().get(0), id);
      case NO_SUPPORTER_STANDS ->
          "every supporter is OUT ("
              + Joiner.on(", ").join(why.supporters())
              + "); support it with a claim that stands or withdraw "
              + id;
      case ATTACKERS_OUT, UNRESOLVED_CYCLE ->
          throw new AssertionError("an OUT label has no reason " + why.reason());
    };
  }

  private static String attackedBy(String attacker, String id) {
    return "it is attacked by " + attacker + ", which stands; answer that attack or withdraw " + id;
  }

  private static Finding defeated(
      Node node, SupportReading reading, String because, Severity severity) {
    return Finding.of(
        DEFEATED_RECOMMENDATION,
        severity,
        "recommendation "
            + Names.node(node)
            + " is defeated under the "
            + reading.label()
            + " reading: "
            + because,
        List.of(node.id()));
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
