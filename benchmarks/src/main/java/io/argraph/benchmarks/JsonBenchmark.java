package io.argraph.benchmarks;

import io.argraph.core.internal.IdPositions;
import io.argraph.core.internal.LongHashSet;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.io.json.JsonExporter;
import io.argraph.io.json.JsonImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
 * string, which a reader that builds a graph cannot avoid. {@link #modelFloor} goes one step
 * further: it hands every decoded node and relation to {@link ArgumentGraph.Builder}, with no
 * validation, no locations and no limits, which is the least any reader that builds this model must
 * do. {@link #referenceFloor} builds nothing at all: it decodes every string and does only what the
 * format obliges any reader to do besides, refusing a duplicate id, a relation to an unknown node
 * and an exact duplicate relation.
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

  /**
   * The floor of {@link #read}: decodes the workload's members ({@code id}, {@code kind}, {@code
   * text}; {@code type}, {@code from}, {@code to}; the graph's {@code id}) and builds the graph
   * from them, trusting the input. It builds the same graph as {@link #read} for these workloads,
   * which hold no other member.
   *
   * @return the graph
   */
  @Benchmark
  public ArgumentGraph modelFloor() {
    ArgumentGraph.Builder builder = ArgumentGraph.builder();
    try (JsonParser p =
        factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(bytes))) {
      String array = "";
      String a = null;
      String b = null;
      String c = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if (value == JsonToken.START_ARRAY) {
            array = name;
          } else if (array.isEmpty()) {
            if (name.equals("id")) {
              builder.id(p.getString());
            }
          } else if (value == JsonToken.VALUE_STRING) {
            switch (name) {
              case "id", "type" -> a = p.getString();
              case "kind", "from" -> b = p.getString();
              case "text", "to" -> c = p.getString();
              default -> {}
            }
          }
        } else if (t == JsonToken.END_OBJECT && p.streamReadContext().inArray()) {
          if (array.equals("nodes")) {
            builder.node(Node.of(a, NodeKind.valueOf(b.toUpperCase(Locale.ROOT)), c));
          } else {
            builder.relation(Relation.of(b, c, RelationType.valueOf(a.toUpperCase(Locale.ROOT))));
          }
        }
      }
    }
    return builder.build();
  }

  /**
   * The floor of any conforming reader, whatever model it builds: decodes every name and string (as
   * {@link #tokenPassWithStrings}) and, as DESIGN.md obliges a reader, puts every node id into a
   * table that refuses a duplicate, finds both ends of every relation in it and puts every
   * relation's ends and type into a set that refuses an exact duplicate. It uses the library's own
   * primitive tables (an id to position table that compares a string only on a hash match, a set of
   * {@code long}s), the fastest this project has; it builds no node, relation or graph.
   *
   * @return the number of relations, so that nothing is optimised away
   */
  @Benchmark
  public long referenceFloor() {
    IdPositions ids = new IdPositions(16);
    LongHashSet relationKeys = new LongHashSet(16);
    long relations = 0;
    try (JsonParser p =
        factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(bytes))) {
      boolean inNodes = false;
      boolean inRelations = false;
      String from = null;
      String to = null;
      boolean attack = false;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if (value == JsonToken.START_ARRAY) {
            inNodes = name.equals("nodes");
            inRelations = name.equals("relations");
          } else if (value == JsonToken.VALUE_STRING) {
            String string = p.getString();
            if (inNodes && name.equals("id")) {
              if (ids.putIfAbsent(string, ids.size()) >= 0) {
                throw new IllegalStateException("duplicate id " + string);
              }
            } else if (inRelations) {
              switch (name) {
                case "from" -> from = string;
                case "to" -> to = string;
                case "type" -> attack = string.equals("attack");
                default -> {}
              }
            }
          }
        } else if (t == JsonToken.END_OBJECT && inRelations && p.streamReadContext().inArray()) {
          int source = ids.get(from);
          int target = ids.get(to);
          if (source < 0 || target < 0) {
            throw new IllegalStateException("unknown node in " + from + " -> " + to);
          }
          long key = (long) source << 32 | (long) target << 1 | (attack ? 1 : 0);
          if (!relationKeys.add(key)) {
            throw new IllegalStateException("duplicate relation " + from + " -> " + to);
          }
          relations++;
        }
      }
    }
    return relations;
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
   * bytes, written by the least work known to us for them (see {@link Floors#assembleJson}) into
   * the stream under {@link #bareWriter}'s encoder, without chars and without looking at a text.
   *
   * @return the stream
   * @throws IOException never: the stream discards its bytes
   */
  @Benchmark
  public OutputStream assemblyFloor() throws IOException {
    OutputStream out = OutputStream.nullOutputStream();
    Floors.assembleJson(graph, out);
    return out;
  }
}
