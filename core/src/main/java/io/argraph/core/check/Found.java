package io.argraph.core.check;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;

/**
 * The findings of the built-in checks of one run, each with the graph position of its first node,
 * which the check knows already: the report orders findings by that position, and looking each
 * first node up by id again would cost a hash probe per finding.
 *
 * <p>It also keeps the findings as runs of one code and severity, as each check adds them: the
 * report orders the runs by code and severity and never has to read the findings themselves, which
 * lie scattered over the heap among their messages, one cache miss each.
 *
 * <p>Not thread-safe: one run of {@link Checks} fills one.
 */
final class Found {
  /** The position of a finding without nodes, or whose first node the report must look up. */
  static final int UNKNOWN = -1;

  private Finding[] findings = new Finding[16];
  private int[] positions = new int[16];
  private int size;

  /** The code of each run; a run is findings added one after another with one code and severity. */
  private String[] runCodes = new String[4];

  private Severity[] runSeverities = new Severity[4];

  /** Where each run starts among the findings; it ends where the next starts, or at the size. */
  private int[] runStarts = new int[4];

  private int runs;

  /**
   * Adds a finding whose first node is at a position of the graph.
   *
   * @param position the position of {@code finding.nodes().get(0)}, or {@link #UNKNOWN}
   * @param finding the finding
   */
  void add(int position, Finding finding) {
    checkArgument(position >= UNKNOWN, "position %s is negative", position);
    if (size == findings.length) {
      findings = Arrays.copyOf(findings, 2 * size);
      positions = Arrays.copyOf(positions, 2 * size);
    }
    // The finding was just made, so reading its code and severity costs no cache miss here; the
    // code of a check's findings is one constant, so equals returns at its identity test.
    String code = finding.code();
    Severity severity = finding.severity();
    if (runs == 0 || severity != runSeverities[runs - 1] || !code.equals(runCodes[runs - 1])) {
      startRun(code, severity);
    }
    positions[size] = position;
    findings[size++] = finding;
  }

  private void startRun(String code, Severity severity) {
    if (runs == runStarts.length) {
      runCodes = Arrays.copyOf(runCodes, 2 * runs);
      runSeverities = Arrays.copyOf(runSeverities, 2 * runs);
      runStarts = Arrays.copyOf(runStarts, 2 * runs);
    }
    runCodes[runs] = code;
    runSeverities[runs] = severity;
    runStarts[runs++] = size;
  }

  /** Adds findings whose first nodes the report has to look up by id. */
  void addAll(List<Finding> more) {
    for (Finding f : more) {
      add(UNKNOWN, f);
    }
  }

  int size() {
    return size;
  }

  Finding finding(int i) {
    return findings[checkIndex(i)];
  }

  /** The position given with the {@code i}-th finding, or {@link #UNKNOWN}. */
  int position(int i) {
    return positions[checkIndex(i)];
  }

  private int checkIndex(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("finding " + i + " of " + size);
    }
    return i;
  }

  /** How many runs of one code and severity the findings make, in the order added. */
  int runs() {
    return runs;
  }

  /** The code of the {@code r}-th run. */
  String runCode(int r) {
    return runCodes[r];
  }

  /** The severity of the {@code r}-th run. */
  Severity runSeverity(int r) {
    return runSeverities[r];
  }

  /** Where the {@code r}-th run starts among the findings, for {@code 0 <= r <= runs()}. */
  int runStart(int r) {
    return r == runs ? size : runStarts[r];
  }

  /** The findings added so far, in the order added, in an immutable list of their own. */
  ImmutableList<Finding> findings() {
    return ImmutableList.copyOf(Arrays.asList(findings).subList(0, size));
  }

  /** The findings in the order added, in an array of at least {@link #size()}; do not change it. */
  Finding[] array() {
    return findings;
  }

  /**
   * The positions in the order added, in an array of at least {@link #size()}; do not change it.
   */
  int[] positionArray() {
    return positions;
  }
}
