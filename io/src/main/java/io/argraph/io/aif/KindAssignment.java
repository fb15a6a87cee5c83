package io.argraph.io.aif;

import static java.util.Objects.requireNonNull;

import io.argraph.core.model.NodeKind;

/**
 * Chooses the kind of an imported I-node that carries no {@code argraphKind} key, as I-nodes from
 * AIFdb, OVA and other tools never do: AIF does not tell premises, problems and recommendations
 * apart.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface KindAssignment {
  /**
   * Returns the kind of an I-node.
   *
   * @param nodeId the I-node's AIF node id
   * @param text the I-node's text
   * @return its kind, never {@code null}
   */
  NodeKind kindOf(String nodeId, String text);

  /**
   * Returns an assignment that gives every I-node the same kind.
   *
   * @param kind the kind
   * @return the assignment
   */
  static KindAssignment always(NodeKind kind) {
    requireNonNull(kind, "kind");
    return (nodeId, text) -> kind;
  }
}
