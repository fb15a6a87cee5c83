package io.argraph.examples;

import static io.argraph.examples.UsMexicoBrief.ACTOR;
import static io.argraph.examples.UsMexicoBrief.CONCESSION;
import static io.argraph.examples.UsMexicoBrief.COUNTER_CLAIM;
import static io.argraph.examples.UsMexicoBrief.KEY_PROBLEM;
import static io.argraph.examples.UsMexicoBrief.KEY_PROBLEMS;
import static io.argraph.examples.UsMexicoBrief.PROBLEMS;
import static io.argraph.examples.UsMexicoBrief.REBUTTAL;
import static io.argraph.examples.UsMexicoBrief.REPORT;
import static io.argraph.examples.UsMexicoBrief.STATISTIC;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import io.argraph.core.model.SourceDocument;

/**
 * The section "Problems with Current U.S. Policy": its three key problems and the economic,
 * counternarcotics, human rights and democracy problems argued after them.
 */
final class BriefProblems {
  private BriefProblems() {}

  /** Adds the nodes quoted from the problems section, in the brief's order. */
  static void addNodes(ArgumentGraph.Builder b, SourceDocument doc) {
    keyProblems(b, doc);
    economy(b, doc);
    counternarcotics(b, doc);
    humanRights(b, doc);
    democracy(b, doc);
  }

  private static void keyProblems(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.problem(
                "undermines-peace-prosperity",
                "U.S. policy undermines peace and prosperity in Mexico by pursuing failed"
                    + " counternarcotics and economic integration strategies.")
            .source(
                doc.quote(
                    "U.S. policy undermines peace and prosperity in Mexico by pursuing failed"
                        + " counternarcotics and economic integration strategies."))
            .section(KEY_PROBLEMS)
            .tag(KEY_PROBLEM)
            .build());
    b.node(
        Node.problem(
                "ignores-human-rights",
                "U.S. policy ignores Mexico's dismal human rights situation and fails to see that"
                    + " the injustices behind southern Mexico's armed conflicts are felt throughout"
                    + " the nation.")
            .source(
                doc.quote(
                    "U.S. policy ignores Mexico’s dismal human rights situation, and it fails to"
                        + " recognize that the injustices at the root of southern Mexico’s armed"
                        + " conflicts are felt throughout that nation."))
            .section(KEY_PROBLEMS)
            .tag(KEY_PROBLEM)
            .build());
    b.node(
        Node.problem(
                "weakened-democracy",
                "U.S. policy has never seriously encouraged Mexico's struggle for democracy and has"
                    + " instead weakened its fragile democratic transition.")
            .source(
                doc.quote(
                    "U.S. policy has never seriously encouraged Mexico’s struggle for democracy but"
                        + " has instead weakened its fragile democratic transition."))
            .section(KEY_PROBLEMS)
            .tag(KEY_PROBLEM)
            .build());
  }

  private static void economy(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.premise(
                "nafta-unqualified-success",
                "NAFTA is an unqualified success, because bilateral trade keeps increasing.")
            .source(
                doc.quote(
                    "the proponents of economic integration have declared NAFTA an unqualified"
                        + " success due to increasing bilateral trade"))
            .section(PROBLEMS)
            .tag(COUNTER_CLAIM)
            .attribute(ACTOR, "proponents of economic integration")
            .build());
    b.node(
        Node.premise(
                "salaries-fell-60-percent",
                "By the end of 1997, average salaries of all Mexican workers had fallen to 60% of"
                    + " their 1994 value.")
            .source(
                doc.quote(
                    "By the end of 1997, average salaries for all Mexican workers had fallen to 60%"
                        + " of their 1994 value."))
            .section(PROBLEMS)
            .tag(STATISTIC, REBUTTAL)
            .build());
    b.node(
        Node.premise(
                "extreme-poverty-up-53-percent",
                "According to Mexico's statistics institute (INEGI), extreme poverty rose by 53%"
                    + " from 1994 while income became increasingly concentrated.")
            .source(
                doc.quote(
                    "according to a study by Mexico’s National Institute of Statistics, Geography,"
                        + " and Information (INEGI), extreme poverty rose by 53% from 1994 while"
                        + " income became increasingly concentrated"))
            .section(PROBLEMS)
            .tag(STATISTIC, REBUTTAL)
            .build());
    b.node(
        Node.premise(
                "woes-not-solely-nafta",
                "Mexico's economic woes are not solely the result of NAFTA: record-low prices for"
                    + " oil, a key Mexican export, also played a role.")
            .source(
                doc.quote(
                    "Mexico’s economic woes are not solely the result of NAFTA. Record low prices"
                        + " for oil, a key Mexican export"))
            .section(PROBLEMS)
            .tag(CONCESSION)
            .build());
    b.node(
        Node.problem(
                "bailout-conditions-hurt",
                "The structural adjustment policies attached to the U.S.-conceived 1995 peso"
                    + " bailout also hurt Mexico's economy.")
            .source(
                doc.quote(
                    "structural adjustment policies adopted as part of the U.S.-conceived peso"
                        + " bailout package in 1995 have also played a role"))
            .section(PROBLEMS)
            .build());
    b.node(
        Node.premise(
                "interest-rates-recession",
                "The U.S. made a liberalized monetary policy a condition for aid; interest rates"
                    + " skyrocketed, plunging Mexico into deep recession and crippling its banking"
                    + " system.")
            .source(
                doc.quote(
                    "U.S. requirements that Mexico follow a liberalized monetary policy as a"
                        + " condition for aid resulted in skyrocketing interest rates. High"
                        + " interest rates, in turn, plunged the Mexican economy into deep"
                        + " recession and crippled the banking system."))
            .section(PROBLEMS)
            .build());
  }

  private static void counternarcotics(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.premise(
                "us-largest-consumer-unjudged",
                "U.S. policy judges Mexico's counternarcotics efforts but not those of the largest"
                    + " consumer of illegal drugs, the United States, and Mexico has consistently"
                    + " protested it.")
            .source(
                doc.quote(
                    "Mexico has consistently protested a policy that judges them for their"
                        + " counternarcotics efforts but does not judge the efforts of the largest"
                        + " consumer of illegal drugs—namely, the United States."))
            .section(PROBLEMS)
            .build());
    b.node(
        Node.problem(
                "militarization-weakens-civilian",
                "U.S. promotion of a larger role for the Mexican military in antidrug and public"
                    + " security operations has further weakened civilian law enforcement"
                    + " institutions.")
            .source(
                doc.quote(
                    "U.S. promotion of an expanded role for the Mexican military in antidrug and"
                        + " public security operations has further weakened civilian law"
                        + " enforcement institutions"))
            .section(PROBLEMS)
            .tag(REBUTTAL)
            .build());
    b.node(
        Node.problem(
                "military-corruption-exposure",
                "The military's larger antidrug role has exposed it more to corruption.")
            .source(doc.quote("has contributed to the military’s greater exposure to corruption"))
            .section(PROBLEMS)
            .tag(REBUTTAL)
            .build());
    b.node(
        Node.problem(
                "military-rights-violations",
                "The military's larger antidrug role has sparked a dramatic increase in human rights"
                    + " violations committed by the military.")
            .source(
                doc.quote(
                    "has sparked a dramatic increase in human rights violations committed by the"
                        + " military"))
            .section(PROBLEMS)
            .build());
    b.node(
        Node.problem(
                "counternarcotics-counterinsurgency-blurred",
                "The lines between counternarcotics and counterinsurgency operations have blurred"
                    + " in several parts of Mexico, because antidrug operations often take place"
                    + " where the military is confronting armed insurgents.")
            .source(
                doc.quote(
                    "the lines between counternarcotics and counterinsurgency operations have"
                        + " become increasingly blurred in several parts of Mexico, because"
                        + " counternarcotics operations often occur in the same place where"
                        + " military forces are confronting armed insurgents"))
            .section(PROBLEMS)
            .build());
  }

  private static void humanRights(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.problem(
                "human-rights-record-ignored",
                "Washington fails to consider Mexico's dismal human rights record, which makes its"
                    + " counternarcotics strategies more dangerous.")
            .source(
                doc.quote(
                    "The dangers of U.S. counternarcotics strategies are exacerbated by"
                        + " Washington’s failure to consider Mexico’s dismal human rights"
                        + " record."))
            .section(PROBLEMS)
            .build());
    b.node(
        Node.premise(
                "iachr-report-1998",
                "The Inter-American Commission for Human Rights reported in October 1998 that"
                    + " counternarcotics efforts in Mexico are often the context for human rights"
                    + " violations, with numerous complaints of enforced disappearances and"
                    + " extrajudicial killings in the fight against guerrillas, drug trafficking and"
                    + " common crime.")
            .source(
                doc.quote(
                    "According to a report issued by the Inter-American Commission for Human"
                        + " Rights in October 1998, counternarcotics efforts in Mexico are often"
                        + " the context for human rights violations. The commission has received"
                        + " numerous complaints of “enforced disappearances and extrajudicial"
                        + " killings, which have taken place in the context of the fight against"
                        + " guerilla groups, drug trafficking, and common crime.”"))
            .section(PROBLEMS)
            .tag(REPORT)
            .build());
    b.node(
        Node.premise(
                "hrw-report-1999",
                "Human Rights Watch reported in January 1999 that prosecutors routinely use"
                    + " information that police and military obtained illegally, such as by"
                    + " torture, and that judges turn a blind eye to the practice.")
            .source(
                doc.quote(
                    "A Human Rights Watch report released in January 1999 found that prosecutors"
                        + " routinely use information gathered by the police and military through"
                        + " illegal means, such as torture, and that judges turn a blind eye to the"
                        + " practice."))
            .section(PROBLEMS)
            .tag(REPORT)
            .build());
    b.node(
        Node.premise(
                "rubin-statements",
                "Recent statements by State Department spokesman James Rubin on persistent human"
                    + " rights violations in Mexico show how urgently human rights need to be"
                    + " integrated into U.S. relations with Mexico.")
            .source(
                doc.quote(
                    "Recent statements by U.S. State Department spokesman James Rubin concerning"
                        + " persistent human rights violations in Mexico are encouraging and"
                        + " indicate just how urgently human rights need to be integrated into"
                        + " U.S. relations with Mexico."))
            .section(PROBLEMS)
            .tag(REPORT)
            .build());
    b.node(
        Node.problem(
                "chiapas-guerrero-misread",
                "U.S. policy fails to grasp the significance of the armed uprisings in Chiapas and"
                    + " Guerrero, Mexico's most impoverished southern states.")
            .source(
                doc.quote(
                    "Particularly troubling is the failure of U.S. policy to grasp the"
                        + " significance of the armed uprisings in Mexico’s most impoverished"
                        + " southern states of Chiapas and Guerrero."))
            .section(PROBLEMS)
            .build());
    b.node(
        Node.premise(
                "uprisings-local-matters",
                "The uprisings in Chiapas and Guerrero are internal matters reflecting local"
                    + " conflicts, with no national implications.")
            .source(
                doc.quote(
                    "accepting the Mexican government’s explanation that they are internal matters"
                        + " reflecting local conflicts and containing no national implications"))
            .section(PROBLEMS)
            .tag(COUNTER_CLAIM)
            .attribute(ACTOR, "Mexican government, accepted by Washington")
            .build());
    b.node(
        Node.problem(
                "rural-poor-desperation",
                "Far from being isolated conflicts, the uprisings reflect the growing desperation"
                    + " of a poor rural population that has not reaped the promised benefits of"
                    + " modernization and integration and is tired of decades of human rights"
                    + " violations and undemocratic practices.")
            .source(
                doc.quote(
                    "Rather than isolated conflicts, these uprisings reflect the growing"
                        + " desperation of a poor rural population that has failed to reap the"
                        + " benefits promised by economic modernization and integration. These"
                        + " folks are tired of the human rights violations and undemocratic"
                        + " practices that they have endured for decades."))
            .section(PROBLEMS)
            .tag(REBUTTAL)
            .build());
  }

  private static void democracy(ArgumentGraph.Builder b, SourceDocument doc) {
    b.node(
        Node.problem(
                "democracy-neglected",
                "The U.S. has shied away from Mexican democracy issues, although it has long held"
                    + " that promoting democratic societies is the key to global stability.")
            .source(
                doc.quote(
                    "The U.S. has shied away from Mexican democracy issues, even though it has long"
                        + " maintained that promotion of democratic societies is the key to global"
                        + " stability."))
            .section(PROBLEMS)
            .build());
    b.node(
        Node.premise(
                "democratization-irreversible",
                "Mexico is irreversibly on a path toward full democratization.")
            .source(
                doc.quote(
                    "The U.S. has largely accepted as fact that Mexico is irreversibly on a path"
                        + " toward full democratization."))
            .section(PROBLEMS)
            .tag(COUNTER_CLAIM)
            .attribute(ACTOR, "U.S. government")
            .build());
    b.node(
        Node.premise(
                "little-invested-democracy",
                "Washington has not invested much in promoting electoral or institutional"
                    + " democratization in Mexico.")
            .source(
                doc.quote(
                    "Thus Washington has not invested much in promoting electoral or institutional"
                        + " democratization in Mexico."))
            .section(PROBLEMS)
            .build());
    b.node(
        Node.problem(
                "overlooks-democratic-challenges",
                "U.S. policy overlooks the challenges that remain in Mexico's democratic transition"
                    + " and is overly optimistic about the outcome of its struggle for democracy.")
            .source(
                doc.quote(
                    "U.S. policy has been quick to overlook the challenges that remain in Mexico’s"
                        + " democratic transition and is overly optimistic about the outcome of"
                        + " Mexico’s struggle for democracy."))
            .section(PROBLEMS)
            .tag(REBUTTAL)
            .build());
    b.node(
        Node.problem(
                "wider-democracy-failure",
                "Washington treats political instability such as the conflicts in Chiapas and"
                    + " Guerrero as local disputes, when they are symptoms of a wider failure of"
                    + " democracy throughout Mexico.")
            .source(
                doc.quote(
                    "First, it tends to view political instability, such as the conflicts in"
                        + " Chiapas and Guerrero, as local matters reflecting local disputes rather"
                        + " than as symptoms of a wider failure of democracy throughout Mexico."))
            .section(PROBLEMS)
            .tag(REBUTTAL)
            .build());
    b.node(
        Node.premise(
                "only-poverty-land",
                "The conflicts in Chiapas and Guerrero are only about poverty or local land"
                    + " disputes.")
            .source(
                doc.quote(
                    "These conflicts are not just about poverty or local land disputes, as some"
                        + " have argued"))
            .section(PROBLEMS)
            .tag(COUNTER_CLAIM)
            .attribute(ACTOR, "some observers")
            .build());
    b.node(
        Node.premise(
                "self-determination-stakes",
                "The conflicts are also about the right to self-determination, electoral freedom,"
                    + " and a voice in basic decisions about governance.")
            .source(
                doc.quote(
                    "but are also about the right to self-determination, electoral freedom, and"
                        + " gaining a voice in basic decisions about governance"))
            .section(PROBLEMS)
            .tag(REBUTTAL)
            .build());
    b.node(
        Node.problem(
                "military-role-undermines-democracy",
                "U.S. policy has helped undermine Mexico's democratic transition by backing a"
                    + " greater military role in civilian affairs and by failing to support strong,"
                    + " transparent and publicly accountable civilian institutions.")
            .source(
                doc.quote(
                    "Second, U.S. policy has contributed to undermining Mexico’s democratic"
                        + " transition by supporting a greater role for the Mexican military in"
                        + " civilian affairs and by failing to support the creation of strong"
                        + " civilian institutions that are transparent and publicly"
                        + " accountable."))
            .section(PROBLEMS)
            .build());
  }

  /** Adds the relations that end at a node of the problems section. */
  static void addRelations(ArgumentGraph.Builder b) {
    b.supports("counternarcotics-failed", "undermines-peace-prosperity")
        .relation(
            Relation.support("nafta-vulnerability-poverty", "undermines-peace-prosperity")
                .withNote("The failed economic integration strategy."));

    b.supports("human-rights-record-ignored", "ignores-human-rights")
        .relation(
            Relation.support("chiapas-guerrero-misread", "ignores-human-rights")
                .withNote("The injustices at the root of the southern conflicts."));

    b.supports("democracy-neglected", "weakened-democracy")
        .supports("overlooks-democratic-challenges", "weakened-democracy")
        .supports("military-role-undermines-democracy", "weakened-democracy");

    b.relation(
            Relation.attack("salaries-fell-60-percent", "nafta-unqualified-success")
                .withNote("Salary statistics \"suggest another view\" than trade figures."))
        .relation(
            Relation.attack("extreme-poverty-up-53-percent", "nafta-unqualified-success")
                .withNote("Poverty statistics \"suggest another view\" than trade figures."));

    b.relation(
            Relation.support("woes-not-solely-nafta", "bailout-conditions-hurt")
                .withNote(
                    "The brief grants that NAFTA is not the only cause; among the other causes it"
                        + " names, the bailout's conditions are again U.S. policy."))
        .supports("interest-rates-recession", "bailout-conditions-hurt");

    b.relation(
            Relation.support("soldiers-trained-1998", "militarization-weakens-civilian")
                .withNote("The scale of the U.S.-backed military role."))
        .supports("military-role-exceeds-defense", "militarization-weakens-civilian");

    b.relation(
        Relation.support("certification-debate", "military-corruption-exposure")
            .withNote("Spectacular corruption cases among Mexican military authorities."));

    b.supports("iachr-report-1998", "military-rights-violations");

    b.relation(
            Relation.support("iachr-report-1998", "counternarcotics-counterinsurgency-blurred")
                .withNote(
                    "The abuses arise in the fight against guerrilla groups and drug trafficking"
                        + " alike."))
        .supports("courses-similar", "counternarcotics-counterinsurgency-blurred")
        .relation(
            Relation.support("soldiers-not-tracked", "counternarcotics-counterinsurgency-blurred")
                .withNote(
                    "No one can know whether the training serves counternarcotics or"
                        + " counterinsurgency in Chiapas."));

    b.supports("iachr-report-1998", "human-rights-record-ignored")
        .supports("hrw-report-1999", "human-rights-record-ignored");

    b.supports("rural-poor-desperation", "chiapas-guerrero-misread")
        .relation(
            Relation.attack("uprisings-local-matters", "chiapas-guerrero-misread")
                .withNote("If the revolts were purely local, ignoring them would be no failure."));

    b.relation(
            Relation.attack("rural-poor-desperation", "uprisings-local-matters")
                .withNote("\"Rather than isolated conflicts\"."))
        .relation(
            Relation.attack("wider-democracy-failure", "uprisings-local-matters")
                .withNote("The conflicts are symptoms of a nationwide failure of democracy."));

    b.relation(
        Relation.support("nafta-failed-prosperity", "rural-poor-desperation")
            .withNote(
                "The rural poor have not reaped the benefits promised by modernization and"
                    + " integration."));

    b.supports("little-invested-democracy", "democracy-neglected");

    b.relation(
        Relation.attack("overlooks-democratic-challenges", "democratization-irreversible")
            .withNote(
                "The transition is fragile and its challenges remain; optimism about its outcome"
                    + " is unfounded."));

    b.relation(
        Relation.support("wider-democracy-failure", "overlooks-democratic-challenges")
            .withNote("The first of the two mistakes that come from overlooking the challenges."));

    b.supports("self-determination-stakes", "wider-democracy-failure")
        .relation(
            Relation.attack("only-poverty-land", "wider-democracy-failure")
                .withNote(
                    "If the conflicts were only about poverty or land, they would say"
                        + " nothing about democracy."));

    b.relation(
        Relation.attack("self-determination-stakes", "only-poverty-land")
            .withNote("\"Not just about poverty or local land disputes\"."));

    b.relation(
        Relation.support("militarization-weakens-civilian", "military-role-undermines-democracy")
            .withNote("The weakening of civilian institutions is the second mistake's core."));
  }
}
