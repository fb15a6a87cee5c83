package io.argraph.io.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Renders the Mermaid goldens with the real renderer (mermaid-cli driving chromium) through {@code
 * src/test/mermaid/check-mermaid.sh}. It needs node, npm and chromium, so it runs only when the
 * environment variable {@code MERMAID_CHECK=1} is set, and is reported as skipped otherwise.
 */
@Tag("mermaid")
class MermaidRendererTest {
  @Test
  void goldens_renderWithMermaidCli_andKeepEveryLabelWord() throws Exception {
    assumeTrue(
        "1".equals(System.getenv("MERMAID_CHECK")),
        "set MERMAID_CHECK=1 to render the Mermaid goldens with mermaid-cli and chromium");
    Path script = Path.of("src/test/mermaid/check-mermaid.sh").toAbsolutePath();
    Process p =
        new ProcessBuilder("bash", script.toString())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    assertThat(output).contains("brief.mmd: ").contains("hostile.mmd: ");
  }
}
