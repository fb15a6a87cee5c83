package io.argraph.benchmarks;

import io.argraph.core.check.Checks;
import io.argraph.core.check.Finding;
import io.argraph.core.model.ArgumentGraph;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits the standard checks' time by check: runs every built-in check alone (every other code
 * disabled), none of them (the shared analysis and the report only) and all of them, on the
 * brief-like workload, and prints the median and least thread CPU time of each, with the number of
 * findings per code. A check alone also pays for the shared facts it uses (the support order, the
 * evidential labelling), so the rows do not add up to the whole.
 *
 * <p>Run: {@code java -Xmx6g -cp benchmarks/target/benchmarks.jar io.argraph.benchmarks.CheckSplit
 * [nodes [rounds]]} (default 10^6 nodes, 7 rounds after 2 warm-up rounds).
 */
public final class CheckSplit {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int WARM_UP_ROUNDS = 2;

  private CheckSplit() {}

  /**
   * Prints the split.
   *
   * @param args optionally the number of nodes and the number of measured rounds
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    ArgumentGraph graph = Workloads.briefLike(n, 42).build();
    Checks all = Checks.standard();
    List<String> codes = new ArrayList<>(all.enabledCodes().keySet());

    Map<String, Integer> findings = new TreeMap<>();
    for (Finding f : all.run(graph).findings()) {
      findings.merge(f.code(), 1, Integer::sum);
    }
    System.out.println("findings by code: " + findings);

    List<String> names = new ArrayList<>();
    List<Checks> configurations = new ArrayList<>();
    names.add("all");
    configurations.add(all);
    names.add("none");
    configurations.add(only(codes, null));
    for (String code : codes) {
      names.add(code);
      configurations.add(only(codes, code));
    }

    double[][] millis = new double[configurations.size()][rounds];
    long sink = 0;
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      for (int c = 0; c < configurations.size(); c++) {
        long start = THREADS.getCurrentThreadCpuTime();
        sink += configurations.get(c).run(graph).findings().size();
        double elapsed = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        if (round >= 0) {
          millis[c][round] = elapsed;
        }
      }
    }
    for (int c = 0; c < configurations.size(); c++) {
      double[] sorted = millis[c].clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "%-28s median %8.2f ms  least %8.2f%n",
          names.get(c),
          sorted[rounds / 2],
          sorted[0]);
    }
    System.out.println("(findings in all runs: " + sink + ")");
  }

  /** The standard checks with only {@code code} enabled, or none if it is null. */
  private static Checks only(List<String> codes, String code) {
    Checks.Builder b = Checks.builder();
    for (String c : codes) {
      if (!c.equals(code)) {
        b.disable(c);
      }
    }
    return b.build();
  }
}
