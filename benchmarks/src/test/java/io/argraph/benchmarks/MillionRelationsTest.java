package io.argraph.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.check.Checks;
import io.argraph.core.check.Report;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.io.json.JsonExporter;
import io.argraph.io.json.JsonImporter;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 10^6-node / 3·10^6-relation workflow inside the 2 GB heap surefire gives every test JVM
 * (-Xmx2g in the root pom): build, all standard checks, JSON write and read back. Run by {@code mvn
 * -B -Pslow verify}; left out of the default build.
 */
@Tag("slow")
class MillionRelationsTest {
  private static final int NODES = 1_000_000;

  @Test
  void millionNodeGraph_buildsChecksAndRoundTripsJsonInTwoGigabytes(@TempDir Path dir)
      throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(2L << 30);
    ArgumentGraph graph = Workloads.briefLike(NODES, 42).build();
    assertThat(graph.nodeCount()).isEqualTo(NODES);
    assertThat(graph.relationCount()).isEqualTo(3 * NODES);

    Report report = Checks.standard().run(graph);
    assertThat(report.graphId()).contains("synthetic");

    Path file = dir.resolve("million.json");
    new JsonExporter().write(graph, file);
    ArgumentGraph read;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      read = new JsonImporter(Workloads.unlimited()).read(in);
    }

    assertThat(read.nodeCount()).isEqualTo(NODES);
    assertThat(read.relationCount()).isEqualTo(3 * NODES);
    assertThat(read.equals(graph)).isTrue();
  }
}
