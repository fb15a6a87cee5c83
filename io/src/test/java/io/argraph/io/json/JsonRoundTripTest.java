package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.testing.RandomGraphs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Write → read gives an equal graph, and writing is deterministic, for many generated graphs. */
class JsonRoundTripTest {
  private final JsonExporter exporter = new JsonExporter();
  private final JsonImporter importer = new JsonImporter();

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void writeThenRead_givesAnEqualGraph(long seed) throws IOException {
    ArgumentGraph graph = RandomGraphs.graph(seed);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    exporter.write(graph, bytes);

    ArgumentGraph fromBytes = importer.read(new ByteArrayInputStream(bytes.toByteArray()));
    ArgumentGraph fromText = importer.read(new StringReader(exporter.toString(graph)));

    assertThat(fromBytes).isEqualTo(graph);
    assertThat(fromText).isEqualTo(graph);
    assertThat(fromBytes.nodes()).containsExactlyElementsOf(graph.nodes());
    assertThat(fromBytes.relations()).containsExactlyElementsOf(graph.relations());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void write_isByteIdenticalEveryTimeAndAfterARoundTrip(long seed) throws IOException {
    ArgumentGraph graph = RandomGraphs.graph(seed);
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    ByteArrayOutputStream again = new ByteArrayOutputStream();

    exporter.write(graph, first);
    exporter.write(graph, second);
    exporter.write(importer.read(new ByteArrayInputStream(first.toByteArray())), again);

    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    assertThat(again.toByteArray()).isEqualTo(first.toByteArray());
  }

  @Test
  void writeThenRead_ofALargeGraphGivesAnEqualGraph() {
    ArgumentGraph graph = RandomGraphs.large(5_000, 15_000, 7);

    assertThat(importer.fromString(exporter.toString(graph))).isEqualTo(graph);
  }
}
