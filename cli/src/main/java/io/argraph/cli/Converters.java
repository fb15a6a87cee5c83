package io.argraph.cli;

import io.argraph.core.semantics.Semantics;
import io.argraph.core.semantics.SupportReading;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parsers of option values whose messages name the allowed values in lower case. */
final class Converters {
  private Converters() {}

  /** Parses {@code --support}. */
  static final class Reading implements ITypeConverter<SupportReading> {
    @Override
    public SupportReading convert(String value) {
      try {
        return SupportReading.fromLabel(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Parses {@code --semantics}. */
  static final class SemanticsName implements ITypeConverter<Semantics> {
    @Override
    public Semantics convert(String value) {
      try {
        return Semantics.fromLabel(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
