package io.argraph.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argraph.core.model.ArgumentGraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  /** Writes each node id on a line; enough to exercise the interface's defaults. */
  private static final GraphExporter IDS =
      (graph, out) -> {
        for (var n : graph.nodes()) {
          out.write(n.id() + " " + n.text() + "\n");
        }
      };

  private static final ArgumentGraph GRAPH =
      ArgumentGraph.builder().premise("a", "Año").problem("b", "🙂").build();

  @Test
  void write_createsFileAndFoldersAsUtf8() throws IOException {
    Path file = dir.resolve("sub/folder/out.txt");

    IDS.write(GRAPH, file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("a Año\nb 🙂\n");
    assertThat(leftovers(file.getParent())).containsExactly("out.txt");
  }

  @Test
  void write_replacesAnExistingFileWhole() throws IOException {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, "old content that is longer than the new one\n");

    IDS.write(GRAPH, file);

    assertThat(Files.readString(file)).isEqualTo("a Año\nb 🙂\n");
  }

  @Test
  void write_leavesTheOldFileAndNoTemporaryWhenWritingFails() throws IOException {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, "old\n");
    GraphExporter failing =
        (graph, out) -> {
          out.write("partial");
          throw new IOException("disk full");
        };

    assertThatThrownBy(() -> failing.write(GRAPH, file))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(Files.readString(file)).isEqualTo("old\n");
    assertThat(leftovers(dir)).containsExactly("out.txt");
  }

  @Test
  void write_givesNewFilesOrdinaryPermissionsAndKeepsThoseOfReplacedFiles() throws IOException {
    Path fresh = dir.resolve("fresh.txt");
    IDS.write(GRAPH, fresh);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
        .isEqualTo("rw-r--r--");

    Path script = dir.resolve("script.sh");
    Files.writeString(script, "old");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
    IDS.write(GRAPH, script);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
        .isEqualTo("rwxr-x---");
  }

  @Test
  void writeBytes_writesExactBytes() throws IOException {
    Path file = dir.resolve("b.bin");

    AtomicFiles.writeBytes(file, out -> out.write(new byte[] {1, 2, 3}));

    assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
  }

  @Test
  void streamAndStringDefaults_writeTheSameUtf8Text() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    IDS.write(GRAPH, bytes);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(IDS.toString(GRAPH));
  }

  private static Stream<String> leftoversStream(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  private static java.util.List<String> leftovers(Path folder) throws IOException {
    return leftoversStream(folder).toList();
  }
}
