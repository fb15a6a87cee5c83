package io.argraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.io.mermaid.MermaidExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's code snippet is the compiled code of {@link QuickStart}, so it cannot rot. */
class ReadmeSnippetTest {

  @Test
  void readmeSnippet_isTheQuickStartCode() throws IOException {
    String source =
        Files.readString(
            Path.of("src/main/java/io/argraph/examples/QuickStart.java"), StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile(
                "// README-SNIPPET-START\\n(.*?)\\n\\s*// README-SNIPPET-END", Pattern.DOTALL)
            .matcher(source);
    assertThat(m.find()).as("snippet markers in QuickStart.java").isTrue();

    assertThat(readme)
        .as("README.md must show QuickStart's snippet; copy it from QuickStart.java")
        .contains("```java\n" + dedent(m.group(1)) + "\n```");
  }

  @Test
  void readmeMermaidBlock_isTheExportOfTheQuickStartGraph() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String mermaid = new MermaidExporter().toString(QuickStart.run().graph());

    assertThat(readme)
        .as("README.md must show the Mermaid export of QuickStart's graph")
        .contains("```mermaid\n" + mermaid + "```");
  }

  private static String dedent(String block) {
    String[] lines = block.split("\n", -1);
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(lines[i].isBlank() ? "" : lines[i].substring(indent));
    }
    return sb.toString();
  }
}
