package io.argraph.io.dot;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.io.testing.Goldens;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DOT output of small graphs compared byte for byte with golden files under {@code golden/dot/}.
 * Run with {@code -Dargraph.updateGoldens=true} to rewrite them after a deliberate change, then
 * review the diff (and {@link DotGraphvizTest} checks them with Graphviz).
 */
class DotGoldenTest {

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

  static String golden(String name) {
    return Goldens.read("dot/" + name + ".dot");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void write_matchesGolden(String name, DotExporter exporter, ArgumentGraph graph) {
    Goldens.assertMatches(exporter.toString(graph), "dot/" + name + ".dot");
  }
}
