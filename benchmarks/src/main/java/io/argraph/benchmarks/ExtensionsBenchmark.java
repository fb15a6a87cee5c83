package io.argraph.benchmarks;

import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.semantics.Semantics;
import io.argraph.core.semantics.Solver;
import io.argraph.core.semantics.SupportReading;
import java.util.List;
import java.util.Set;
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

/** All preferred or stable extensions of a random framework with n arguments and 3n attacks. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class ExtensionsBenchmark {
  @Param({"200", "1000", "2000", "5000"})
  int arguments;

  @Param({"PREFERRED", "STABLE"})
  Semantics semantics;

  ArgumentationFramework framework;

  @Setup(Level.Trial)
  public void setUp() {
    framework =
        ArgumentationFramework.of(
            Workloads.randomFramework(arguments, 42).build(), SupportReading.NONE);
  }

  @Benchmark
  public List<Set<String>> extensions() {
    return Solver.of(framework).extensions(semantics);
  }
}
