package io.argraph.core.model;

/**
 * How one node bears on another.
 *
 * @since 0.1.0
 */
public enum RelationType {
  /** The source gives a reason to accept the target. */
  SUPPORT,
  /** The source gives a reason to reject the target. */
  ATTACK
}
