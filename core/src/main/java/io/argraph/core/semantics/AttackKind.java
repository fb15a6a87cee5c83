package io.argraph.core.semantics;

/**
 * Where an attack of an {@link ArgumentationFramework} comes from: an attack relation of the graph
 * itself, or one derived from an attack and a path of supports under a {@link SupportReading}.
 *
 * @since 0.1.0
 */
public enum AttackKind {
  /** An attack relation of the graph, or an attack of a framework built directly. */
  DIRECT,
  /** a supports⁺ c, c attacks b ⇒ a attacks b. */
  SUPPORTED,
  /** a attacks c, c supports⁺ b ⇒ a attacks b. */
  SECONDARY,
  /** b supports⁺ c, a attacks c ⇒ a attacks b. */
  MEDIATED,
  /** c supports⁺ a, c attacks b ⇒ a attacks b. */
  EXTENDED
}
