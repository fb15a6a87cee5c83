package io.argraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Markdown table in the project's documents has a body, and every row as many cells as its
 * header: an edit that drops a table's rows (as one rewrite of PERFORMANCE.md once did) fails here.
 */
class DocsTablesTest {

  static Stream<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>();
    for (String name : List.of("README.md", "CHANGELOG.md", "CONTRIBUTING.md")) {
      docs.add(Path.of("..", name));
    }
    try (Stream<Path> files = Files.list(Path.of("../docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyTable_hasRowsOfItsHeadersWidth(Path document) throws IOException {
    List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    boolean inCode = false;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("```")) {
        inCode = !inCode;
        continue;
      }
      if (inCode || !isRow(line) || !isSeparator(lines.get(i + 1).strip())) {
        continue;
      }
      int width = cells(line);
      int body = 0;
      int j = i + 2;
      for (; j < lines.size() && isRow(lines.get(j).strip()); j++) {
        body++;
        if (cells(lines.get(j).strip()) != width) {
          problems.add(
              "line " + (j + 1) + ": " + cells(lines.get(j).strip()) + " cells, header " + width);
        }
      }
      if (body == 0) {
        problems.add("line " + (i + 1) + ": a table with a header and no rows");
      }
      i = j - 1;
    }
    assertThat(problems).as(document.toString()).isEmpty();
  }

  private static boolean isRow(String line) {
    return line.startsWith("|") && line.endsWith("|") && line.length() > 1;
  }

  private static boolean isSeparator(String line) {
    return isRow(line) && line.matches("\\|(\\s*:?-{3,}:?\\s*\\|)+");
  }

  /**
   * Cells of a row, counting the pipes not escaped: as on GitHub, a pipe inside inline code in a
   * table still parts cells unless escaped.
   */
  private static int cells(String row) {
    int pipes = 0;
    for (int k = 0; k < row.length(); k++) {
      char c = row.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '|') {
        pipes++;
      }
    }
    return pipes - 1;
  }
}
