package io.argraph.benchmarks;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.semantics.SupportReading;
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
 * The abstract framework of a brief-like graph under each support reading (derived attacks).
 *
 * <p>Sizes stop at 10^4 by default: the derived attacks are output-bound (every attack times every
 * node its ends reach along supports), and on the layered brief-like graph that product grows much
 * faster than the graph; see docs/PERFORMANCE.md. Pass {@code -p nodes=100000} to see it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class DerivedAttacksBenchmark {
  @Param({"1000", "10000"})
  int nodes;

  @Param({"NONE", "DEDUCTIVE", "NECESSARY", "CLASSIC"})
  SupportReading reading;

  ArgumentGraph graph;

  @Setup(Level.Trial)
  public void setUp() {
    graph = Workloads.briefLike(nodes, 42).build();
  }

  @Benchmark
  public ArgumentationFramework framework() {
    return ArgumentationFramework.of(graph, reading);
  }
}
