package io.argraph.benchmarks;

import io.argraph.core.check.Checks;
import io.argraph.core.check.Report;
import io.argraph.core.model.ArgumentGraph;
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
 * same relations over a plain int CSR.
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
  Checks checks;
  Csr csr;

  @Setup(Level.Trial)
  public void setUp() {
    graph = Workloads.briefLike(nodes, 42).build();
    checks = Checks.standard();
    csr = Csr.of(graph);
  }

  @Benchmark
  public Report checks() {
    return checks.run(graph);
  }

  @Benchmark
  public int traversalBaseline() {
    return csr.breadthFirst();
  }
}
