package io.argraph.io.aif;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.testing.RandomGraphs;
import io.argraph.io.testing.Goldens;
import io.argraph.io.testing.HostileLabels;
import io.argraph.io.testing.SmallGraphs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AifExporterTest {
  private static final AifExporter EXPORTER = new AifExporter();
  private static final AifImporter IMPORTER = new AifImporter();

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(100);
  }

  @Test
  void write_smallBrief_matchesGolden() {
    Goldens.assertMatches(EXPORTER.toString(SmallGraphs.brief()), "aif/brief.json");
  }

  @Test
  void write_emptyGraph_hasEmptyArraysAndNoGraphInfo() {
    assertThat(EXPORTER.toString(ArgumentGraph.builder().build()))
        .isEqualTo("{\n  \"nodes\": [],\n  \"edges\": [],\n  \"locutions\": []\n}\n");
  }

  @Test
  void write_supportAndAttack_goThroughRaAndCaNodes() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "P")
            .problem("q", "Q")
            .supports("p", "q")
            .attacks("q", "p")
            .build();
    assertThat(EXPORTER.toString(g))
        .isEqualTo(
            """
            {
              "nodes": [
                {"nodeID": "1", "text": "P", "type": "I", "timestamp": "2000-01-01 00:00:00", \
            "argraphId": "p", "argraphKind": "premise"},
                {"nodeID": "2", "text": "Q", "type": "I", "timestamp": "2000-01-01 00:00:00", \
            "argraphId": "q", "argraphKind": "problem"},
                {"nodeID": "3", "text": "Default Inference", "type": "RA", \
            "timestamp": "2000-01-01 00:00:00", "scheme": "Default Inference"},
                {"nodeID": "4", "text": "Default Conflict", "type": "CA", \
            "timestamp": "2000-01-01 00:00:00", "scheme": "Default Conflict"}
              ],
              "edges": [
                {"edgeID": "1", "fromID": "1", "toID": "3", "formEdgeID": null},
                {"edgeID": "2", "fromID": "3", "toID": "2", "formEdgeID": null},
                {"edgeID": "3", "fromID": "2", "toID": "4", "formEdgeID": null},
                {"edgeID": "4", "fromID": "4", "toID": "1", "formEdgeID": null}
              ],
              "locutions": []
            }
            """);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void roundTrip_randomGraph_isLossless(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    String aif = EXPORTER.toString(g);
    AifImport back = IMPORTER.read(aif);
    assertThat(back.graph()).isEqualTo(g);
    assertThat(back.skippedNodes()).isEmpty();
    assertThat(back.skippedEdges()).isZero();
    assertThat(back.dropped()).isEmpty();
    assertThat(back.mergedRelations()).isZero();
    assertThat(EXPORTER.toString(back.graph())).isEqualTo(aif);
  }

  @Test
  void roundTrip_hostileLabels_isLosslessThroughUtf8Bytes() {
    ArgumentGraph g = HostileLabels.graph();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      EXPORTER.write(g, bytes);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    // Unpaired surrogates survive as \\u escapes, so even they come back through UTF-8.
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("lone \\ud800 high");
    assertThat(IMPORTER.read(new java.io.ByteArrayInputStream(bytes.toByteArray())).graph())
        .isEqualTo(g);
  }
}
