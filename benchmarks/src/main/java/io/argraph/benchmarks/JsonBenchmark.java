package io.argraph.benchmarks;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.io.json.JsonExporter;
import io.argraph.io.json.JsonImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON v1 writing and reading of a brief-like graph, against two floors over the same bytes: a bare
 * writer writing the finished text ({@link #bareWriter}) and a Jackson token pass that only calls
 * {@code nextToken} ({@link #tokenPass}). {@link #tokenPassWithStrings} also decodes every name and
 * string, which a reader that builds a graph cannot avoid.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class JsonBenchmark {
  @Param({"1000", "10000", "100000", "1000000"})
  int nodes;

  ArgumentGraph graph;
  JsonExporter exporter;
  JsonImporter importer;
  JsonFactory factory;
  String text;
  byte[] bytes;

  @Setup(Level.Trial)
  public void setUp() {
    graph = Workloads.briefLike(nodes, 42).build();
    exporter = new JsonExporter();
    importer = new JsonImporter(Workloads.unlimited());
    factory = JsonFactory.builder().build();
    text = exporter.toString(graph);
    bytes = text.getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public Writer write() throws IOException {
    Writer out = Sinks.utf8();
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

  @Benchmark
  public ArgumentGraph read() throws IOException {
    return importer.read(new ByteArrayInputStream(bytes));
  }

  @Benchmark
  public long tokenPass() {
    long tokens = 0;
    try (JsonParser p =
        factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(bytes))) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  @Benchmark
  public long tokenPassWithStrings() {
    long chars = 0;
    try (JsonParser p =
        factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(bytes))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME) {
          chars += p.getString().length();
        }
      }
    }
    return chars;
  }
}
