package io.argraph.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.argraph.core.check.Checks;
import io.argraph.core.check.Report;
import io.argraph.core.check.Severity;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.io.dot.GraphvizException;
import io.argraph.io.dot.GraphvizRenderer;
import io.argraph.io.json.JsonExporter;
import io.argraph.io.json.JsonImporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job, the real checks and the real Graphviz on the brief, and the README's copies. */
class BriefJobTest {
  private static final Path DOCS = Path.of("../docs");
  private static final String REGENERATE =
      "regenerate with: mvn -B -q -pl examples -am package -DskipTests exec:java -Dexec.args=docs";

  private static ArgumentGraph graph;
  private static Report report;

  @BeforeAll
  static void checkTheBrief() {
    graph = UsMexicoBrief.graph();
    report = Checks.standard().run(graph);
  }

  static void requireDot() {
    boolean available = GraphvizRenderer.create().isAvailable();
    if (System.getenv("CI") != null) {
      assertThat(available)
          .as("Graphviz dot must be installed on CI (apt-get install graphviz)")
          .isTrue();
    }
    assumeTrue(available, "Graphviz dot is not installed: apt-get install graphviz");
  }

  @Test
  void standardChecks_reportNoErrorsOnTheBrief() {
    assertThat(report.findings(Severity.ERROR)).isEmpty();
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void standardChecks_reportNoWarningsOnTheBrief() {
    // README.md explains each warning that remains; today there are none.
    assertThat(report.findings(Severity.WARNING)).isEmpty();
  }

  @Test
  void json_roundTripsExactly() throws IOException {
    String json = new JsonExporter().toString(graph);

    ArgumentGraph read = new JsonImporter().read(new java.io.StringReader(json));

    assertThat(read).isEqualTo(graph);
    assertThat(new JsonExporter().toString(read)).isEqualTo(json);
  }

  @Test
  void dot_passesGraphvizCanon() throws Exception {
    requireDot();
    String dot = BriefJob.dot(graph, report);
    Process p = new ProcessBuilder("dot", "-Tcanon").start();
    p.getOutputStream().write(dot.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    p.getInputStream().readAllBytes();
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).isZero();
    assertThat(stderr).isEmpty();
  }

  @Test
  void svg_showsEveryWordOfEveryNode() throws IOException {
    requireDot();
    String svg =
        new String(
                GraphvizRenderer.create()
                    .render(BriefJob.dot(graph, report), GraphvizRenderer.Format.SVG),
                StandardCharsets.UTF_8)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"");
    // Graphviz writes some characters as numeric references (- as &#45;); &amp; goes last.
    svg =
        java.util.regex.Pattern.compile("&#(\\d+);")
            .matcher(svg)
            .replaceAll(
                m ->
                    java.util.regex.Matcher.quoteReplacement(
                        Character.toString(Integer.parseInt(m.group(1)))))
            .replace("&amp;", "&");

    for (var node : graph.nodes()) {
      for (String word : node.text().trim().split("\\s+", -1)) {
        assertThat(svg).as("word %s of %s", word, node.id()).contains(word);
      }
    }
  }

  @Test
  void run_writesJsonDotAndSvgAndNamesTheFolder(@TempDir Path dir) throws IOException {
    requireDot();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Report r =
        BriefJob.run(
            dir.resolve("out"),
            GraphvizRenderer.create(),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(r).isEqualTo(report);
    assertThat(out)
        .startsWith("U.S. policy toward Mexico: 78 nodes, 117 relations\n")
        .contains("checks: 0 error(s), 0 warning(s), 0 info\n")
        .contains("output folder: " + dir.resolve("out").toAbsolutePath());
    Path json = dir.resolve("out/us-mexico-policy.json");
    assertThat(new JsonImporter().read(json)).isEqualTo(graph);
    assertThat(Files.readString(dir.resolve("out/us-mexico-policy.dot")))
        .isEqualTo(BriefJob.dot(graph, report));
    assertThat(Files.readString(dir.resolve("out/us-mexico-policy.svg")))
        .startsWith("<?xml")
        .contains("Symmetry, cooperation");
  }

  @Test
  void run_withoutGraphviz_saysHowToInstallAndWritesTheRest(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    BriefJob.run(
        dir,
        GraphvizRenderer.create().withExecutable(dir.resolve("no-such-dot").toString()),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("skipped " + dir.resolve("us-mexico-policy.svg"))
        .contains("apt-get install graphviz");
    assertThat(dir.resolve("us-mexico-policy.json")).exists();
    assertThat(dir.resolve("us-mexico-policy.dot")).exists();
    assertThat(dir.resolve("us-mexico-policy.svg")).doesNotExist();
  }

  @Test
  void run_failsOnAGraphvizErrorOtherThanMissing(@TempDir Path dir) throws IOException {
    Path fake = dir.resolve("fake-dot");
    Files.writeString(fake, "#!/bin/sh\necho 'Error: broken' >&2\nexit 3\n");
    assumeTrue(fake.toFile().setExecutable(true), "cannot make a fake dot executable here");

    assertThatThrownBy(
            () ->
                BriefJob.run(
                    dir,
                    GraphvizRenderer.create().withExecutable(fake.toString()),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isInstanceOf(GraphvizException.class)
        .hasMessageContaining("Error: broken");
  }

  @Test
  void docs_holdWhatTheCodeProduces() throws IOException {
    assertThat(Files.readString(DOCS.resolve("us-mexico-policy.json")))
        .as("docs/us-mexico-policy.json is stale; " + REGENERATE)
        .isEqualTo(new JsonExporter().toString(graph));
    assertThat(Files.readString(DOCS.resolve("us-mexico-policy.dot")))
        .as("docs/us-mexico-policy.dot is stale; " + REGENERATE)
        .isEqualTo(BriefJob.dot(graph, report));
  }

  @Test
  void docs_svgIsRenderedFromTheCommittedDot() throws IOException {
    requireDot();
    String committed = Files.readString(DOCS.resolve("us-mexico-policy.svg"));
    String version = GraphvizRenderer.create().version().orElse("");
    java.util.regex.Matcher number =
        java.util.regex.Pattern.compile("version (\\S+)").matcher(version);
    assumeTrue(
        number.find() && committed.contains("Generated by graphviz version " + number.group(1)),
        "the committed SVG was made by another Graphviz version than " + version);
    String rendered =
        new String(
            GraphvizRenderer.create()
                .render(BriefJob.dot(graph, report), GraphvizRenderer.Format.SVG),
            StandardCharsets.UTF_8);

    assertThat(committed)
        .as("docs/us-mexico-policy.svg is stale; " + REGENERATE)
        .isEqualTo(rendered);
  }

  @Test
  void main_writesToTheGivenFolder(@TempDir Path dir) throws IOException {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      BriefJob.main(new String[] {dir.toString()});
    } finally {
      System.setOut(old);
    }

    assertThat(dir.resolve("us-mexico-policy.json")).exists();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("output folder: ");
  }
}
