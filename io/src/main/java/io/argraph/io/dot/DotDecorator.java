package io.argraph.io.dot;

import static java.util.Objects.requireNonNull;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import java.util.function.Function;

/**
 * Decorates nodes and relations in DOT output without changing the exporter: colour by a check
 * report ({@link DotDecorations#findings}), by an IN/OUT/UNDEC labelling, or anything else.
 *
 * <p>Implementations must be thread-safe (the exporter that holds one is shared) and must not
 * return {@code null}. Both methods default to {@link DotDecoration#none()}, so a decorator
 * overrides only what it needs:
 *
 * <pre>{@code
 * DotDecorator byLabel = DotDecorator.forNodes(
 *     node -> accepted.contains(node.id())
 *         ? DotDecoration.builder().fillColor("#c8e6c9").tooltipLine("IN").build()
 *         : DotDecoration.none());
 * DotExporter exporter = DotExporter.create().withDecorator(byLabel);
 * }</pre>
 *
 * @since 0.1.0
 */
public interface DotDecorator {
  /**
   * Returns the decoration of a node.
   *
   * @param graph the graph being exported
   * @param node one of its nodes
   * @return the decoration, {@link DotDecoration#none()} for none
   */
  default DotDecoration node(ArgumentGraph graph, Node node) {
    return DotDecoration.none();
  }

  /**
   * Returns the decoration of a relation.
   *
   * @param graph the graph being exported
   * @param relation one of its relations
   * @return the decoration, {@link DotDecoration#none()} for none
   */
  default DotDecoration relation(ArgumentGraph graph, Relation relation) {
    return DotDecoration.none();
  }

  /**
   * Returns a decorator that applies this one and then another on top (see {@link
   * DotDecoration#and(DotDecoration)}).
   *
   * @param next the decorator whose settings win
   * @return the combined decorator
   */
  default DotDecorator andThen(DotDecorator next) {
    requireNonNull(next, "next");
    DotDecorator first = this;
    return new DotDecorator() {
      @Override
      public DotDecoration node(ArgumentGraph graph, Node node) {
        return first.node(graph, node).and(next.node(graph, node));
      }

      @Override
      public DotDecoration relation(ArgumentGraph graph, Relation relation) {
        return first.relation(graph, relation).and(next.relation(graph, relation));
      }
    };
  }

  /**
   * Returns the decorator that changes nothing.
   *
   * @return a decorator returning {@link DotDecoration#none()} everywhere
   */
  static DotDecorator none() {
    return DotDecorations.NONE;
  }

  /**
   * Returns a decorator of nodes only.
   *
   * @param decoration gives each node's decoration
   * @return the decorator
   */
  static DotDecorator forNodes(Function<? super Node, DotDecoration> decoration) {
    requireNonNull(decoration, "decoration");
    return new DotDecorator() {
      @Override
      public DotDecoration node(ArgumentGraph graph, Node node) {
        return decoration.apply(node);
      }
    };
  }

  /**
   * Returns a decorator of relations only.
   *
   * @param decoration gives each relation's decoration
   * @return the decorator
   */
  static DotDecorator forRelations(Function<? super Relation, DotDecoration> decoration) {
    requireNonNull(decoration, "decoration");
    return new DotDecorator() {
      @Override
      public DotDecoration relation(ArgumentGraph graph, Relation relation) {
        return decoration.apply(relation);
      }
    };
  }
}
