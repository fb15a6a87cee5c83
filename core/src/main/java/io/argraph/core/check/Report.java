package io.argraph.core.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.argraph.core.model.ArgumentGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The findings of the checks on one graph, in a fixed order: severity (errors first), then code,
 * then the position in the graph of the finding's first node (findings without nodes last), then
 * the order in which they were found.
 *
 * <p>Immutable. Equality is by graph id and findings.
 *
 * @since 0.1.0
 */
public final class Report {
  private static final int TEXT_SEVERITY_WIDTH = 8;
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private final @Nullable String graphId;
  private final ImmutableList<Finding> findings;

  /** How many findings have each severity, by {@link #rank}. */
  private final int[] counts;

  private Report(@Nullable String graphId, ImmutableList<Finding> findings) {
    this(graphId, findings, countSeverities(findings));
  }

  /** A report whose findings have these {@link #counts}. */
  private Report(@Nullable String graphId, ImmutableList<Finding> findings, int[] counts) {
    this.graphId = graphId;
    this.findings = findings;
    this.counts = counts;
  }

  private static int[] countSeverities(List<Finding> findings) {
    int[] c = new int[Severity.values().length];
    for (Finding f : findings) {
      c[rank(f.severity())]++;
    }
    return c;
  }

  /**
   * Creates a report of findings about a graph, putting them in the report order.
   *
   * @param graph the graph the findings are about
   * @param findings the findings, in any order
   * @return the report
   */
  public static Report of(ArgumentGraph graph, List<Finding> findings) {
    requireNonNull(graph, "graph");
    Found found = new Found();
    found.addAll(findings);
    return of(graph, found);
  }

  /**
   * Creates a report of findings, taking each first node's position from {@code found} where it is
   * known and looking it up by id where it is {@link Found#UNKNOWN}. The order and the counts come
   * from {@code found}'s runs and positions, without reading a finding the built-in checks made.
   */
  static Report of(ArgumentGraph graph, Found found) {
    int size = found.size();
    Finding[] all = found.array();
    int[] positions = Arrays.copyOf(found.positionArray(), size);
    for (int i = 0; i < size; i++) {
      if (positions[i] == Found.UNKNOWN) {
        positions[i] = firstPosition(graph, all[i]);
      }
    }
    int[] counts = new int[Severity.values().length];
    for (int r = 0; r < found.runs(); r++) {
      counts[rank(found.runSeverity(r))] += found.runStart(r + 1) - found.runStart(r);
    }
    Finding[] sorted = new Finding[size];
    int k = 0;
    for (int i : order(found, positions)) {
      sorted[k++] = all[i];
    }
    return new Report(graph.id().orElse(null), ImmutableList.copyOf(sorted), counts);
  }

  /**
   * The report order of findings: by severity, then code, then first position, then the order
   * given. The runs of findings of one code and severity are dealt into one bucket per severity and
   * code, in the order given; a bucket is then sorted by position unless it is sorted already, as
   * the built-in checks' runs are.
   */
  private static int[] order(Found found, int[] positions) {
    int runs = found.runs();
    // Number the codes in the order they first come: the map is asked once per run.
    Map<String, Integer> numbers = new HashMap<>();
    List<String> codes = new ArrayList<>();
    int[] number = new int[runs];
    for (int r = 0; r < runs; r++) {
      number[r] =
          numbers.computeIfAbsent(
              found.runCode(r),
              c -> {
                codes.add(c);
                return codes.size() - 1;
              });
    }
    String[] sortedCodes = codes.toArray(String[]::new);
    Arrays.sort(sortedCodes);
    int[] codeRank = new int[sortedCodes.length];
    for (int c = 0; c < sortedCodes.length; c++) {
      codeRank[numbers.get(sortedCodes[c])] = c;
    }
    int[] bucket = new int[runs];
    int[] starts = new int[Severity.values().length * sortedCodes.length + 1];
    for (int r = 0; r < runs; r++) {
      bucket[r] = rank(found.runSeverity(r)) * sortedCodes.length + codeRank[number[r]];
      starts[bucket[r] + 1] += found.runStart(r + 1) - found.runStart(r);
    }
    for (int b = 0; b + 1 < starts.length; b++) {
      starts[b + 1] += starts[b];
    }
    int[] order = new int[positions.length];
    int[] next = Arrays.copyOf(starts, starts.length - 1);
    for (int r = 0; r < runs; r++) {
      int at = next[bucket[r]];
      for (int i = found.runStart(r), end = found.runStart(r + 1); i < end; i++) {
        order[at++] = i;
      }
      next[bucket[r]] = at;
    }
    for (int b = 0; b + 1 < starts.length; b++) {
      sortByPosition(order, starts[b], starts[b + 1], positions);
    }
    return order;
  }

  /** The place of a severity in the report order: the order of its declaration. */
  private static int rank(Severity severity) {
    return switch (severity) {
      case ERROR -> 0;
      case WARNING -> 1;
      case INFO -> 2;
    };
  }

  private static int firstPosition(ArgumentGraph graph, Finding f) {
    if (f.nodes().isEmpty()) {
      return Integer.MAX_VALUE;
    }
    int i = graph.indexOf(f.nodes().get(0));
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** Sorts {@code order[from, to)} by position, stably; cheap when it is sorted already. */
  private static void sortByPosition(int[] order, int from, int to, int[] positions) {
    boolean isSorted = true;
    for (int k = from + 1; k < to && isSorted; k++) {
      isSorted = positions[order[k - 1]] <= positions[order[k]];
    }
    if (isSorted) {
      return;
    }
    // Positions are not negative, so a long of position and finding number sorts by position and
    // then by the order given.
    long[] keys = new long[to - from];
    for (int k = from; k < to; k++) {
      keys[k - from] = ((long) positions[order[k]] << 32) | order[k];
    }
    Arrays.sort(keys);
    for (int k = from; k < to; k++) {
      order[k] = (int) keys[k - from];
    }
  }

  /**
   * Returns the id of the graph checked, if it has one.
   *
   * @return the graph id
   */
  public Optional<String> graphId() {
    return Optional.ofNullable(graphId);
  }

  /**
   * Returns all findings in report order.
   *
   * @return an unmodifiable list
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings with a code, in report order.
   *
   * @param code a finding code
   * @return an unmodifiable list
   */
  public List<Finding> findings(String code) {
    requireNonNull(code, "code");
    return findings.stream()
        .filter(f -> f.code().equals(code))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings of a severity, in report order.
   *
   * @param severity a severity
   * @return an unmodifiable list
   */
  public List<Finding> findings(Severity severity) {
    requireNonNull(severity, "severity");
    return findings.stream()
        .filter(f -> f.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the report of the findings that satisfy a condition, in report order; for example
   * {@code report.filter(f -> f.severity() != Severity.INFO)}.
   *
   * @param condition which findings to keep
   * @return a report of the same graph with only those findings
   */
  public Report filter(Predicate<? super Finding> condition) {
    requireNonNull(condition, "condition");
    return new Report(
        graphId, findings.stream().filter(condition).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Renders the findings as plain text, one line per finding in report order: the severity label
   * padded to 8 columns, the code padded to the widest code of the report plus two, the node ids in
   * brackets, two spaces and the message. Line breaks inside a message become spaces, so that each
   * finding stays on its own line. Lines end with {@code \n}; an empty report renders as the empty
   * string.
   *
   * <pre>
   * error   unsupported-recommendation  [end-certification]  recommendation "end-cert…
   * warning isolated-node               [p7]  premise "p7" (…) has no relations; …
   * </pre>
   *
   * @return the text
   */
  public String toText() {
    int width = 0;
    for (Finding f : findings) {
      width = Math.max(width, f.code().length());
    }
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      pad(sb, f.severity().label(), TEXT_SEVERITY_WIDTH);
      pad(sb, f.code(), width + 2);
      sb.append('[').append(String.join(", ", f.nodes())).append("]  ");
      sb.append(LINE_BREAK.matcher(f.message()).replaceAll(" ")).append('\n');
    }
    return sb.toString();
  }

  private static void pad(StringBuilder sb, String s, int width) {
    sb.append(s);
    for (int i = s.length(); i < width; i++) {
      sb.append(' ');
    }
  }

  /**
   * Returns how many findings have a severity.
   *
   * @param severity a severity
   * @return the count
   */
  public int count(Severity severity) {
    return counts[rank(requireNonNull(severity, "severity"))];
  }

  /**
   * Tells whether any finding is an error.
   *
   * @return true if there is at least one error
   */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * Tells whether there are no findings at all.
   *
   * @return true if the report is empty
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Report r
        && java.util.Objects.equals(graphId, r.graphId)
        && findings.equals(r.findings);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(graphId, findings);
  }

  @Override
  public String toString() {
    return "Report{graph="
        + graphId
        + ", error="
        + count(Severity.ERROR)
        + ", warning="
        + count(Severity.WARNING)
        + ", info="
        + count(Severity.INFO)
        + "}";
  }
}
