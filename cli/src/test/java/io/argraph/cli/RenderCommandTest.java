package io.argraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.argraph.io.dot.GraphvizRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir Path dir;

  /** Skips without Graphviz, except on CI, whose image must install it. */
  private static void requireDot() {
    boolean available = GraphvizRenderer.create().isAvailable();
    if (!available && System.getenv("CI") != null) {
      fail("Graphviz dot is missing but CI is set; the CI image must install it");
    }
    Assumptions.assumeTrue(available, "Graphviz dot is not installed");
  }

  @Test
  void render_theBriefToSvgWithBothOverlays() throws Exception {
    requireDot();
    Path out = dir.resolve("brief.svg");
    Cli.Result r =
        Cli.exec(
            "render",
            Cli.BRIEF.toString(),
            "-o",
            out.toString(),
            "--overlay",
            "findings",
            "--overlay",
            "labels",
            "--clusters",
            "section");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    String svg = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<?xml").contains("</svg>", "label: IN", "#c8e6c9");
  }

  @Test
  void render_toPngWritesAPngImage() throws Exception {
    requireDot();
    Path in = Fixtures.write(dir, "clean.json", Fixtures.CLEAN);
    Path out = dir.resolve("clean.png");
    Cli.Result r = Cli.exec("render", in.toString(), "-o", out.toString(), "--no-legend");
    assertThat(r.code()).isZero();
    byte[] png = Files.readAllBytes(out);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void render_withoutGraphvizSaysHowToInstallAndWritesNothing() throws Exception {
    Path in = Fixtures.write(dir, "clean.json", Fixtures.CLEAN);
    Path out = dir.resolve("clean.svg");
    Cli.Result r =
        Cli.create()
            .graphviz(GraphvizRenderer.create().withExecutable("argraph-test-no-such-dot"))
            .run("render", in.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("argraph: cannot run \"argraph-test-no-such-dot\" (")
        .contains("Graphviz is not installed or dot is not on the PATH: ")
        .contains("apt-get install graphviz")
        .endsWith("\n")
        .hasLineCount(1);
    assertThat(out).doesNotExist();
  }

  @Test
  void render_refusesAnUnknownImageExtension() throws Exception {
    Path in = Fixtures.write(dir, "clean.json", Fixtures.CLEAN);
    Path out = dir.resolve("clean.gif");
    Cli.Result r = Cli.exec("render", in.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "argraph: " + out + ": cannot tell the image format; end the name in .svg or .png\n");
  }
}
