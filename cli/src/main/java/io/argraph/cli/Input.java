package io.argraph.cli;

import static java.util.Objects.requireNonNull;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.io.ImportException;
import io.argraph.io.aif.AifImporter;
import io.argraph.io.iccma.IccmaFormat;
import io.argraph.io.iccma.IccmaReader;
import io.argraph.io.json.JsonImporter;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One input of a command, read whole: an argument graph (native JSON or AIF) or an abstract
 * framework (APX, TGF, ICCMA 2023), with the name error messages use for it.
 */
final class Input {
  /** The name of standard input in messages. */
  static final String STDIN_NAME = "<stdin>";

  private final String name;
  private final @Nullable Path path;
  private final InputFormat format;
  private final @Nullable ArgumentGraph graph;
  private final @Nullable ArgumentationFramework framework;

  private Input(
      String name,
      @Nullable Path path,
      InputFormat format,
      @Nullable ArgumentGraph graph,
      @Nullable ArgumentationFramework framework) {
    this.name = name;
    this.path = path;
    this.format = format;
    this.graph = graph;
    this.framework = framework;
  }

  /**
   * Reads an input.
   *
   * @param file a path, or {@code -} for standard input
   * @param from the format {@code --from} gave, or {@code null} to guess it from the name (standard
   *     input is then JSON)
   * @param stdin standard input
   * @throws CliException if the format is unknown or the input is missing, unreadable or invalid
   */
  static Input read(String file, @Nullable InputFormat from, InputStream stdin) {
    requireNonNull(file, "file");
    boolean isStdin = file.equals("-");
    String name = isStdin ? STDIN_NAME : file;
    InputFormat format = from != null ? from : isStdin ? InputFormat.JSON : guess(file);
    Path path = isStdin ? null : Path.of(file);
    byte[] bytes = isStdin ? readAll(stdin) : readFile(requireNonNull(path), name);
    try {
      Optional<IccmaFormat> iccma = format.iccma();
      if (iccma.isPresent()) {
        IccmaReader reader = IccmaReader.of(iccma.get());
        return new Input(name, path, format, null, reader.read(utf8(bytes)));
      }
      ArgumentGraph g =
          format == InputFormat.AIF
              ? new AifImporter().read(new ByteArrayInputStream(bytes)).graph()
              : new JsonImporter().read(new ByteArrayInputStream(bytes));
      return new Input(name, path, format, g, null);
    } catch (ImportException e) {
      throw new CliException(name + ": " + oneLine(e.getMessage()), e);
    } catch (CharacterCodingException e) {
      throw new CliException(name + ": input is not valid UTF-8; save it as UTF-8", e);
    } catch (IOException e) {
      throw new CliException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static InputFormat guess(String file) {
    return InputFormat.forFileName(file)
        .orElseThrow(
            () ->
                new CliException(
                    file
                        + ": cannot tell the format from the file name (use .json, .apx, .tgf or"
                        + " .af); say it with --from "
                        + String.join("|", InputFormat.labels().split(", "))));
  }

  private static byte[] readFile(Path path, String name) {
    if (Files.isDirectory(path)) {
      throw new CliException(name + ": is a directory, not a file");
    }
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new CliException(name + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new CliException(name + ": cannot read: permission denied", e);
    } catch (IOException e) {
      throw new CliException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static byte[] readAll(InputStream stdin) {
    try {
      return stdin.readAllBytes();
    } catch (IOException e) {
      throw new CliException(STDIN_NAME + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Decodes strictly, so that bytes that are not UTF-8 fail instead of becoming U+FFFD. */
  private static BufferedReader utf8(byte[] bytes) {
    return new BufferedReader(
        new InputStreamReader(
            new ByteArrayInputStream(bytes),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  static String oneLine(@Nullable String message) {
    return String.valueOf(message).replaceAll("\\R", " ");
  }

  /** The input's name in messages: the path as given, or {@code <stdin>}. */
  String name() {
    return name;
  }

  /** The file read, empty for standard input. */
  Optional<Path> path() {
    return Optional.ofNullable(path);
  }

  InputFormat format() {
    return format;
  }

  boolean isFramework() {
    return framework != null;
  }

  /** The argument graph; fails with a usage message naming the command for a framework input. */
  ArgumentGraph graph(String command) {
    if (graph == null) {
      throw new CliException(
          name
              + ": "
              + command
              + " needs an argument graph (JSON or AIF), but this is an abstract framework ("
              + format.label()
              + ")");
    }
    return graph;
  }

  /** The abstract framework, or empty for an argument-graph input. */
  Optional<ArgumentationFramework> framework() {
    return Optional.ofNullable(framework);
  }
}
