package io.argraph.io.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares exporter output with golden files under {@code src/test/resources/golden/}.
 *
 * <p>Run the tests with {@code -Dargraph.updateGoldens=true} to rewrite the goldens from the
 * current output, then review the diff before committing it.
 */
public final class Goldens {
  private Goldens() {}

  /**
   * Asserts that the text equals the golden file, or rewrites the file when asked to.
   *
   * @param actual the exporter's output
   * @param name the path below {@code golden/}, e.g. {@code graphml/brief.graphml}
   */
  public static void assertMatches(String actual, String name) {
    if (Boolean.getBoolean("argraph.updateGoldens")) {
      try {
        Path file = Path.of("src/test/resources/golden", name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertThat(actual).isEqualTo(read(name));
  }

  /**
   * Reads a golden file.
   *
   * @param name the path below {@code golden/}
   * @return its text
   */
  public static String read(String name) {
    try (InputStream in = Goldens.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new AssertionError(
            "golden file golden/" + name + " is missing; run with -Dargraph.updateGoldens=true");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
