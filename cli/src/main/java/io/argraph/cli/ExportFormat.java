package io.argraph.cli;

import io.argraph.io.GraphExporter;
import io.argraph.io.aif.AifExporter;
import io.argraph.io.graphml.GraphMlExporter;
import io.argraph.io.iccma.IccmaFormat;
import io.argraph.io.json.JsonExporter;
import io.argraph.io.mermaid.MermaidExporter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats {@code export --to} writes. */
enum ExportFormat {
  JSON(null),
  DOT(null),
  APX(IccmaFormat.APX),
  TGF(IccmaFormat.TGF),
  ICCMA23(IccmaFormat.ICCMA_2023),
  AIF(null),
  MERMAID(null),
  GRAPHML(null);

  private final @Nullable IccmaFormat iccma;

  ExportFormat(@Nullable IccmaFormat iccma) {
    this.iccma = iccma;
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The ICCMA format of an abstract-framework output, empty for the graph formats. */
  Optional<IccmaFormat> iccma() {
    return Optional.ofNullable(iccma);
  }

  /** The exporter of a graph format other than DOT (whose exporter depends on the options). */
  GraphExporter graphExporter() {
    return switch (this) {
      case JSON -> new JsonExporter();
      case AIF -> new AifExporter();
      case MERMAID -> new MermaidExporter();
      case GRAPHML -> new GraphMlExporter();
      case DOT, APX, TGF, ICCMA23 -> throw new IllegalStateException(label() + " is not plain");
    };
  }

  /** Parses {@code --to}. */
  static final class Converter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      for (ExportFormat f : values()) {
        if (f.label().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "unknown export format \""
              + value
              + "\"; use one of "
              + Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", ")));
    }
  }
}
