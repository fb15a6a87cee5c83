package io.argraph.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options every command that reads a file shares. */
final class CommonOptions {
  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      converter = InputFormat.Converter.class,
      description =
          "Input format: json, apx, tgf, iccma23 or aif (default: from the file extension,"
              + " json, apx, tgf or af; json for standard input).")
  @Nullable InputFormat from;

  @Option(
      names = "--verbose",
      description = "On failure, print the stack trace after the one-line message.")
  boolean verbose;
}
