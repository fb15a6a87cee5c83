package io.argraph.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.argraph.core.model.ArgumentGraph;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphImporterTest {
  /** Reads one premise per line, to exercise the default methods. */
  private final GraphImporter lines =
      in -> {
        ArgumentGraph.Builder b = ArgumentGraph.builder();
        int i = 0;
        for (String line : new BufferedReader(in).lines().collect(Collectors.toList())) {
          b.premise("p" + i++, line);
        }
        return b.build();
      };

  private static final ArgumentGraph EXPECTED =
      ArgumentGraph.builder().premise("p0", "año").premise("p1", "中文").build();

  @Test
  void fromString_readsTheText() {
    assertThat(lines.fromString("año\n中文\n")).isEqualTo(EXPECTED);
  }

  @Test
  void read_decodesBytesAsUtf8() throws IOException {
    byte[] bytes = "año\n中文\n".getBytes(StandardCharsets.UTF_8);

    assertThat(lines.read(new ByteArrayInputStream(bytes))).isEqualTo(EXPECTED);
  }

  @Test
  void read_readsAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("g.txt");
    Files.writeString(file, "año\n中文\n", StandardCharsets.UTF_8);

    assertThat(lines.read(file)).isEqualTo(EXPECTED);
  }

  @Test
  void read_refusesBytesThatAreNotUtf8() {
    byte[] latin1 = "año\n".getBytes(StandardCharsets.ISO_8859_1);

    ImportException e =
        catchThrowableOfType(
            ImportException.class, () -> lines.read(new ByteArrayInputStream(latin1)));

    assertThat(e).hasMessage("input is not valid UTF-8; save it as UTF-8");
  }
}
