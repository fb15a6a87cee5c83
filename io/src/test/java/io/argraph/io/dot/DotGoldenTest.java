package io.argraph.io.dot;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DOT output of small graphs compared byte for byte with golden files under {@code golden/dot/}.
 * Run with the environment variable {@code UPDATE_GOLDENS=1} to rewrite them after a deliberate
 * change, then review the diff (and {@link DotGraphvizTest} checks them with Graphviz).
 */
class DotGoldenTest {
  static final Path GOLDEN_SOURCES = Path.of("src/test/resources/golden/dot");

  /** Each golden: its name, the exporter and the graph it is made from. */
  static Stream<Arguments> goldens() {
    ArgumentGraph sample = DotFixtures.sample();
    return Stream.of(
        Arguments.of("default", DotExporter.create(), sample),
        Arguments.of(
            "clusters-kind",
            DotExporter.create(DotStyle.builder().clusters(DotStyle.Clustering.KIND).build()),
            sample),
        Arguments.of(
            "clusters-section",
            DotExporter.create(DotStyle.builder().clusters(DotStyle.Clustering.SECTION).build()),
            sample),
        Arguments.of(
            "no-legend", DotExporter.create(DotStyle.builder().legend(false).build()), sample),
        Arguments.of(
            "ids-shown",
            DotExporter.create(
                DotStyle.builder()
                    .showIds(true)
                    .wrapWidth(20)
                    .rankDirection(DotStyle.RankDirection.LEFT_TO_RIGHT)
                    .build()),
            sample),
        Arguments.of(
            "findings",
            DotExporter.create().withDecorator(DotDecorations.findings(DotFixtures.sampleReport())),
            sample));
  }

  static String golden(String name) throws IOException {
    try (InputStream in = DotGoldenTest.class.getResourceAsStream("/golden/dot/" + name + ".dot")) {
      assertThat(in).as("golden file golden/dot/%s.dot", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void write_matchesGolden(String name, DotExporter exporter, ArgumentGraph graph)
      throws IOException {
    String actual = exporter.toString(graph);
    if (System.getenv("UPDATE_GOLDENS") != null) {
      Files.createDirectories(GOLDEN_SOURCES);
      Files.writeString(GOLDEN_SOURCES.resolve(name + ".dot"), actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(golden(name));
  }
}
