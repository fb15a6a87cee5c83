package io.argraph.core.check;

/**
 * The stable codes of the built-in checks, as constants for filtering a {@link Report} or
 * configuring {@link Checks}. Their default severities are given by {@link Checks#builtInCodes()}.
 *
 * @since 0.1.0
 */
public final class CheckCodes {
  /** A recommendation has no incoming support. Default: error. */
  public static final String UNSUPPORTED_RECOMMENDATION = "unsupported-recommendation";

  /** A recommendation has support, but no chain of supports from a premise. Default: error. */
  public static final String UNGROUNDED_RECOMMENDATION = "ungrounded-recommendation";

  /** Nodes support each other in a cycle, a self-support included. Default: error. */
  public static final String SUPPORT_CYCLE = "support-cycle";

  /** One node both supports and attacks the same other node. Default: error. */
  public static final String CONTRADICTORY_RELATIONS = "contradictory-relations";

  /** A problem has no incoming support. Default: warning. */
  public static final String UNSUPPORTED_PROBLEM = "unsupported-problem";

  /** No recommendation can be reached from a problem along supports. Default: warning. */
  public static final String UNADDRESSED_PROBLEM = "unaddressed-problem";

  /** A supported recommendation cannot be reached from any problem. Default: warning. */
  public static final String UNMOTIVATED_RECOMMENDATION = "unmotivated-recommendation";

  /**
   * A recommendation supports a premise or a problem, or a problem supports a premise. Default:
   * warning.
   */
  public static final String INVERTED_SUPPORT = "inverted-support";

  /** A node attacks itself. Default: warning. */
  public static final String SELF_ATTACK = "self-attack";

  /** A node has no relations at all. Default: warning. */
  public static final String ISOLATED_NODE = "isolated-node";

  /** A premise that has relations supports or attacks nothing. Default: info. */
  public static final String UNUSED_PREMISE = "unused-premise";

  /** Two or more nodes have the same text up to white space and case. Default: info. */
  public static final String DUPLICATE_TEXT = "duplicate-text";

  private CheckCodes() {}

  /** A grounded recommendation is OUT in the grounded labelling (warning). */
  public static final String DEFEATED_RECOMMENDATION = "defeated-recommendation";

  /** A grounded recommendation is UNDEC in the grounded labelling (info). */
  public static final String UNDECIDED_RECOMMENDATION = "undecided-recommendation";
}
