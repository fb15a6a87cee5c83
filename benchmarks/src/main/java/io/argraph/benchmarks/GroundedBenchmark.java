package io.argraph.benchmarks;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.semantics.EvidentialLabelling;
import io.argraph.core.semantics.Labelling;
import io.argraph.core.semantics.Solver;
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
 * Grounded labelling: abstract (reading NONE) on a random framework with n arguments and 3n
 * attacks, from a ready framework and from the graph; evidential on a brief-like graph of n nodes.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class GroundedBenchmark {
  @Param({"1000", "10000", "100000", "1000000"})
  int nodes;

  ArgumentGraph random;
  ArgumentationFramework framework;
  ArgumentGraph brief;
  Csr csr;

  @Setup(Level.Trial)
  public void setUp() {
    random = Workloads.randomFramework(nodes, 42).build();
    framework = ArgumentationFramework.of(random, SupportReading.NONE);
    brief = Workloads.briefLike(nodes, 42).build();
    csr = Csr.of(random);
  }

  @Benchmark
  public Labelling groundedNone() {
    return Solver.of(framework).grounded();
  }

  @Benchmark
  public Labelling groundedNoneFromGraph() {
    return Solver.of(ArgumentationFramework.of(random, SupportReading.NONE)).grounded();
  }

  @Benchmark
  public Labelling groundedEvidential() {
    return EvidentialLabelling.of(brief);
  }

  /**
   * The floor of {@link #groundedNone}'s growth: one breadth-first traversal of the same random
   * framework's attacks, as in {@link ChecksBenchmark#traversalBaseline}. Grounded labelling visits
   * each attack at most twice in the same scattered order, so this pass shows how much of the
   * growth from 10^5 to 10^6 arguments the memory hierarchy alone costs.
   *
   * @return the number of arguments reached
   */
  @Benchmark
  public int traversalBaseline() {
    return csr.breadthFirst();
  }
}
