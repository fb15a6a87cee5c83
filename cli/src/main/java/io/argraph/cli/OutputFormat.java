package io.argraph.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code --format} chooses: text for people, JSON for tools. */
enum OutputFormat {
  TEXT,
  JSON;

  /** Parses {@code --format}. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat f : values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "unknown output format \"" + value + "\"; use text or json");
    }
  }
}
