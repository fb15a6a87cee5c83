package io.argraph.cli;

import io.argraph.core.check.Checks;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.semantics.EvidentialLabelling;
import io.argraph.core.semantics.Labelling;
import io.argraph.core.semantics.Solver;
import io.argraph.core.semantics.SupportReading;
import io.argraph.io.dot.DotDecorations;
import io.argraph.io.dot.DotDecorator;
import io.argraph.io.dot.DotExporter;
import io.argraph.io.dot.DotStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The drawing options of {@code export --to dot} and {@code render}. */
final class DotOptions {
  /** What {@code --overlay} draws over the graph. */
  enum Overlay {
    /** The standard checks' findings: node borders and edges in the severity's colour. */
    FINDINGS,
    /** The grounded labelling under {@code --support}: nodes filled by IN, OUT, UNDEC. */
    LABELS
  }

  @Option(
      names = "--overlay",
      paramLabel = "OVERLAY",
      converter = OverlayConverter.class,
      description =
          "Draw over the graph: findings (the standard checks) or labels (IN/OUT/UNDEC under"
              + " --support); repeat for both.")
  List<Overlay> overlays = new ArrayList<>();

  @Option(
      names = "--support",
      paramLabel = "READING",
      converter = Converters.Reading.class,
      description =
          "Reading of support: none, deductive, necessary, classic or evidential (default for"
              + " labels: evidential; for apx, tgf, iccma23: none).")
  @Nullable SupportReading support;

  @Option(
      names = "--rankdir",
      paramLabel = "DIR",
      converter = RankConverter.class,
      description = "Layout direction: BT, TB, LR or RL (default: BT, premises at the bottom).")
  DotStyle.@Nullable RankDirection rankDirection;

  @Option(
      names = "--clusters",
      paramLabel = "BY",
      converter = ClusterConverter.class,
      description = "Group nodes in boxes: none, kind or section (default: none).")
  DotStyle.@Nullable Clustering clusters;

  @Option(
      names = "--wrap",
      paramLabel = "N",
      description = "Wrap node texts at N characters, at least 8; 0 for no wrapping (default: 28).")
  @Nullable Integer wrap;

  @Option(names = "--no-legend", description = "Leave out the legend.")
  boolean noLegend;

  @Option(names = "--show-ids", description = "Show each node's id above its text.")
  boolean showIds;

  /** The exporter these options describe, with its overlays computed for the graph. */
  DotExporter exporter(ArgumentGraph graph) {
    DotStyle.Builder style = DotStyle.defaults().toBuilder();
    if (rankDirection != null) {
      style.rankDirection(rankDirection);
    }
    if (clusters != null) {
      style.clusters(clusters);
    }
    if (wrap != null) {
      try {
        style.wrapWidth(wrap);
      } catch (IllegalArgumentException e) {
        throw new CliException("--wrap: " + e.getMessage(), e);
      }
    }
    style.legend(!noLegend).showIds(showIds);
    DotDecorator decorator = DotDecorator.none();
    if (overlays.contains(Overlay.LABELS)) {
      decorator = decorator.andThen(DotDecorations.labelling(labelling(graph)));
    }
    if (overlays.contains(Overlay.FINDINGS)) {
      decorator = decorator.andThen(DotDecorations.findings(Checks.standard().run(graph)));
    }
    return DotExporter.create(style.build()).withDecorator(decorator);
  }

  private Labelling labelling(ArgumentGraph graph) {
    SupportReading reading = support == null ? SupportReading.EVIDENTIAL : support;
    return reading.flattens()
        ? Solver.of(ArgumentationFramework.of(graph, reading)).grounded()
        : EvidentialLabelling.of(graph);
  }

  /** Parses {@code --overlay}. */
  static final class OverlayConverter implements ITypeConverter<Overlay> {
    @Override
    public Overlay convert(String value) {
      for (Overlay o : Overlay.values()) {
        if (o.name().equalsIgnoreCase(value)) {
          return o;
        }
      }
      throw new TypeConversionException(
          "unknown overlay \"" + value + "\"; use findings or labels");
    }
  }

  /** Parses {@code --rankdir}. */
  static final class RankConverter implements ITypeConverter<DotStyle.RankDirection> {
    @Override
    public DotStyle.RankDirection convert(String value) {
      for (DotStyle.RankDirection d : DotStyle.RankDirection.values()) {
        if (d.graphviz().equalsIgnoreCase(value)) {
          return d;
        }
      }
      throw new TypeConversionException(
          "unknown rank direction \"" + value + "\"; use TB, BT, LR or RL");
    }
  }

  /** Parses {@code --clusters}. */
  static final class ClusterConverter implements ITypeConverter<DotStyle.Clustering> {
    @Override
    public DotStyle.Clustering convert(String value) {
      for (DotStyle.Clustering c : DotStyle.Clustering.values()) {
        if (c.name().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
          return c;
        }
      }
      throw new TypeConversionException(
          "unknown clustering \"" + value + "\"; use none, kind or section");
    }
  }
}
