package io.argraph.benchmarks;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.io.dot.DotExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
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

/** DOT writing of a brief-like graph, against a bare writer writing the same text. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class DotBenchmark {
  @Param({"1000", "10000", "100000", "1000000"})
  int nodes;

  ArgumentGraph graph;
  DotExporter exporter;
  String text;
  String opening;
  String closing;

  @Setup(Level.Trial)
  public void setUp() {
    graph = Workloads.briefLike(nodes, 42).build();
    exporter = DotExporter.create();
    text = exporter.toString(graph);
    opening = text.substring(0, text.indexOf("\n  n0 [") + 1);
    closing = text.substring(text.indexOf('\n', text.lastIndexOf(" -> n")) + 1);
  }

  @Benchmark
  public Writer write() throws IOException {
    Writer out = Sinks.utf8();
    exporter.write(graph, out);
    return out;
  }

  /**
   * {@link #write} to a stream rather than a writer: the exporter makes the UTF-8 bytes itself,
   * where {@link #write} and {@link #bareWriter} pay an encoder.
   *
   * @return the stream
   * @throws IOException never: the stream discards its bytes
   */
  @Benchmark
  public OutputStream writeBytes() throws IOException {
    OutputStream out = OutputStream.nullOutputStream();
    exporter.write(graph, out);
    return out;
  }

  @Benchmark
  public Writer bareWriter() throws IOException {
    Writer out = Sinks.utf8();
    out.write(text);
    out.flush();
    return out;
  }

  /**
   * The floor of {@link #write} that comes from the model rather than the output: reading every
   * string and relation the exporter must read, scattered over the heap, and writing nothing (see
   * {@link Floors#touchModel}).
   *
   * @return a sum of what was read
   */
  @Benchmark
  public long modelTouchFloor() {
    return Floors.touchModel(graph);
  }

  /**
   * The floor of {@link #write} that comes from assembling the output from the model: the same
   * bytes, written by the least work known to us for them (see {@link Floors#assembleDot}) into the
   * stream under {@link #bareWriter}'s encoder, without chars and without looking at a text for
   * anything to escape. The document's constant opening and closing are cut from the export once,
   * in the set-up.
   *
   * @return the stream
   * @throws IOException never: the stream discards its bytes
   */
  @Benchmark
  public OutputStream assemblyFloor() throws IOException {
    OutputStream out = OutputStream.nullOutputStream();
    Floors.assembleDot(graph, opening, closing, out);
    return out;
  }
}
