package io.argraph.core.model;

/**
 * The role a node plays in an argument.
 *
 * <p>A brief argues from evidence ({@link #PREMISE}) through diagnosed troubles ({@link #PROBLEM})
 * to proposed action ({@link #RECOMMENDATION}); the checks use these roles to tell a well-founded
 * recommendation from one that rests on nothing.
 *
 * @since 0.1.0
 */
public enum NodeKind {
  /** A fact, statistic or accepted statement offered as evidence. */
  PREMISE,
  /** A diagnosed trouble that calls for action. */
  PROBLEM,
  /** A proposed course of action. */
  RECOMMENDATION
}
