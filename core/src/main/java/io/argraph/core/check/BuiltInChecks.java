package io.argraph.core.check;

import com.google.common.collect.ImmutableList;

/**
 * The registry of built-in checks: the one place where a built-in check is added. The order is that
 * of DESIGN.md's table and is the order in which they run.
 *
 * <p>A check that judges a recommendation's standing (such as the semantic checks) should fire only
 * where {@link Analysis#isSupportedAndGrounded(int)} holds, to keep reports free of cascades.
 */
final class BuiltInChecks {
  static final ImmutableList<BuiltInCheck> ALL =
      ImmutableList.of(
          new BuiltInCheck(
              CheckCodes.UNSUPPORTED_RECOMMENDATION,
              Severity.ERROR,
              RecommendationChecks::unsupported),
          new BuiltInCheck(
              CheckCodes.UNGROUNDED_RECOMMENDATION,
              Severity.ERROR,
              RecommendationChecks::ungrounded),
          new BuiltInCheck(CheckCodes.SUPPORT_CYCLE, Severity.ERROR, SupportCycleCheck::find),
          new BuiltInCheck(
              CheckCodes.CONTRADICTORY_RELATIONS, Severity.ERROR, RelationChecks::contradictory),
          new BuiltInCheck(
              CheckCodes.UNSUPPORTED_PROBLEM, Severity.WARNING, ProblemChecks::unsupported),
          new BuiltInCheck(
              CheckCodes.UNADDRESSED_PROBLEM, Severity.WARNING, ProblemChecks::unaddressed),
          new BuiltInCheck(
              CheckCodes.UNMOTIVATED_RECOMMENDATION,
              Severity.WARNING,
              RecommendationChecks::unmotivated),
          new BuiltInCheck(
              CheckCodes.INVERTED_SUPPORT, Severity.WARNING, RelationChecks::invertedSupport),
          new BuiltInCheck(CheckCodes.SELF_ATTACK, Severity.WARNING, RelationChecks::selfAttack),
          new BuiltInCheck(CheckCodes.ISOLATED_NODE, Severity.WARNING, NodeChecks::isolated),
          new BuiltInCheck(CheckCodes.UNUSED_PREMISE, Severity.INFO, NodeChecks::unusedPremise),
          new BuiltInCheck(CheckCodes.DUPLICATE_TEXT, Severity.INFO, DuplicateTextCheck::find),
          new BuiltInCheck(
              CheckCodes.DEFEATED_RECOMMENDATION, Severity.WARNING, SemanticChecks::defeated),
          new BuiltInCheck(
              CheckCodes.UNDECIDED_RECOMMENDATION, Severity.INFO, SemanticChecks::undecided));

  private BuiltInChecks() {}
}
