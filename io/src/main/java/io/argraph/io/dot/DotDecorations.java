package io.argraph.io.dot;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.argraph.core.check.Finding;
import io.argraph.core.check.Report;
import io.argraph.core.check.Severity;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.semantics.Label;
import io.argraph.core.semantics.Labelling;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Ready-made {@link DotDecorator}s.
 *
 * @since 0.1.0
 */
public final class DotDecorations {
  static final DotDecorator NONE = new DotDecorator() {};

  private static final ImmutableMap<Severity, String> SEVERITY_COLORS =
      ImmutableMap.of(
          Severity.ERROR, "#d50000",
          Severity.WARNING, "#ff8f00",
          Severity.INFO, "#2962ff");

  /** Fill colour of an IN node (light green). */
  static final String IN_FILL = "#c8e6c9";

  /** Border colour of an IN node (dark green). */
  static final String IN_BORDER = "#2e7d32";

  /** Fill colour of an OUT node (light grey). */
  static final String OUT_FILL = "#eeeeee";

  /** Border colour of an OUT node (red, drawn dashed). */
  static final String OUT_BORDER = "#c62828";

  /** Fill colour of an UNDEC node (light yellow). */
  static final String UNDEC_FILL = "#fff59d";

  /** Border colour of an UNDEC node (amber). */
  static final String UNDEC_BORDER = "#f9a825";

  private DotDecorations() {}

  /**
   * Colours each node by its label in a labelling of the graph: IN nodes get a green fill ({@code
   * #c8e6c9}) and border ({@code #2e7d32}), OUT nodes a grey fill ({@code #eeeeee}) and a dashed
   * red border ({@code #c62828}), UNDEC nodes a yellow fill ({@code #fff59d}) and an amber border
   * ({@code #f9a825}); the tooltip gains a line {@code label: IN} (or {@code OUT}, {@code UNDEC}).
   * Relations are left alone, and so is a node the labelling does not name.
   *
   * <p>Works with any labelling whose names are the graph's node ids: the evidential one of {@link
   * io.argraph.core.semantics.EvidentialLabelling#of} and the grounded or any other labelling of
   * the graph flattened by {@link io.argraph.core.semantics.ArgumentationFramework#of}.
   *
   * @param labelling labels named by node id
   * @return the decorator
   */
  public static DotDecorator labelling(Labelling labelling) {
    requireNonNull(labelling, "labelling");
    Set<String> names = Set.copyOf(labelling.names());
    return labelling(id -> names.contains(id) ? labelling.label(id) : null);
  }

  /**
   * Colours each node by the label a function gives its id, as {@link #labelling(Labelling)} does;
   * a node for which the function returns {@code null} is left alone.
   *
   * @param labelOf gives the label of a node id, or {@code null} for none; must be thread-safe
   * @return the decorator
   */
  public static DotDecorator labelling(Function<String, @Nullable Label> labelOf) {
    requireNonNull(labelOf, "labelOf");
    return new DotDecorator() {
      @Override
      public DotDecoration node(ArgumentGraph graph, Node node) {
        Label label = labelOf.apply(node.id());
        return label == null ? DotDecoration.none() : decoration(node.kind(), label);
      }
    };
  }

  private static DotDecoration decoration(NodeKind kind, Label label) {
    DotDecoration.Builder b = DotDecoration.builder().tooltipLine("label: " + label.name());
    switch (label) {
      case IN -> b.fillColor(IN_FILL).color(IN_BORDER);
      case OUT ->
          b.fillColor(OUT_FILL)
              .color(OUT_BORDER)
              .attribute("style", DotWriter.kindStyle(kind) + ",dashed");
      case UNDEC -> b.fillColor(UNDEC_FILL).color(UNDEC_BORDER);
    }
    return b.build();
  }

  /**
   * Highlights what a check report names: each node listed in a finding, and each relation of a
   * relation finding, gets a thick border or line in the colour of its worst severity (error red
   * {@code #d50000}, warning orange {@code #ff8f00}, info blue {@code #2962ff}), and its tooltip
   * lists the findings' severities and codes, e.g. {@code error: support-cycle}, in report order.
   * Relations are matched by their ends and type, whatever their notes.
   *
   * @param report the findings of the checks on the graph being exported
   * @return the decorator
   */
  public static DotDecorator findings(Report report) {
    requireNonNull(report, "report");
    Map<String, Marks> nodes = new LinkedHashMap<>();
    Map<RelationKey, Marks> relations = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      for (String id : f.nodes()) {
        nodes.computeIfAbsent(id, k -> new Marks()).add(f);
      }
      for (Relation r : f.relations()) {
        relations.computeIfAbsent(RelationKey.of(r), k -> new Marks()).add(f);
      }
    }
    ImmutableMap<String, DotDecoration> nodeDecorations =
        ImmutableMap.copyOf(Maps.transformValues(nodes, Marks::decoration));
    ImmutableMap<RelationKey, DotDecoration> relationDecorations =
        ImmutableMap.copyOf(Maps.transformValues(relations, Marks::decoration));
    return new DotDecorator() {
      @Override
      public DotDecoration node(ArgumentGraph graph, Node node) {
        return nodeDecorations.getOrDefault(node.id(), DotDecoration.none());
      }

      @Override
      public DotDecoration relation(ArgumentGraph graph, Relation relation) {
        return relationDecorations.getOrDefault(RelationKey.of(relation), DotDecoration.none());
      }
    };
  }

  /** The findings that name one node or relation, gathered while reading the report. */
  private static final class Marks {
    private Severity worst = Severity.INFO;
    private final Set<String> lines = new LinkedHashSet<>();

    void add(Finding f) {
      if (f.severity().compareTo(worst) < 0) {
        worst = f.severity();
      }
      lines.add(f.severity().label() + ": " + f.code());
    }

    DotDecoration decoration() {
      DotDecoration.Builder b =
          DotDecoration.builder().color(requireNonNull(SEVERITY_COLORS.get(worst))).penWidth(3);
      lines.forEach(b::tooltipLine);
      return b.build();
    }
  }

  private record RelationKey(String from, String to, RelationType type) {
    static RelationKey of(Relation r) {
      return new RelationKey(r.from(), r.to(), r.type());
    }
  }
}
