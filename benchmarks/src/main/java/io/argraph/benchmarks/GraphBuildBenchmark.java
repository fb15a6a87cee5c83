package io.argraph.benchmarks;

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

/** Building a brief-like graph from ready nodes and relations (validation and indexing). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class GraphBuildBenchmark {
  @Param({"1000", "10000", "100000", "1000000"})
  int nodes;

  Workloads.Parts parts;

  @Setup(Level.Trial)
  public void setUp() {
    parts = Workloads.briefLike(nodes, 42);
  }

  @Benchmark
  public ArgumentGraph build() {
    return parts.build();
  }
}
