package io.argraph.benchmarks;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.io.ReadLimits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic synthetic workloads: the same size and seed always give the same graph.
 *
 * <ul>
 *   <li>{@link #briefLike}: layered like a policy brief: half premises, 30 % problems, 20 %
 *       recommendations; premises support problems, problems support higher problems and
 *       recommendations, and about one relation in six is an attack across layers or between
 *       counter-claims. Texts are 40 characters.
 *   <li>{@link #randomFramework}: an abstract framework like the ICCMA random families: n premises
 *       and 3n attacks between uniformly drawn pairs (self-attacks included, duplicates redrawn).
 * </ul>
 */
public final class Workloads {
  private Workloads() {}

  /** Nodes and relations ready to be added to a builder, so building can be measured alone. */
  public record Parts(List<Node> nodes, List<Relation> relations) {
    /**
     * Builds the graph of these parts.
     *
     * @return the graph
     */
    public ArgumentGraph build() {
      ArgumentGraph.Builder b = ArgumentGraph.builder().id("synthetic");
      nodes.forEach(b::node);
      relations.forEach(b::relation);
      return b.build();
    }
  }

  /**
   * A brief-like layered graph with about three relations per node.
   *
   * @param n the number of nodes
   * @param seed the seed
   * @return the parts of the graph
   */
  public static Parts briefLike(int n, long seed) {
    Random random = new Random(seed);
    int premises = n / 2;
    int problems = n * 3 / 10;
    List<Node> nodes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      NodeKind kind =
          i < premises
              ? NodeKind.PREMISE
              : i < premises + problems ? NodeKind.PROBLEM : NodeKind.RECOMMENDATION;
      nodes.add(Node.of("n" + i, kind, text(i)));
    }
    int m = 3 * n;
    List<Relation> relations = new ArrayList<>(m);
    Set<Long> seen = new HashSet<>(m * 2);
    int firstProblem = premises;
    int firstRecommendation = premises + problems;
    while (relations.size() < m) {
      int kind = random.nextInt(6);
      int from;
      int to;
      boolean attack = false;
      if (kind <= 1) { // premise supports problem
        from = random.nextInt(premises);
        to = firstProblem + random.nextInt(problems);
      } else if (kind <= 3) { // problem supports a recommendation
        from = firstProblem + random.nextInt(problems);
        to = firstRecommendation + random.nextInt(n - firstRecommendation);
      } else if (kind == 4) { // problem supports a higher problem: layered, so acyclic
        int a = firstProblem + random.nextInt(problems);
        int b = firstProblem + random.nextInt(problems);
        from = Math.min(a, b);
        to = Math.max(a, b);
        if (from == to) {
          continue;
        }
      } else { // an attack: a counter-claim on a premise, or a premise on a problem
        attack = true;
        from = random.nextInt(premises);
        to =
            random.nextBoolean()
                ? random.nextInt(premises)
                : firstProblem + random.nextInt(problems);
      }
      long key = ((long) from << 32 | to) * 2 + (attack ? 1 : 0);
      if (seen.add(key)) {
        String f = nodes.get(from).id();
        String t = nodes.get(to).id();
        relations.add(attack ? Relation.attack(f, t) : Relation.support(f, t));
      }
    }
    return new Parts(nodes, relations);
  }

  /**
   * A random abstract framework: n premises and 3n attacks.
   *
   * @param n the number of arguments
   * @param seed the seed
   * @return the parts of the graph
   */
  public static Parts randomFramework(int n, long seed) {
    return randomFramework(n, 3L * n, seed);
  }

  /**
   * A random abstract framework with a given number of attacks.
   *
   * @param n the number of arguments
   * @param attacks the number of attacks
   * @param seed the seed
   * @return the parts of the graph
   */
  public static Parts randomFramework(int n, long attacks, long seed) {
    Random random = new Random(seed);
    List<Node> nodes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      nodes.add(Node.of("a" + i, NodeKind.PREMISE, text(i)));
    }
    List<Relation> relations = new ArrayList<>((int) attacks);
    Set<Long> seen = new HashSet<>((int) attacks * 2);
    while (relations.size() < attacks) {
      int from = random.nextInt(n);
      int to = random.nextInt(n);
      if (seen.add((long) from << 32 | to)) {
        relations.add(Relation.attack(nodes.get(from).id(), nodes.get(to).id()));
      }
    }
    return new Parts(nodes, relations);
  }

  /** A 40-character statement, distinct per node. */
  static String text(int i) {
    String s = "Statement " + i + " of the synthetic brief, padded";
    return s.length() >= 40 ? s.substring(0, 40) : s + ".".repeat(40 - s.length());
  }

  /**
   * Read limits for the synthetic graphs: the defaults stop at 10^6 nodes, 2·10^6 relations and 64
   * MiB, below the largest workloads.
   *
   * @return limits with room for any workload here
   */
  public static ReadLimits unlimited() {
    return ReadLimits.builder()
        .maxInputBytes(Long.MAX_VALUE)
        .maxNodes(Integer.MAX_VALUE)
        .maxRelations(Integer.MAX_VALUE)
        .build();
  }
}
