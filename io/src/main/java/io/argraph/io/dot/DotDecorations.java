package io.argraph.io.dot;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.argraph.core.check.Finding;
import io.argraph.core.check.Report;
import io.argraph.core.check.Severity;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

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

  private DotDecorations() {}

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
