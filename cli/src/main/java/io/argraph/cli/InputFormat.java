package io.argraph.cli;

import io.argraph.io.iccma.IccmaFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats {@code --from} names; all but AIF are also recognised by the file's extension. */
enum InputFormat {
  JSON("json", null),
  APX("apx", IccmaFormat.APX),
  TGF("tgf", IccmaFormat.TGF),
  ICCMA23("iccma23", IccmaFormat.ICCMA_2023),
  AIF("aif", null);

  private final String label;
  private final @Nullable IccmaFormat iccma;

  InputFormat(String label, @Nullable IccmaFormat iccma) {
    this.label = label;
    this.iccma = iccma;
  }

  String label() {
    return label;
  }

  /** The ICCMA format of an abstract-framework input, empty for an argument graph. */
  Optional<IccmaFormat> iccma() {
    return Optional.ofNullable(iccma);
  }

  /**
   * Guesses the format from a file name: {@code .json}, {@code .apx}, {@code .tgf}, {@code .af}.
   * AIF files are JSON too, so AIF is never guessed: it needs {@code --from aif}.
   */
  static Optional<InputFormat> forFileName(String fileName) {
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return Optional.of(JSON);
    }
    return IccmaFormat.forFileName(fileName)
        .map(f -> Arrays.stream(values()).filter(v -> v.iccma == f).findFirst().orElseThrow());
  }

  static String labels() {
    return Arrays.stream(values()).map(InputFormat::label).collect(Collectors.joining(", "));
  }

  /** Parses {@code --from}. */
  static final class Converter implements ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
      for (InputFormat f : values()) {
        if (f.label.equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "unknown input format \"" + value + "\"; use one of " + labels());
    }
  }
}
