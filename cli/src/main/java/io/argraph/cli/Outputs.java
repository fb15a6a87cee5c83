package io.argraph.cli;

import io.argraph.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writing a command's output file: never over the input, always atomically. */
final class Outputs {
  private Outputs() {}

  /**
   * Refuses an output path that is the input file (by path, or the same file through a link).
   *
   * @throws CliException naming the file
   */
  static void checkNotInput(Path out, Input input) {
    if (input.path().isEmpty()) {
      return;
    }
    Path in = input.path().get();
    boolean same = out.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize());
    if (!same && Files.exists(out)) {
      try {
        same = Files.isSameFile(out, in);
      } catch (IOException e) {
        same = false; // cannot compare, and the paths differ: not the same file as far as we know
      }
    }
    if (same) {
      throw new CliException(
          out + ": refusing to overwrite the input file; choose another path for -o");
    }
  }

  /** Writes text atomically; a failure leaves the file as it was. */
  static void write(Path out, AtomicFiles.TextContent content) {
    try {
      AtomicFiles.write(out, content);
    } catch (IOException e) {
      throw new CliException(out + ": cannot write: " + describe(e), e);
    }
  }

  static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    return String.valueOf(e.getMessage());
  }
}
