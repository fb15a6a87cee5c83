package io.argraph.core.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.RelationType;
import io.argraph.core.semantics.Explanation;
import io.argraph.core.semantics.Label;
import io.argraph.core.semantics.SupportReading;
import java.util.Arrays;
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

  /** The kind every finding's message starts with, before the recommendation's name. */
  private static final String KIND = "recommendation";

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
    return out.findings();
  }

  private static void find(Analysis analysis, Label wanted, Severity severity, Found out) {
    NodeFindings found = new NodeFindings(analysis);
    for (int v : analysis.nodesOf(NodeKind.RECOMMENDATION)) {
      // Labelled only once a recommendation qualifies (most graphs never pay for it), and then
      // once for both semantic checks.
      if (analysis.isSupportedAndGrounded(v) && analysis.label(v) == wanted) {
        found.add(v);
      }
    }
    found.report(
        wanted == Label.OUT ? new Defeated(analysis, severity) : undecided(analysis, severity),
        out);
  }

  /**
   * The findings of undecided recommendations, a block at a time: {@code recommendation "r3" (End
   * the…) is undecided under the … reading: …; settle that conflict to decide it (the explanation
   * of r3 names the cycle)}.
   */
  private static NodeFindings.Block undecided(Analysis analysis, Severity severity) {
    String middle =
        " is undecided under the "
            + analysis.reading().label()
            + " reading: it rests on claims caught in an unresolved cycle; settle that conflict"
            + " to decide it (the explanation of ";
    return (block, nodes, from, size, out) -> {
      for (int j = 0; j < size; j++) {
        String id = block.id(j);
        String message = head(block, j, middle) + id + " names the cycle)";
        // An immutable list, which the finding keeps as it is; it copies a List.of.
        out.add(
            nodes[from + j],
            Finding.of(UNDECIDED_RECOMMENDATION, severity, message, ImmutableList.of(id)));
      }
    };
  }

  /** {@code "recommendation " + Names.node(…) + middle} of the block's {@code j}-th node. */
  private static String head(NodeBlock block, int j, String middle) {
    return block.message(j, "", KIND, middle);
  }

  /**
   * The findings of defeated recommendations, a block at a time, each with why it is OUT in the
   * words of its {@link Explanation}. Under the evidential reading the reason is worked out from
   * the labels, as {@link Explanation} does (the first attacker that is IN, or else all
   * supporters), without building the explanation: first the nodes each reason of the block names,
   * then their ids in one loop and their lengths in another, so that the cache misses on the ids
   * and on their chars overlap. Other readings ask the explainer, whose attackers may be derived.
   */
  private static final class Defeated implements NodeFindings.Block {
    private final Analysis analysis;
    private final Severity severity;
    private final boolean evidential;
    private final GraphIndex.Adjacency attackers;
    private final GraphIndex.Adjacency supporters;

    /** {@code " is defeated under the … reading: "}. */
    private final String middle;

    /** Whether each block node is OUT by an attacker that is IN, else by all its supporters. */
    private final boolean[] attacked = new boolean[NodeBlock.SIZE];

    /** Where the nodes named by each block node's reason start in {@link #named}, and end. */
    private final int[] namedFrom = new int[NodeBlock.SIZE + 1];

    /** The nodes the block's reasons name, node after node: its attacker or its supporters. */
    private int[] named = new int[4 * NodeBlock.SIZE];

    /** The ids of {@link #named}. */
    private String[] namedIds = new String[4 * NodeBlock.SIZE];

    /**
     * The chars of each block node's list of {@link #namedIds}, separators included: reading the
     * ids' lengths in one loop fetches the chars of all the block's ids at once.
     */
    private final int[] namedChars = new int[NodeBlock.SIZE];

    Defeated(Analysis analysis, Severity severity) {
      this.analysis = analysis;
      this.severity = severity;
      this.evidential = analysis.reading() == SupportReading.EVIDENTIAL;
      this.attackers = analysis.index().incoming(RelationType.ATTACK);
      this.supporters = analysis.index().incoming(RelationType.SUPPORT);
      this.middle = " is defeated under the " + analysis.reading().label() + " reading: ";
    }

    @Override
    public void report(NodeBlock block, int[] nodes, int from, int size, Found out) {
      if (evidential) {
        readNamed(nodes, from, size);
      }
      for (int j = 0; j < size; j++) {
        String id = block.id(j);
        String head = head(block, j, middle);
        String message;
        if (!evidential) {
          message = because(head, analysis.explainer().explain(id), id);
        } else if (attacked[j]) {
          message = attackedBy(head, namedIds[namedFrom[j]], id);
        } else {
          message = everySupporterOut(head, namedList(j), id);
        }
        // An immutable list, which the finding keeps as it is; it copies a List.of.
        out.add(
            nodes[from + j],
            Finding.of(DEFEATED_RECOMMENDATION, severity, message, ImmutableList.of(id)));
      }
    }

    /** Lists the nodes each block node's reason names, then reads their ids. */
    private void readNamed(int[] nodes, int from, int size) {
      int count = 0;
      for (int j = 0; j < size; j++) {
        int v = nodes[from + j];
        namedFrom[j] = count;
        int attacker = firstAttackerIn(v);
        attacked[j] = attacker >= 0;
        int start = attacked[j] ? 0 : supporters.start(v);
        int length = attacked[j] ? 1 : supporters.end(v) - start;
        if (count + length > named.length) {
          int capacity = Math.max(2 * named.length, count + length);
          named = Arrays.copyOf(named, capacity);
          namedIds = new String[capacity];
        }
        if (attacked[j]) {
          named[count] = attacker;
        } else {
          System.arraycopy(supporters.nodes(), start, named, count, length);
        }
        count += length;
      }
      namedFrom[size] = count;
      for (int k = 0; k < count; k++) {
        namedIds[k] = analysis.id(named[k]);
      }
      for (int j = 0; j < size; j++) {
        int chars = 2 * (namedFrom[j + 1] - namedFrom[j] - 1);
        for (int k = namedFrom[j]; k < namedFrom[j + 1]; k++) {
          chars += namedIds[k].length();
        }
        namedChars[j] = chars;
      }
    }

    /** The ids the {@code j}-th block node's reason names, separated by commas. */
    private String namedList(int j) {
      StringBuilder sb = new StringBuilder(namedChars[j]);
      for (int k = namedFrom[j]; k < namedFrom[j + 1]; k++) {
        if (k > namedFrom[j]) {
          sb.append(", ");
        }
        sb.append(namedIds[k]);
      }
      return sb.toString();
    }

    /** The first attacker of {@code v} that is IN, or -1 if none is. */
    private int firstAttackerIn(int v) {
      int[] sources = attackers.nodes();
      for (int k = attackers.start(v), end = attackers.end(v); k < end; k++) {
        if (analysis.label(sources[k]) == Label.IN) {
          return sources[k];
        }
      }
      return -1;
    }
  }

  private static String because(String head, Explanation why, String id) {
    return switch (why.reason()) {
      case ATTACKER_IN -> attackedBy(head, why.attackers().get(0), id);
      case NO_SUPPORTER_STANDS -> everySupporterOut(head, String.join(", ", why.supporters()), id);
      case ATTACKERS_OUT, UNRESOLVED_CYCLE ->
          throw new AssertionError("an OUT label has no reason " + why.reason());
    };
  }

  private static String attackedBy(String head, String attacker, String id) {
    return head
        + "it is attacked by "
        + attacker
        + ", which stands; answer that attack or withdraw "
        + id;
  }

  private static String everySupporterOut(String head, String supporters, String id) {
    return head
        + "every supporter is OUT ("
        + supporters
        + "); support it with a claim that stands or withdraw "
        + id;
  }
}
