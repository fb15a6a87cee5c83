package io.argraph.core.check;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The findings of the built-in checks of one run, each with the graph position of its first node,
 * which the check knows already: the report orders findings by that position, and looking each
 * first node up by id again would cost a hash probe per finding.
 *
 * <p>Not thread-safe: one run of {@link Checks} fills one.
 */
final class Found {
  /** The position of a finding without nodes, or whose first node the report must look up. */
  static final int UNKNOWN = -1;

  private final List<Finding> findings = new ArrayList<>();
  private int[] positions = new int[16];

  /**
   * Adds a finding whose first node is at a position of the graph.
   *
   * @param position the position of {@code finding.nodes().get(0)}, or {@link #UNKNOWN}
   * @param finding the finding
   */
  void add(int position, Finding finding) {
    checkArgument(position >= UNKNOWN, "position %s is negative", position);
    int size = findings.size();
    if (size == positions.length) {
      positions = Arrays.copyOf(positions, 2 * size);
    }
    positions[size] = position;
    findings.add(finding);
  }

  /** Adds findings whose first nodes the report has to look up by id. */
  void addAll(List<Finding> more) {
    for (Finding f : more) {
      add(UNKNOWN, f);
    }
  }

  int size() {
    return findings.size();
  }

  Finding finding(int i) {
    return findings.get(i);
  }

  /** The position given with the {@code i}-th finding, or {@link #UNKNOWN}. */
  int position(int i) {
    if (i < 0 || i >= findings.size()) {
      throw new IndexOutOfBoundsException("finding " + i + " of " + findings.size());
    }
    return positions[i];
  }

  /** The findings in the order added. */
  List<Finding> findings() {
    return Collections.unmodifiableList(findings);
  }
}
