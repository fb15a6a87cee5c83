package io.argraph.examples;

import static io.argraph.examples.UsMexicoBrief.ACTOR;
import static io.argraph.examples.UsMexicoBrief.COUNTER_CLAIM;
import static io.argraph.examples.UsMexicoBrief.KEY_POINT;
import static io.argraph.examples.UsMexicoBrief.KEY_POINTS;
import static io.argraph.examples.UsMexicoBrief.OVERVIEW;
import static io.argraph.examples.UsMexicoBrief.REBUTTAL;
import static io.argraph.examples.UsMexicoBrief.STATISTIC;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import io.argraph.core.model.SourceDocument;

/**
 * The opening of the brief: its three key points and the overview of drug policy, certification and
 * NAFTA that follows them.
 */
final class BriefOverview {
  private BriefOverview() {}

  /** Adds the nodes quoted from the opening, in the brief's order. */
  static void addNodes(ArgumentGraph.Builder b, SourceDocument doc) {
    keyPoints(b, doc);
    importance(b, doc);
    drugPolicy(b, doc);
    certification(b, doc);
    nafta(b, doc);
  }

  private static void keyPoints(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.premise(
                "mexico-vital-to-us",
                "Mexico's stability, prosperity and peace are vitally important to U.S. national"
                    + " security.")
            .source(
                doc.quote(
                    "Mexico’s stability, prosperity, and peace are vitally important to U.S."
                        + " national security."))
            .section(KEY_POINTS)
            .tag(KEY_POINT)
            .build());
    b.node(
        Node.problem(
                "nafta-vulnerability-poverty",
                "Despite record trade and foreign investment, NAFTA has made Mexico more vulnerable"
                    + " to international financial turmoil and contributed to a rise in poverty.")
            .source(
                doc.quote(
                    "Despite sparking record trade volume and foreign investment, NAFTA has"
                        + " increased Mexico’s vulnerability to international financial turmoil"
                        + " and contributed to a rise in poverty."))
            .section(KEY_POINTS)
            .tag(KEY_POINT)
            .build());
    b.node(
        Node.problem(
                "counternarcotics-failed",
                "U.S. counternarcotics policy has failed to reduce the flow of drugs, has strained"
                    + " relations between the two countries, and has made corruption and human"
                    + " rights violations in Mexico worse.")
            .source(
                doc.quote(
                    "U.S. counternarcotics policy has not only failed to reduce the flow of drugs"
                        + " but has also strained relations between the two countries while"
                        + " exacerbating corruption and human rights violations within Mexico."))
            .section(KEY_POINTS)
            .tag(KEY_POINT)
            .build());
  }

  private static void importance(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.premise("border-2000-miles", "Mexico and the United States share a 2,000-mile border.")
            .source(doc.quote("Mexico’s 2000-mile common border"))
            .section(OVERVIEW)
            .tag(STATISTIC)
            .build());
    b.node(
        Node.premise("population-99-million", "Mexico has a population of 99 million people.")
            .source(doc.quote("its population of 99 million people"))
            .section(OVERVIEW)
            .tag(STATISTIC)
            .build());
    b.node(
        Node.premise(
                "second-trading-partner", "Mexico is America's second largest trading partner.")
            .source(doc.quote("its status as America’s second largest trading partner"))
            .section(OVERVIEW)
            .tag(STATISTIC)
            .build());
    b.node(
        Node.problem(
                "policy-fragmented",
                "Despite Mexico's obvious importance, current U.S. policy toward Mexico is"
                    + " fragmented, often contradictory, and lacks a clear strategy or focus.")
            .source(
                doc.quote(
                    "current U.S. policy is fragmented, often contradictory, and lacks a clear"
                        + " strategy or focus"))
            .section(OVERVIEW)
            .build());
    b.node(
        Node.problem(
                "nafta-failed-prosperity",
                "NAFTA, the centerpiece of U.S. economic relations with Mexico, has failed to"
                    + " produce the broad-based prosperity in Mexico that its proponents predicted.")
            .source(
                doc.quote(
                    "has failed to produce the broad-based economic prosperity in Mexico that"
                        + " proponents had predicted"))
            .section(OVERVIEW)
            .build());
    b.node(
        Node.problem(
                "peace-issues-off-agenda",
                "Issues that would advance peace and prosperity in Mexico, such as human rights,"
                    + " democracy and poverty reduction, are completely off the official U.S."
                    + " agenda.")
            .source(
                doc.quote(
                    "issues that would contribute to greater peace and prosperity—such as human"
                        + " rights, democracy, and poverty reduction—are completely off the"
                        + " official agenda"))
            .section(OVERVIEW)
            .build());
  }

  private static void drugPolicy(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.premise(
                "cocaine-two-thirds",
                "As much as two-thirds of all cocaine that enters the U.S. comes through Mexico.")
            .source(
                doc.quote("as much as two-thirds of all cocaine enters the U.S. through Mexico"))
            .section(OVERVIEW)
            .tag(STATISTIC)
            .build());
    b.node(
        Node.premise(
                "heroin-share", "Mexico is the source of 20-30% of the heroin that enters the U.S.")
            .source(doc.quote("Mexico is the source of 20-30% of the heroin"))
            .section(OVERVIEW)
            .tag(STATISTIC)
            .build());
    b.node(
        Node.premise(
                "methamphetamine-share",
                "Mexico is the source of 80% of all methamphetamine that enters the U.S.")
            .source(doc.quote("80% of all methamphetamine that enters the U.S."))
            .section(OVERVIEW)
            .tag(STATISTIC)
            .build());
    b.node(
        Node.premise(
                "militarized-partnership-case",
                "The Clinton administration's case: Mexican drug trafficking threatens America's"
                    + " health and Mexico's stability, and Mexico's police and courts are hopelessly"
                    + " corrupt, so the U.S. should bypass them and fight drugs aggressively in"
                    + " partnership with the Mexican military.")
            .source(
                doc.quote(
                    "Largely bypassing what were believed to be hopelessly corrupt Mexican police"
                        + " and judicial institutions, the Clinton administration turned instead to"
                        + " developing partnerships with the Mexican military."))
            .section(OVERVIEW)
            .tag(COUNTER_CLAIM)
            .attribute(ACTOR, "Clinton administration")
            .build());
    b.node(
        Node.premise(
                "helicopters-73",
                "The U.S. has sent 73 helicopters and other excess military equipment to aid the"
                    + " Mexican military in counternarcotics operations.")
            .source(
                doc.quote(
                    "the U.S. has sent 73 helicopters and other excess military equipment to aid"
                        + " the Mexican military in counternarcotics operations"))
            .section(OVERVIEW)
            .tag(STATISTIC)
            .build());
    b.node(
        Node.premise(
                "spending-fy1997",
                "In fiscal year 1997 the State and Defense departments spent about $83 million on"
                    + " counternarcotics efforts in Mexico.")
            .source(
                doc.quote(
                    "In fiscal year 1997 the State and Defense departments spent approximately $83"
                        + " million on counternarcotics efforts in Mexico."))
            .section(OVERVIEW)
            .tag(STATISTIC)
            .build());
    b.node(
        Node.premise(
                "spending-1998",
                "Their 1998 budget, without helicopter transfers and with less training, fell to"
                    + " about $28 million.")
            .source(
                doc.quote(
                    "Their 1998 budget, which did not include helicopter transfers and featured"
                        + " less training, declined to roughly $28 million."))
            .section(OVERVIEW)
            .tag(STATISTIC)
            .build());
    b.node(
        Node.premise(
                "soldiers-trained-1998",
                "In 1998 about $13 million was spent to train just over 1,000 Mexican soldiers in"
                    + " counternarcotics techniques, more than any other Latin American military.")
            .source(
                doc.quote(
                    "In 1998 approximately $13 million was spent to train just over 1,000 Mexican"
                        + " soldiers in counternarcotics techniques—more than any other Latin"
                        + " American military."))
            .section(OVERVIEW)
            .tag(STATISTIC)
            .build());
    b.node(
        Node.premise(
                "drug-flow-unchanged",
                "Despite these expenditures, the flow of illegal drugs from Mexico has not been"
                    + " reduced significantly.")
            .source(
                doc.quote(
                    "Despite these expenditures, the flow of illegal drugs from Mexico has not"
                        + " been reduced significantly."))
            .section(OVERVIEW)
            .tag(REBUTTAL)
            .build());
  }

  private static void certification(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.premise(
                "certification-debate",
                "Although Mexico is consistently certified as cooperating on drugs, certification"
                    + " has led to rancorous debate within the administration and with Congress,"
                    + " fanned by spectacular corruption cases among Mexican military and civilian"
                    + " authorities.")
            .source(
                doc.quote(
                    "Even though Mexico is consistently certified, the process has led to rancorous"
                        + " debate both within the administration and with Congress in the last"
                        + " two years. Spectacular cases of corruption among Mexican military and"
                        + " civilian authorities have fanned the flames of congressional drug"
                        + " warriors bent on decertifying Mexico."))
            .section(OVERVIEW)
            .build());
    b.node(
        Node.problem(
                "certification-irritant",
                "The annual drug certification process, meant to leverage cooperation, has become a"
                    + " major irritant in U.S.-Mexican relations.")
            .source(
                doc.quote(
                    "the certification process, intended to leverage greater cooperation from"
                        + " other countries, has become a major irritant in U.S.-Mexican"
                        + " relations"))
            .section(OVERVIEW)
            .build());
    b.node(
        Node.premise(
                "certification-seen-unilateral",
                "Mexico sees certification as unilateral, hypocritical and offensive, because the"
                    + " U.S. is the world's biggest consumer of illegal drugs and the driving force"
                    + " behind the drug cartels.")
            .source(
                doc.quote(
                    "Mexico sees the process as unilateral, hypocritical, and particularly"
                        + " offensive because the U.S. is the world’s biggest consumer of illegal"
                        + " drugs and the driving force behind the drug cartels."))
            .section(OVERVIEW)
            .build());
  }

  private static void nafta(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.premise(
                "nafta-largest-free-trade-area",
                "NAFTA, entering its sixth year, is Washington's main vehicle for Mexico's economic"
                    + " integration; it joined Mexico, the U.S. and Canada in the world's largest"
                    + " free trade area and was supposed to usher Mexico into the developed world.")
            .source(
                doc.quote(
                    "NAFTA, now entering its sixth year, is Washington’s primary vehicle for"
                        + " Mexican economic integration. The agreement joined Mexico, the U.S.,"
                        + " and Canada in the world’s largest free trade area and was supposed to"
                        + " usher Mexico into the developed world."))
            .section(OVERVIEW)
            .tag(STATISTIC)
            .build());
    b.node(
        Node.problem(
                "capital-flight-vulnerability",
                "Economic integration has tied Mexico to an increasingly volatile global economy,"
                    + " exposing it to capital flight and collapses of investor confidence.")
            .source(
                doc.quote(
                    "economic integration has also linked Mexico to an increasingly volatile"
                        + " global economy"))
            .section(OVERVIEW)
            .build());
    b.node(
        Node.premise(
                "asian-russian-crises",
                "The Asian and Russian financial crises rebounded on Mexico, eroding investor"
                    + " confidence in most developing countries.")
            .source(
                doc.quote(
                    "the Asian and Russian financial crises have rebounded negatively toward"
                        + " Mexico, eroding investor confidence in most developing countries"))
            .section(OVERVIEW)
            .build());
    b.node(
        Node.premise(
                "capital-flight-1995-1998",
                "In 1995, and again in 1998, Mexico's economy was ravaged by capital flight and"
                    + " declining investor confidence.")
            .source(
                doc.quote(
                    "In 1995, and again in 1998, Mexico’s economy was ravaged by capital flight and"
                        + " declining investor confidence."))
            .section(OVERVIEW)
            .build());
    b.node(
        Node.premise(
                "nafta-cushioned-slump",
                "NAFTA cushioned Mexico's economic slump by facilitating trade and investment.")
            .source(
                doc.quote(
                    "Some argue that NAFTA cushioned Mexico’s economic slump by facilitating trade"
                        + " and investment."))
            .section(OVERVIEW)
            .tag(COUNTER_CLAIM)
            .attribute(ACTOR, "NAFTA's defenders")
            .build());
    b.node(
        Node.premise(
                "nafta-sped-capital-exit",
                "The same NAFTA rules that eased foreign capital into Mexico also guaranteed its"
                    + " rapid repatriation in times of crisis, leaving Mexico's domestic economy in a"
                    + " shambles.")
            .source(
                doc.quote(
                    "the same NAFTA rules that facilitated the flow of foreign capital into Mexico"
                        + " also guaranteed its rapid repatriation during times of crisis, leaving"
                        + " Mexico’s domestic economy in a shambles"))
            .section(OVERVIEW)
            .tag(REBUTTAL)
            .build());
  }

  /** Adds the relations that end at a node of the opening. */
  static void addRelations(ArgumentGraph.Builder b) {
    b.supports("border-2000-miles", "mexico-vital-to-us")
        .supports("population-99-million", "mexico-vital-to-us")
        .supports("second-trading-partner", "mexico-vital-to-us");

    b.supports("nafta-failed-prosperity", "nafta-vulnerability-poverty")
        .supports("capital-flight-vulnerability", "nafta-vulnerability-poverty");

    b.supports("drug-flow-unchanged", "counternarcotics-failed")
        .relation(
            Relation.support("helicopters-73", "counternarcotics-failed")
                .withNote("Equipment sent, yet the drug flow has not fallen significantly."))
        .relation(
            Relation.support("spending-fy1997", "counternarcotics-failed")
                .withNote("Money spent, yet the drug flow has not fallen significantly."))
        .relation(
            Relation.support("spending-1998", "counternarcotics-failed")
                .withNote("Money spent, yet the drug flow has not fallen significantly."))
        .relation(
            Relation.support("soldiers-trained-1998", "counternarcotics-failed")
                .withNote("Soldiers trained, yet the drug flow has not fallen significantly."))
        .relation(
            Relation.support("certification-irritant", "counternarcotics-failed")
                .withNote("The strain on relations that the key point names."))
        .relation(
            Relation.support("military-corruption-exposure", "counternarcotics-failed")
                .withNote("The corruption that the key point says the policy exacerbates."))
        .relation(
            Relation.support("military-rights-violations", "counternarcotics-failed")
                .withNote("The human rights violations that the key point says it exacerbates."));

    b.relation(
            Relation.support("mexico-vital-to-us", "policy-fragmented")
                .withNote(
                    "\"Yet despite the obvious importance of Mexico\": the stakes make an aimless"
                        + " policy a problem."))
        .relation(
            Relation.support("peace-issues-off-agenda", "policy-fragmented")
                .withNote(
                    "Contradictory: peace and prosperity are the stated cornerstone, yet the"
                        + " issues that would advance them are left out."));

    b.relation(
            Relation.support("nafta-largest-free-trade-area", "nafta-failed-prosperity")
                .withNote("The expectations NAFTA raised are the yardstick it has missed."))
        .supports("salaries-fell-60-percent", "nafta-failed-prosperity")
        .supports("extreme-poverty-up-53-percent", "nafta-failed-prosperity")
        .relation(
            Relation.attack("nafta-unqualified-success", "nafta-failed-prosperity")
                .withNote("Proponents judge NAFTA by trade volume and call it a success."));

    b.relation(
            Relation.support("democracy-neglected", "peace-issues-off-agenda")
                .withNote("Democracy \"has slipped off the U.S. agenda\"."))
        .relation(
            Relation.support("human-rights-record-ignored", "peace-issues-off-agenda")
                .withNote("Washington fails to consider Mexico's human rights record."));

    b.relation(
            Relation.support("cocaine-two-thirds", "militarized-partnership-case")
                .withNote("The administration's reason for an aggressive strategy."))
        .relation(
            Relation.support("heroin-share", "militarized-partnership-case")
                .withNote("The administration's reason for an aggressive strategy."))
        .relation(
            Relation.support("methamphetamine-share", "militarized-partnership-case")
                .withNote("The administration's reason for an aggressive strategy."))
        .relation(
            Relation.attack("drug-flow-unchanged", "militarized-partnership-case")
                .withNote("The partnership has not delivered what it promised: fewer drugs."))
        .relation(
            Relation.attack("militarization-weakens-civilian", "militarized-partnership-case")
                .withNote(
                    "Bypassing the civilian institutions has weakened them further instead of"
                        + " working around them."))
        .relation(
            Relation.attack("military-corruption-exposure", "militarized-partnership-case")
                .withNote(
                    "The military was chosen to avoid corrupt institutions, yet the partnership"
                        + " has exposed it to corruption."));

    b.supports("certification-debate", "certification-irritant")
        .supports("certification-seen-unilateral", "certification-irritant")
        .relation(
            Relation.support("us-largest-consumer-unjudged", "certification-irritant")
                .withNote("The double standard that Mexico protests."));

    b.supports("asian-russian-crises", "capital-flight-vulnerability")
        .supports("capital-flight-1995-1998", "capital-flight-vulnerability")
        .supports("nafta-sped-capital-exit", "capital-flight-vulnerability")
        .relation(
            Relation.attack("nafta-cushioned-slump", "capital-flight-vulnerability")
                .withNote(
                    "If NAFTA cushioned the slumps, integration would be a shield, not a"
                        + " danger."));

    b.relation(
        Relation.attack("nafta-sped-capital-exit", "nafta-cushioned-slump")
            .withNote(
                "The rules that brought capital in also let it leave at once in a crisis, so"
                    + " NAFTA deepened the slumps rather than cushioning them."));
  }
}
