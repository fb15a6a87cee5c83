package io.argraph.benchmarks;

import io.argraph.core.check.Checks;
import io.argraph.core.check.Report;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * All standard checks on a brief-like graph, against the floor: one breadth-first traversal of the
 * same relations over a plain int CSR. The brief-like graph lists its nodes layer by layer, so
 * every support leads to a later node (as in a brief written premises first); {@link
 * #checksShuffled} runs the checks on the same graph with its nodes in a seeded random order, where
 * supports run both ways, and {@link #traversalShuffledBaseline} is its floor: the same traversal
 * over that graph's relations.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class ChecksBenchmark {
  @Param({"1000", "10000", "100000", "1000000"})
  int nodes;

  ArgumentGraph graph;
  ArgumentGraph shuffled;
  Checks checks;
  Csr csr;
  Csr shuffledCsr;

  @Setup(Level.Trial)
  public void setUp() {
    Workloads.Parts parts = Workloads.briefLike(nodes, 42);
    graph = parts.build();
    List<Node> order = new ArrayList<>(parts.nodes());
    Collections.shuffle(order, new Random(7));
    // Fresh copies down to the characters (new String(String) would share the bytes), made in the
    // new order, so that the nodes lie in memory in graph order (as in a graph read from a file)
    // and only the order of the supports differs from the layered graph.
    order.replaceAll(
        v ->
            Node.of(
                String.valueOf(v.id().toCharArray()),
                v.kind(),
                String.valueOf(v.text().toCharArray())));
    shuffled = new Workloads.Parts(order, parts.relations()).build();
    checks = Checks.standard();
    csr = Csr.of(graph);
    shuffledCsr = Csr.of(shuffled);
  }

  @Benchmark
  public Report checks() {
    return checks.run(graph);
  }

  @Benchmark
  public Report checksShuffled() {
    return checks.run(shuffled);
  }

  @Benchmark
  public int traversalBaseline() {
    return csr.breadthFirst();
  }

  /**
   * The floor of {@link #checksShuffled}: one breadth-first traversal of the shuffled graph's
   * relations, whose node numbers, and so whose reads, come in the random order too.
   *
   * @return the number of nodes reached
   */
  @Benchmark
  public int traversalShuffledBaseline() {
    return shuffledCsr.breadthFirst();
  }

  /**
   * Not a baseline of the issue: reading every node's kind and every character of its text once
   * ({@link Floors#readNodes}), the pass over the nodes the checks made until the graph's builder
   * took each node's kind and text hash as the node was added. It says what that pass cost at the
   * least, now paid by the build, where a node just made is still in the cache.
   *
   * @return a sum of what was read
   */
  @Benchmark
  public long nodeReadFloor() {
    return Floors.readNodes(graph);
  }
}
