package io.argraph.examples;

import static io.argraph.examples.UsMexicoBrief.COMPONENT;
import static io.argraph.examples.UsMexicoBrief.CONCLUSION;
import static io.argraph.examples.UsMexicoBrief.KEY_RECOMMENDATION;
import static io.argraph.examples.UsMexicoBrief.KEY_RECOMMENDATIONS;
import static io.argraph.examples.UsMexicoBrief.MEASURE;
import static io.argraph.examples.UsMexicoBrief.NEW_POLICY;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import io.argraph.core.model.SourceDocument;

/**
 * The section "Toward a New Foreign Policy": its three key recommendations, the four components of
 * the proposed policy with the measures under each, the evidence given there, and the closing call
 * for change.
 *
 * <p>A component supports its measures (the brief derives each measure from its component, "for
 * example"), and the problems a measure answers support it directly; no measure supports its
 * component, so support never runs in a circle.
 */
final class BriefRecommendations {
  private BriefRecommendations() {}

  /** Adds the nodes quoted from the recommendations section, in the brief's order. */
  static void addNodes(ArgumentGraph.Builder b, SourceDocument doc) {
    keyRecommendations(b, doc);
    symmetry(b, doc);
    poverty(b, doc);
    counternarcotics(b, doc);
    ruleOfLaw(b, doc);
  }

  private static void keyRecommendations(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.recommendation(
                "symmetry-cooperation-respect",
                "Symmetry, cooperation and mutual respect should be the foundations of U.S. policy"
                    + " toward Mexico.")
            .source(
                doc.quote(
                    "Symmetry, cooperation, and mutual respect should be the foundations of"
                        + " U.S.-Mexico policy."))
            .section(KEY_RECOMMENDATIONS)
            .tag(KEY_RECOMMENDATION, COMPONENT)
            .build());
    b.node(
        Node.recommendation(
                "reduce-poverty-inequality",
                "The U.S. should help reduce poverty and inequality in Mexico by adjusting the"
                    + " parts of NAFTA that have hurt Mexico's poor and by supporting programs of the"
                    + " international financial institutions that target poverty.")
            .source(
                doc.quote(
                    "The U.S. should help reduce poverty and inequality in Mexico by adjusting"
                        + " aspects of NAFTA that have hurt Mexico’s poor and by supporting"
                        + " programs within international financial institutions that target"
                        + " poverty."))
            .section(KEY_RECOMMENDATIONS)
            .tag(KEY_RECOMMENDATION, MEASURE)
            .build());
    b.node(
        Node.recommendation(
                "end-militarized-counternarcotics",
                "The U.S. must end its militarized approach to counternarcotics, including training"
                    + " Mexican soldiers in antidrug tactics, which can be used for counterinsurgency"
                    + " and can lead to more corruption and human rights violations.")
            .source(
                doc.quote(
                    "The U.S. must end its militarized approach to counternarcotics, including"
                        + " training Mexican soldiers in antidrug tactics. These tactics can be"
                        + " used for counterinsurgency and can lead to increased corruption and"
                        + " human rights violations."))
            .section(KEY_RECOMMENDATIONS)
            .tag(KEY_RECOMMENDATION, MEASURE)
            .build());
  }

  private static void symmetry(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.recommendation(
                "new-foreign-policy",
                "The U.S. should adopt a new foreign policy that ensures peace and prosperity in"
                    + " Mexico by promoting economic equity, participatory democracy and respect"
                    + " for human rights, without the traditional paternalism of U.S. foreign"
                    + " policy.")
            .source(
                doc.quote(
                    "America’s challenge is to define a new foreign policy that ensures peace and"
                        + " prosperity in Mexico by promoting progressive values—such as greater"
                        + " economic equity, participatory democracy, and respect for human"
                        + " rights—without falling into the traditional paternalism of U.S."
                        + " foreign policy."))
            .section(NEW_POLICY)
            .build());
    b.node(
        Node.recommendation(
                "replace-certification",
                "The drug certification process should be replaced by a multilateral approach in"
                    + " which countries cooperate on mutually acceptable goals and strategies"
                    + " against illegal drugs.")
            .source(
                doc.quote(
                    "the current drug certification process urgently needs to be replaced with a"
                        + " new multilateral approach in which countries cooperate to fashion"
                        + " mutually acceptable goals and strategies in combating illegal drugs"))
            .section(NEW_POLICY)
            .tag(MEASURE)
            .build());
    b.node(
        Node.recommendation(
                "support-counterdrug-alliance",
                "Support for the Multilateral Counterdrug Alliance, founded at the April 1998"
                    + " Santiago summit, should be the cornerstone of the new approach.")
            .source(
                doc.quote(
                    "Support for the Multilateral Counterdrug Alliance, established during the"
                        + " presidential summit in Santiago, Chile, in April 1998, should be the"
                        + " cornerstone of this new approach."))
            .section(NEW_POLICY)
            .tag(MEASURE)
            .build());
    b.node(
        Node.recommendation(
                "human-rights-on-agenda",
                "Human rights and democracy should become an integral part of the official bilateral"
                    + " agenda, discussed at the regular binational forums on economics,"
                    + " immigration, counternarcotics and other bilateral concerns.")
            .source(
                doc.quote(
                    "human rights and democracy issues should become an integral part of the"
                        + " official bilateral agenda and should be discussed at regular"
                        + " binational forums that deal with economic issues, immigration policy,"
                        + " counternarcotics efforts, and other important bilateral concerns"))
            .section(NEW_POLICY)
            .tag(MEASURE)
            .build());
    b.node(
        Node.premise(
                "mexico-concerns-in-us",
                "Mexico has legitimate human rights concerns in the U.S., such as the treatment of"
                    + " immigrants and migrant workers and the handling of capital punishment"
                    + " cases.")
            .source(
                doc.quote(
                    "Mexico has legitimate human rights concerns in the U.S., including the"
                        + " treatment of immigrants and migrant workers and the handling of capital"
                        + " punishment cases."))
            .section(NEW_POLICY)
            .build());
  }

  private static void poverty(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.recommendation(
                "poverty-cornerstone",
                "The U.S. must make reducing poverty and combating inequality the cornerstone of its"
                    + " relations with Mexico and the rest of Latin America.")
            .source(
                doc.quote(
                    "Second, the U.S. must make reducing poverty and combating inequality the"
                        + " cornerstone of its relations with Mexico and the rest of Latin"
                        + " America."))
            .section(NEW_POLICY)
            .tag(COMPONENT)
            .build());
    b.node(
        Node.recommendation(
                "review-nafta",
                "Both countries should review NAFTA objectively and adjust the parts of it that"
                    + " have hurt poor people most, especially in the rural sector.")
            .source(
                doc.quote(
                    "Both countries should undertake an objective review of NAFTA and make"
                        + " adjustments to those aspects of the agreement that have had the"
                        + " greatest impact on poor people, especially in the rural sector."))
            .section(NEW_POLICY)
            .tag(MEASURE)
            .build());
    b.node(
        Node.recommendation(
                "grain-tariff-protection",
                "Producers of basic grains, most of them peasants and indigenous farmers, may need"
                    + " extended tariff protection.")
            .source(
                doc.quote(
                    "it may be necessary to provide extended tariff protection to producers of"
                        + " basic grains, most of whom are peasants and indigenous farmers"))
            .section(NEW_POLICY)
            .tag(MEASURE)
            .build());
    b.node(
        Node.recommendation(
                "ifi-poverty-lending",
                "The U.S. should lead the international financial institutions to prioritize"
                    + " programs that directly address poverty, putting targeted lending to small"
                    + " rural producers, indigenous communities, small businesses, women and"
                    + " children ahead of protecting foreign investors.")
            .source(
                doc.quote(
                    "The U.S. should also exercise leadership in the international financial"
                        + " institutions (IFIs) by prioritizing programs that directly address"
                        + " poverty. Targeted lending by the IFIs to small rural producers and"
                        + " enterprises, indigenous communities, small businesses, and women and"
                        + " children should be a greater priority than protecting foreign"
                        + " investors who gamble on international markets."))
            .section(NEW_POLICY)
            .tag(MEASURE)
            .build());
    b.node(
        Node.recommendation(
                "flexible-loans-capital-controls",
                "Washington should be more flexible with Mexico, placing fewer conditions on future"
                    + " loans and assistance and allowing some restrictions on the flow of"
                    + " capital.")
            .source(
                doc.quote(
                    "Washington needs to demonstrate more flexibility in its bilateral economic"
                        + " relations with Mexico, placing fewer conditions on future loans and"
                        + " assistance and allowing for some restrictions on the flow of"
                        + " capital"))
            .section(NEW_POLICY)
            .tag(MEASURE)
            .build());
  }

  private static void counternarcotics(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.recommendation(
                "change-counternarcotics",
                "U.S. counternarcotics policy must be fundamentally changed.")
            .source(doc.quote("Third, U.S. counternarcotics policy must be fundamentally changed."))
            .section(NEW_POLICY)
            .tag(COMPONENT)
            .build());
    b.node(
        Node.premise(
                "military-role-exceeds-defense",
                "The Mexican military's expanded role in antinarcotics activities far exceeds any"
                    + " external defense concern.")
            .source(
                doc.quote(
                    "There has been an expanded role for the Mexican military in antinarcotics"
                        + " activities far exceeding any external defense concerns"))
            .section(NEW_POLICY)
            .build());
    b.node(
        Node.premise(
                "courses-similar",
                "U.S. counternarcotics courses are said to be very similar in content to"
                    + " counterinsurgency courses.")
            .source(
                doc.quote(
                    "U.S. counternarcotics courses are said to be very similar in content to"
                        + " counterinsurgency courses"))
            .section(NEW_POLICY)
            .build());
    b.node(
        Node.premise(
                "soldiers-not-tracked",
                "The U.S. does not track where the Mexican soldiers it trains are stationed"
                    + " afterwards.")
            .source(
                doc.quote(
                    "the U.S. currently does not track where the trained Mexican soldiers are"
                        + " subsequently stationed"))
            .section(NEW_POLICY)
            .build());
    b.node(
        Node.recommendation(
                "reduce-demand-at-home",
                "Instead of a militarized approach, the U.S. must start from the premise that"
                    + " lowering demand at home is the most effective way to combat illegal drugs.")
            .source(
                doc.quote(
                    "the U.S. must begin from the premise that lower demand at home is the most"
                        + " effective way to combat illegal drugs"))
            .section(NEW_POLICY)
            .tag(MEASURE)
            .build());
  }

  private static void ruleOfLaw(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.recommendation(
                "strengthen-rule-of-law",
                "Washington should make strengthening the rule of law, with strong, transparent and"
                    + " accountable judicial institutions, the centerpiece of its efforts to"
                    + " promote democracy and human rights in Mexico.")
            .source(
                doc.quote(
                    "Finally, Washington should make strengthening the rule of law the centerpiece"
                        + " of its efforts to promote greater democracy and human rights in"
                        + " Mexico."))
            .section(NEW_POLICY)
            .tag(COMPONENT)
            .build());
    b.node(
        Node.problem(
                "weak-judicial-institutions",
                "Without strong, transparent and accountable judicial institutions, human rights"
                    + " violations and corruption will keep increasing.")
            .source(
                doc.quote(
                    "Without strong, transparent, and accountable judicial institutions, human"
                        + " rights violations will continue to increase, as will corruption."))
            .section(NEW_POLICY)
            .build());
    b.node(
        Node.recommendation(
                "build-democratic-institutions",
                "Without dictating reforms, the U.S. should shift its support away from"
                    + " militarized solutions to building democratic institutions.")
            .source(
                doc.quote(
                    "The U.S. need not dictate reforms, but can just shift its support away from"
                        + " militarized solutions to the difficult but necessary task of building"
                        + " democratic institutions."))
            .section(NEW_POLICY)
            .tag(MEASURE)
            .build());
    b.node(
        Node.recommendation(
                "change-course-now",
                "U.S. policy toward Mexico must change now: the risks of the current course are too"
                    + " high for both countries, and the administration must be held to its"
                    + " commitment to peace and prosperity in Mexico and adopt new strategies.")
            .source(
                doc.quote(
                    "U.S. relations with Mexico are in urgent need of change. The risks of staying"
                        + " on the current course are too high for both the U.S. and Mexico."))
            .section(NEW_POLICY)
            .tag(CONCLUSION)
            .build());
  }

  /** Adds the relations that end at a node of the recommendations section. */
  static void addRelations(ArgumentGraph.Builder b) {
    b.supports("new-foreign-policy", "symmetry-cooperation-respect")
        .relation(
            Relation.support("certification-irritant", "symmetry-cooperation-respect")
                .withNote("Unilateral judgement has strained the relationship."));

    b.supports("poverty-cornerstone", "reduce-poverty-inequality")
        .supports("nafta-vulnerability-poverty", "reduce-poverty-inequality");

    b.supports("change-counternarcotics", "end-militarized-counternarcotics")
        .supports("militarization-weakens-civilian", "end-militarized-counternarcotics")
        .supports("military-corruption-exposure", "end-militarized-counternarcotics")
        .supports("military-rights-violations", "end-militarized-counternarcotics")
        .relation(
            Relation.support(
                    "counternarcotics-counterinsurgency-blurred",
                    "end-militarized-counternarcotics")
                .withNote("\"These tactics can be used for counterinsurgency\"."))
        .relation(
            Relation.support("military-role-exceeds-defense", "end-militarized-counternarcotics")
                .withNote("\"Problematic if only for that reason\"."))
        .relation(
            Relation.attack("militarized-partnership-case", "end-militarized-counternarcotics")
                .withNote("The administration's case is the case for the approach to be ended."));

    b.supports("change-course-now", "new-foreign-policy")
        .relation(
            Relation.support("peace-issues-off-agenda", "new-foreign-policy")
                .withNote("The progressive values the official agenda leaves out."));

    b.supports("symmetry-cooperation-respect", "replace-certification")
        .supports("certification-irritant", "replace-certification");

    b.relation(
        Relation.support("replace-certification", "support-counterdrug-alliance")
            .withNote("The alliance is to be the cornerstone of the multilateral approach."));

    b.relation(
            Relation.support("symmetry-cooperation-respect", "human-rights-on-agenda")
                .withNote("\"Likewise\": a second application of symmetry and cooperation."))
        .supports("human-rights-record-ignored", "human-rights-on-agenda")
        .supports("peace-issues-off-agenda", "human-rights-on-agenda")
        .supports("democracy-neglected", "human-rights-on-agenda")
        .relation(
            Relation.support("mexico-concerns-in-us", "human-rights-on-agenda")
                .withNote(
                    "Human rights promotion should not be one country condemning another; a"
                        + " shared agenda lets both raise concerns."))
        .supports("rubin-statements", "human-rights-on-agenda");

    b.supports("new-foreign-policy", "poverty-cornerstone")
        .supports("nafta-vulnerability-poverty", "poverty-cornerstone");

    b.supports("reduce-poverty-inequality", "review-nafta")
        .relation(
            Relation.support("nafta-failed-prosperity", "review-nafta")
                .withNote("The current free trade model has exacerbated inequality."))
        .relation(
            Relation.support("rural-poor-desperation", "review-nafta")
                .withNote("The adjustments are meant \"especially\" for the rural sector."));

    b.relation(
            Relation.support("review-nafta", "grain-tariff-protection")
                .withNote("The brief's example of an adjustment to NAFTA."))
        .relation(
            Relation.support("rural-poor-desperation", "grain-tariff-protection")
                .withNote("Most producers of basic grains are peasants and indigenous farmers."));

    b.supports("reduce-poverty-inequality", "ifi-poverty-lending")
        .relation(
            Relation.support("rural-poor-desperation", "ifi-poverty-lending")
                .withNote("The lending targets small rural producers and indigenous communities."));

    b.supports("poverty-cornerstone", "flexible-loans-capital-controls")
        .relation(
            Relation.support("bailout-conditions-hurt", "flexible-loans-capital-controls")
                .withNote("Fewer conditions on loans answer the harm done by the bailout's."))
        .relation(
            Relation.support("capital-flight-vulnerability", "flexible-loans-capital-controls")
                .withNote("Restrictions on the flow of capital answer the exposure to flight."));

    b.supports("new-foreign-policy", "change-counternarcotics")
        .supports("counternarcotics-failed", "change-counternarcotics");

    b.supports("change-counternarcotics", "reduce-demand-at-home")
        .relation(
            Relation.support("us-largest-consumer-unjudged", "reduce-demand-at-home")
                .withNote("The demand that drives the drug trade is in the United States."));

    b.supports("new-foreign-policy", "strengthen-rule-of-law")
        .supports("weak-judicial-institutions", "strengthen-rule-of-law")
        .supports("weakened-democracy", "strengthen-rule-of-law")
        .relation(
            Relation.attack("democratization-irreversible", "strengthen-rule-of-law")
                .withNote(
                    "If democratization were assured, promoting it would be needless; the brief"
                        + " says this belief is why Washington has invested little."));

    b.relation(
        Relation.support("hrw-report-1999", "weak-judicial-institutions")
            .withNote("Prosecutors use evidence obtained by torture and judges look away."));

    b.supports("strengthen-rule-of-law", "build-democratic-institutions")
        .relation(
            Relation.support("military-role-undermines-democracy", "build-democratic-institutions")
                .withNote("Support moves from the military to civilian institutions."));

    b.relation(
            Relation.support("mexico-vital-to-us", "change-course-now")
                .withNote("The stakes: Mexico's stability matters to U.S. security."))
        .supports("policy-fragmented", "change-course-now")
        .supports("undermines-peace-prosperity", "change-course-now")
        .supports("ignores-human-rights", "change-course-now")
        .supports("weakened-democracy", "change-course-now");
  }
}
