package io.argraph.io.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphvizRendererTest {
  private static final String DOT = DotExporter.create().toString(DotFixtures.sample());

  @TempDir Path dir;

  private Path script(String body) throws Exception {
    Path script = dir.resolve("fake-dot.sh");
    Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  private long filesIn(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void render_svgToAFile() throws Exception {
    GraphvizJudge.requireDot();
    Path out = dir.resolve("out/brief.svg");
    GraphvizRenderer.create().render(DOT, GraphvizRenderer.Format.SVG, out);
    String svg = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<?xml").contains("<svg").contains("U.S. policy toward Mexico");
    assertThat(filesIn(out.getParent())).isEqualTo(1);
  }

  @Test
  void render_pngBytes() throws Exception {
    GraphvizJudge.requireDot();
    byte[] png = GraphvizRenderer.create().render(DOT, GraphvizRenderer.Format.PNG);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
  }

  @Test
  void version_andIsAvailable_reportAnInstalledDot() {
    GraphvizJudge.requireDot();
    assertThat(GraphvizRenderer.create().version())
        .hasValueSatisfying(v -> assertThat(v).contains("graphviz"));
    assertThat(GraphvizRenderer.create().isAvailable()).isTrue();
  }

  @Test
  void render_withoutDot_saysHowToInstallIt() {
    GraphvizRenderer renderer =
        GraphvizRenderer.create().withExecutable(dir.resolve("no-such-dot").toString());
    GraphvizException e =
        catchThrowableOfType(
            GraphvizException.class, () -> renderer.render(DOT, GraphvizRenderer.Format.SVG));
    assertThat(e.reason()).isEqualTo(GraphvizException.Reason.NOT_INSTALLED);
    assertThat(e.getMessage())
        .startsWith("cannot run \"" + dir.resolve("no-such-dot") + "\" (")
        .contains("Graphviz is not installed or dot is not on the PATH")
        .contains("apt-get install graphviz")
        .contains("brew install graphviz")
        .contains("https://graphviz.org/download/")
        .endsWith("or give the path of dot with GraphvizRenderer.withExecutable");
    assertThat(renderer.isAvailable()).isFalse();
    assertThat(renderer.version()).isEmpty();
  }

  @Test
  void render_dotError_carriesItsStandardError() throws Exception {
    GraphvizJudge.requireDot();
    Path out = dir.resolve("kept.svg");
    Files.writeString(out, "old", StandardCharsets.UTF_8);
    GraphvizException e =
        catchThrowableOfType(
            GraphvizException.class,
            () ->
                GraphvizRenderer.create()
                    .render("digraph { a -> }\n", GraphvizRenderer.Format.SVG, out));
    assertThat(e.reason()).isEqualTo(GraphvizException.Reason.FAILED);
    assertThat(e.getMessage())
        .startsWith("dot -Tsvg failed with exit code 1: Error: <stdin>: syntax error in line 1");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("old");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void render_failureWithoutMessage_saysSo() throws Exception {
    Path fake = script("exit 3");
    GraphvizException e =
        catchThrowableOfType(
            GraphvizException.class,
            () ->
                GraphvizRenderer.create()
                    .withExecutable(fake.toString())
                    .render("digraph {}", GraphvizRenderer.Format.PNG));
    assertThat(e.getMessage())
        .isEqualTo(fake + " -Tpng failed with exit code 3: (it wrote no error message)");
  }

  @Test
  void render_pastTheTimeout_stopsDotAndLeavesNoFile() throws Exception {
    Path fake = script("exec sleep 30");
    Path out = dir.resolve("never.svg");
    GraphvizRenderer renderer =
        GraphvizRenderer.create()
            .withExecutable(fake.toString())
            .withTimeout(Duration.ofMillis(300));
    GraphvizException e =
        catchThrowableOfType(
            GraphvizException.class, () -> renderer.render(DOT, GraphvizRenderer.Format.SVG, out));
    assertThat(e.reason()).isEqualTo(GraphvizException.Reason.TIMED_OUT);
    assertThat(e.getMessage())
        .isEqualTo(
            fake
                + " did not finish within 300 ms and was stopped; allow more time with"
                + " GraphvizRenderer.withTimeout, or render a smaller graph");
    assertThat(out).doesNotExist();
    assertThat(filesIn(dir)).isEqualTo(1); // only the script
  }

  @Test
  void settings_areValidatedAndKept() {
    GraphvizRenderer r =
        GraphvizRenderer.create().withExecutable("/opt/dot").withTimeout(Duration.ofSeconds(5));
    assertThat(r.executable()).isEqualTo("/opt/dot");
    assertThat(r.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(r.toString()).isEqualTo("GraphvizRenderer{executable=/opt/dot, timeout=PT5S}");
    assertThat(GraphvizRenderer.create().executable()).isEqualTo("dot");
    assertThat(GraphvizRenderer.create().timeout()).isEqualTo(Duration.ofSeconds(60));
    assertThatThrownBy(() -> r.withTimeout(Duration.ZERO))
        .hasMessage("timeout PT0S: allow at least 1 ms");
    assertThatThrownBy(() -> r.withExecutable(" "))
        .hasMessage("executable is blank; name dot or give its path");
    assertThat(GraphvizRenderer.Format.PNG.graphviz()).isEqualTo("png");
  }
}
