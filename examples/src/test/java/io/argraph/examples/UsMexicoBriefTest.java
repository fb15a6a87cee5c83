package io.argraph.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.model.Source;
import io.argraph.core.model.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UsMexicoBriefTest {
  private static final String SIGNATURE =
      "Written by Eric L. Olson, Washington Office on Latin America";
  private static final String BULLET = "  • ";

  private final SourceDocument doc = UsMexicoBrief.document();
  private final ArgumentGraph graph = UsMexicoBrief.graph();

  // ---- the document ----

  @Test
  void document_isTheBriefEndingWithItsSignature() {
    assertThat(doc.name()).isEqualTo("us-mexico-policy-brief.txt");
    assertThat(doc.text()).startsWith("Key Points\n\n" + BULLET).endsWith(SIGNATURE + "\n");
    assertThat(doc.text()).doesNotContain("Get more news").doesNotContain("Subscribe");
  }

  @Test
  void document_isLoadedOnce() {
    assertThat(UsMexicoBrief.document()).isSameAs(UsMexicoBrief.document());
  }

  @Test
  void resource_equalsTheSeedWithoutItsBoilerplateLines() throws IOException {
    Optional<Path> seed = findSeed();
    assumeTrue(seed.isPresent(), "the seed us-mexico-policy-brief.txt is not beside this checkout");
    String text = Files.readString(seed.get(), UTF_8);
    int end = text.indexOf(SIGNATURE) + SIGNATURE.length();
    assertThat(end).isGreaterThan(SIGNATURE.length());
    assertThat(text.substring(end).strip())
        .isEqualTo(
            "Get more news like this, directly in your inbox.\n\nSubscribe to our newsletter.");
    assertThat(doc.text()).isEqualTo(text.substring(0, end) + "\n");
  }

  @Test
  void load_missingResource_namesItAndTheFix() {
    assertThatThrownBy(() -> UsMexicoBrief.load("no-such-brief.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "resource no-such-brief.txt not found next to io.argraph.examples.UsMexicoBrief;"
                + " the examples jar is incomplete, rebuild it");
  }

  // ---- identity ----

  @Test
  void graph_hasItsIdTitleAndMetadata() {
    assertThat(graph.id()).contains("us-mexico-policy");
    assertThat(graph.title()).contains("U.S. policy toward Mexico");
    assertThat(graph.metadata())
        .containsExactly(
            Map.entry("author", "Eric L. Olson, Washington Office on Latin America"),
            Map.entry("source", "us-mexico-policy-brief.txt"),
            Map.entry("year", "1999"));
  }

  @Test
  void graph_isDeterministic() {
    ArgumentGraph again = UsMexicoBrief.graph();
    assertThat(again).isEqualTo(graph).hasSameHashCodeAs(graph);
    assertThat(again.nodes()).containsExactlyElementsOf(graph.nodes());
    assertThat(again.relations()).containsExactlyElementsOf(graph.relations());
  }

  @Test
  void graph_hasBetween45And80Nodes() {
    assertThat(graph.nodeCount()).isBetween(45, 80);
  }

  // ---- provenance ----

  @Test
  void everyNode_quotesTheBriefOnceAtItsOffsets() {
    for (Node n : graph.nodes()) {
      Source s = n.source().orElseThrow(() -> new AssertionError(n.id() + " has no source"));
      assertThat(s.document()).as(n.id()).isEqualTo(doc.name());
      assertThat(doc.text().substring(s.start(), s.end())).as(n.id()).isEqualTo(s.quote());
      assertThat(doc.text().indexOf(s.quote())).as(n.id()).isEqualTo(s.start());
      assertThat(doc.text().lastIndexOf(s.quote())).as(n.id()).isEqualTo(s.start());
      assertThat(s.quote()).as(n.id() + " stays within one paragraph").doesNotContain("\n");
    }
  }

  @Test
  void everyNode_hasTheSectionItsQuoteSitsUnder() {
    for (Node n : graph.nodes()) {
      int start = n.source().orElseThrow().start();
      assertThat(n.section()).as(n.id()).contains(sectionAt(doc.text(), start));
    }
  }

  @Test
  void nodes_followTheOrderOfTheBrief() {
    List<Integer> starts =
        graph.nodes().stream().map(n -> n.source().orElseThrow().start()).toList();
    assertThat(starts).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void nodes_useOnlyTheDocumentedTags() {
    Set<String> documented =
        Set.of(
            UsMexicoBrief.KEY_POINT,
            UsMexicoBrief.KEY_PROBLEM,
            UsMexicoBrief.KEY_RECOMMENDATION,
            UsMexicoBrief.STATISTIC,
            UsMexicoBrief.REPORT,
            UsMexicoBrief.COUNTER_CLAIM,
            UsMexicoBrief.REBUTTAL,
            UsMexicoBrief.CONCESSION,
            UsMexicoBrief.COMPONENT,
            UsMexicoBrief.MEASURE,
            UsMexicoBrief.CONCLUSION);
    for (Node n : graph.nodes()) {
      assertThat(documented).as(n.id()).containsAll(n.tags());
    }
  }

  // ---- completeness ----

  @Test
  void everyKeyBullet_isANodeOfTheRightKindQuotingIt() {
    Map<String, List<String>> bullets = keyBullets(doc.text());
    assertThat(bullets.keySet())
        .containsExactly("Key Points", "Key Problems", "Key Recommendations");
    Map<String, NodeKind> kindOf =
        Map.of("Key Problems", NodeKind.PROBLEM, "Key Recommendations", NodeKind.RECOMMENDATION);
    Map<String, String> tagOf =
        Map.of(
            "Key Points", "key-point",
            "Key Problems", "key-problem",
            "Key Recommendations", "key-recommendation");
    bullets.forEach(
        (list, texts) -> {
          assertThat(texts).as(list).hasSize(3);
          for (String text : texts) {
            Node n = nodeQuoting(text);
            assertThat(n.section()).as(n.id()).contains(list);
            assertThat(n.tags()).as(n.id()).contains(tagOf.get(list));
            if (kindOf.containsKey(list)) {
              assertThat(n.kind()).as(n.id()).isEqualTo(kindOf.get(list));
            } else {
              assertThat(n.kind()).as(n.id()).isNotEqualTo(NodeKind.RECOMMENDATION);
            }
          }
        });
    assertThat(graph.nodes().stream().filter(n -> n.tags().stream().anyMatch(tagOf::containsValue)))
        .hasSize(9);
  }

  static Stream<Arguments> requiredElements() {
    return Stream.of(
        // statistics and facts
        premise("border-2000-miles", "2000-mile common border"),
        premise("population-99-million", "99 million people"),
        premise("second-trading-partner", "second largest trading partner"),
        premise("cocaine-two-thirds", "two-thirds of all cocaine"),
        premise("heroin-share", "20-30% of the heroin"),
        premise("methamphetamine-share", "80% of all methamphetamine"),
        premise("helicopters-73", "73 helicopters"),
        premise("spending-fy1997", "approximately $83 million"),
        premise("spending-1998", "roughly $28 million"),
        premise("soldiers-trained-1998", "$13 million was spent to train just over 1,000"),
        premise("drug-flow-unchanged", "has not been reduced significantly"),
        premise("certification-debate", "rancorous debate"),
        premise("certification-debate", "Spectacular cases of corruption"),
        premise("certification-seen-unilateral", "unilateral, hypocritical"),
        premise("nafta-largest-free-trade-area", "now entering its sixth year"),
        premise("nafta-largest-free-trade-area", "world’s largest free trade area"),
        premise("asian-russian-crises", "Asian and Russian financial crises"),
        premise("capital-flight-1995-1998", "In 1995, and again in 1998"),
        premise("salaries-fell-60-percent", "fallen to 60% of their 1994 value"),
        premise("extreme-poverty-up-53-percent", "(INEGI), extreme poverty rose by 53%"),
        premise("interest-rates-recession", "skyrocketing interest rates"),
        premise("iachr-report-1998", "Inter-American Commission for Human Rights in October 1998"),
        premise("hrw-report-1999", "Human Rights Watch report released in January 1999"),
        premise("rubin-statements", "spokesman James Rubin"),
        premise("us-largest-consumer-unjudged", "largest consumer of illegal drugs"),
        premise("little-invested-democracy", "has not invested much"),
        premise("military-role-exceeds-defense", "far exceeding any external defense concerns"),
        premise("courses-similar", "very similar in content to counterinsurgency courses"),
        premise("soldiers-not-tracked", "does not track where the trained Mexican soldiers"),
        premise("mexico-concerns-in-us", "legitimate human rights concerns in the U.S."),
        // counter-claims, the concession and the rebuttals that are premises
        premise("militarized-partnership-case", "partnerships with the Mexican military"),
        premise("nafta-unqualified-success", "declared NAFTA an unqualified success"),
        premise("nafta-cushioned-slump", "NAFTA cushioned Mexico’s economic slump"),
        premise("nafta-sped-capital-exit", "guaranteed its rapid repatriation"),
        premise("uprisings-local-matters", "internal matters reflecting local conflicts"),
        premise("democratization-irreversible", "irreversibly on a path toward full democrat"),
        premise("only-poverty-land", "poverty or local land disputes, as some have argued"),
        premise("self-determination-stakes", "right to self-determination"),
        premise("woes-not-solely-nafta", "not solely the result of NAFTA"),
        premise("woes-not-solely-nafta", "Record low prices for oil"),
        // problems of the body
        problem("counternarcotics-failed", "failed to reduce the flow of drugs"),
        problem("nafta-failed-prosperity", "failed to produce the broad-based economic prosperity"),
        problem("policy-fragmented", "fragmented, often contradictory"),
        problem("peace-issues-off-agenda", "completely off the official agenda"),
        problem("certification-irritant", "major irritant"),
        problem("capital-flight-vulnerability", "increasingly volatile global economy"),
        problem("nafta-vulnerability-poverty", "vulnerability to international financial turmoil"),
        problem("bailout-conditions-hurt", "peso bailout package in 1995"),
        problem("militarization-weakens-civilian", "weakened civilian law enforcement"),
        problem("military-corruption-exposure", "greater exposure to corruption"),
        problem("military-rights-violations", "dramatic increase in human rights violations"),
        problem("counternarcotics-counterinsurgency-blurred", "have become increasingly blurred"),
        problem("human-rights-record-ignored", "failure to consider Mexico’s dismal human rights"),
        problem("chiapas-guerrero-misread", "armed uprisings"),
        problem("rural-poor-desperation", "growing desperation of a poor rural population"),
        problem("democracy-neglected", "shied away from Mexican democracy issues"),
        problem("overlooks-democratic-challenges", "overly optimistic"),
        problem("wider-democracy-failure", "wider failure of democracy throughout Mexico"),
        problem("military-role-undermines-democracy", "undermining Mexico’s democratic transition"),
        problem("weak-judicial-institutions", "accountable judicial institutions"),
        // the new policy, its four components and their measures
        recommendation("new-foreign-policy", "define a new foreign policy"),
        recommendation("symmetry-cooperation-respect", "Symmetry, cooperation, and mutual respect"),
        recommendation("replace-certification", "replaced with a new multilateral approach"),
        recommendation("support-counterdrug-alliance", "Multilateral Counterdrug Alliance"),
        recommendation("human-rights-on-agenda", "discussed at regular binational forums"),
        recommendation("poverty-cornerstone", "reducing poverty and combating inequality"),
        recommendation("reduce-poverty-inequality", "adjusting aspects of NAFTA"),
        recommendation("review-nafta", "objective review of NAFTA"),
        recommendation("grain-tariff-protection", "extended tariff protection"),
        recommendation("ifi-poverty-lending", "Targeted lending by the IFIs"),
        recommendation("flexible-loans-capital-controls", "fewer conditions on future loans"),
        recommendation("flexible-loans-capital-controls", "restrictions on the flow of capital"),
        recommendation("change-counternarcotics", "must be fundamentally changed"),
        recommendation("end-militarized-counternarcotics", "end its militarized approach"),
        recommendation("end-militarized-counternarcotics", "training Mexican soldiers"),
        recommendation("reduce-demand-at-home", "lower demand at home"),
        recommendation("strengthen-rule-of-law", "strengthening the rule of law"),
        recommendation("build-democratic-institutions", "shift its support away from militarized"),
        recommendation("change-course-now", "urgent need of change"));
  }

  @ParameterizedTest(name = "{0} is a {1} quoting \"{2}\"")
  @MethodSource("requiredElements")
  void requiredElement_isPresentWithItsKind(String id, NodeKind kind, String phrase) {
    Node n = graph.node(id).orElseThrow(() -> new AssertionError("missing node " + id));
    assertThat(n.kind()).isEqualTo(kind);
    assertThat(n.source().orElseThrow().quote()).contains(phrase);
  }

  static Stream<Arguments> componentsAndMeasures() {
    return Stream.of(
        Arguments.of("symmetry-cooperation-respect", "replace-certification"),
        Arguments.of("symmetry-cooperation-respect", "support-counterdrug-alliance"),
        Arguments.of("symmetry-cooperation-respect", "human-rights-on-agenda"),
        Arguments.of("poverty-cornerstone", "reduce-poverty-inequality"),
        Arguments.of("poverty-cornerstone", "review-nafta"),
        Arguments.of("poverty-cornerstone", "grain-tariff-protection"),
        Arguments.of("poverty-cornerstone", "ifi-poverty-lending"),
        Arguments.of("poverty-cornerstone", "flexible-loans-capital-controls"),
        Arguments.of("change-counternarcotics", "end-militarized-counternarcotics"),
        Arguments.of("change-counternarcotics", "reduce-demand-at-home"),
        Arguments.of("strengthen-rule-of-law", "build-democratic-institutions"));
  }

  @ParameterizedTest(name = "{0} leads to {1}")
  @MethodSource("componentsAndMeasures")
  void measure_isReachedFromItsComponentAlongSupports(String component, String measure) {
    assertThat(graph.node(component).orElseThrow().tags()).contains("component");
    assertThat(graph.node(measure).orElseThrow().tags()).contains("measure");
    assertThat(reachable(component, id -> graph.supported(id))).contains(measure);
  }

  @Test
  void newPolicy_supportsExactlyTheFourComponents() {
    assertThat(graph.supported("new-foreign-policy").stream().map(Node::id))
        .containsExactly(
            "symmetry-cooperation-respect",
            "poverty-cornerstone",
            "change-counternarcotics",
            "strengthen-rule-of-law");
    assertThat(graph.nodes().stream().filter(n -> n.tags().contains("component")).map(Node::id))
        .containsExactly(
            "symmetry-cooperation-respect",
            "poverty-cornerstone",
            "change-counternarcotics",
            "strengthen-rule-of-law");
  }

  static Stream<Arguments> counterClaimsAndRebuttals() {
    return Stream.of(
        Arguments.of("militarized-partnership-case", "drug-flow-unchanged"),
        Arguments.of("militarized-partnership-case", "militarization-weakens-civilian"),
        Arguments.of("militarized-partnership-case", "military-corruption-exposure"),
        Arguments.of("nafta-unqualified-success", "salaries-fell-60-percent"),
        Arguments.of("nafta-unqualified-success", "extreme-poverty-up-53-percent"),
        Arguments.of("nafta-cushioned-slump", "nafta-sped-capital-exit"),
        Arguments.of("uprisings-local-matters", "rural-poor-desperation"),
        Arguments.of("uprisings-local-matters", "wider-democracy-failure"),
        Arguments.of("democratization-irreversible", "overlooks-democratic-challenges"),
        Arguments.of("only-poverty-land", "self-determination-stakes"));
  }

  @ParameterizedTest(name = "{1} attacks {0}")
  @MethodSource("counterClaimsAndRebuttals")
  void counterClaim_isAttackedByTheBriefsRebuttal(String counterClaim, String rebuttal) {
    assertThat(graph.attackers(counterClaim).stream().map(Node::id)).contains(rebuttal);
  }

  @Test
  void everyCounterClaim_isAPremiseWithAnActorThatAttacksTheBrief() {
    List<Node> counterClaims =
        graph.nodes().stream().filter(n -> n.tags().contains("counter-claim")).toList();
    assertThat(counterClaims).hasSize(6);
    for (Node n : counterClaims) {
      assertThat(n.kind()).as(n.id()).isEqualTo(NodeKind.PREMISE);
      assertThat(n.attributes()).as(n.id()).containsKey("actor");
      assertThat(graph.attacked(n.id())).as(n.id()).isNotEmpty();
      assertThat(graph.attackers(n.id())).as(n.id()).isNotEmpty();
    }
  }

  // ---- what the standard checks look for ----

  @Test
  void everyRecommendation_hasASupportChainFromAPremise() {
    for (Node r : graph.nodes(NodeKind.RECOMMENDATION)) {
      assertThat(graph.supporters(r.id())).as(r.id()).isNotEmpty();
      Set<String> upstream = reachable(r.id(), id -> graph.supporters(id));
      assertThat(upstream.stream().map(id -> graph.node(id).orElseThrow().kind()))
          .as(r.id())
          .contains(NodeKind.PREMISE);
    }
  }

  @Test
  void supports_formNoCycle() {
    Graph<String, DefaultEdge> supports = new DefaultDirectedGraph<>(DefaultEdge.class);
    graph.nodes().forEach(n -> supports.addVertex(n.id()));
    graph.relations(RelationType.SUPPORT).forEach(r -> supports.addEdge(r.from(), r.to()));
    assertThat(new CycleDetector<>(supports).findCycles()).isEmpty();
  }

  @Test
  void noNode_bothSupportsAndAttacksTheSameNode() {
    Set<List<String>> supports = pairs(RelationType.SUPPORT);
    Set<List<String>> attacks = pairs(RelationType.ATTACK);
    supports.retainAll(attacks);
    assertThat(supports).isEmpty();
  }

  @Test
  void everyProblem_isSupportedAndLeadsToARecommendation() {
    for (Node p : graph.nodes(NodeKind.PROBLEM)) {
      assertThat(graph.supporters(p.id())).as(p.id()).isNotEmpty();
      assertThat(kinds(reachable(p.id(), id -> graph.supported(id))))
          .as(p.id())
          .contains(NodeKind.RECOMMENDATION);
    }
  }

  @Test
  void everyRecommendation_isReachedFromAProblem() {
    for (Node r : graph.nodes(NodeKind.RECOMMENDATION)) {
      assertThat(kinds(reachable(r.id(), id -> graph.supporters(id))))
          .as(r.id())
          .contains(NodeKind.PROBLEM);
    }
  }

  @Test
  void noSupport_runsBackwards() {
    for (Relation r : graph.relations(RelationType.SUPPORT)) {
      NodeKind from = graph.node(r.from()).orElseThrow().kind();
      NodeKind to = graph.node(r.to()).orElseThrow().kind();
      boolean inverted =
          (from == NodeKind.RECOMMENDATION && to != NodeKind.RECOMMENDATION)
              || (from == NodeKind.PROBLEM && to == NodeKind.PREMISE);
      assertThat(inverted).as(r.toString()).isFalse();
    }
  }

  @Test
  void everyPremise_supportsOrAttacksSomething() {
    for (Node p : graph.nodes(NodeKind.PREMISE)) {
      assertThat(graph.supported(p.id()).size() + graph.attacked(p.id()).size())
          .as(p.id())
          .isPositive();
    }
  }

  @Test
  void noTwoNodes_shareAText() {
    List<String> texts =
        graph.nodes().stream()
            .map(n -> n.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
            .toList();
    assertThat(texts).doesNotHaveDuplicates();
  }

  @Test
  void evidentialGroundedLabelling_acceptsTheBriefAndRejectsTheCounterClaims() {
    Map<String, Label> labels = evidentialGrounded(graph);
    for (Node n : graph.nodes()) {
      Label expected = n.tags().contains("counter-claim") ? Label.OUT : Label.IN;
      assertThat(labels.get(n.id())).as(n.id()).isEqualTo(expected);
    }
  }

  // ---- helpers ----

  private static Arguments premise(String id, String phrase) {
    return Arguments.of(id, NodeKind.PREMISE, phrase);
  }

  private static Arguments problem(String id, String phrase) {
    return Arguments.of(id, NodeKind.PROBLEM, phrase);
  }

  private static Arguments recommendation(String id, String phrase) {
    return Arguments.of(id, NodeKind.RECOMMENDATION, phrase);
  }

  private Node nodeQuoting(String text) {
    return graph.nodes().stream()
        .filter(n -> n.source().map(s -> s.quote().equals(text)).orElse(false))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node quotes the bullet: " + text));
  }

  /** The heading a position of the brief sits under, worked out from the text's layout. */
  private static String sectionAt(String text, int offset) {
    int problems = headingLine(text, "Problems with Current U.S. Policy");
    int policy = headingLine(text, "Toward a New Foreign Policy");
    boolean bullet = text.startsWith(BULLET, text.lastIndexOf('\n', offset - 1) + 1);
    if (offset < problems) {
      return bullet ? "Key Points" : "Overview";
    }
    if (offset < policy) {
      return bullet ? "Key Problems" : "Problems with Current U.S. Policy";
    }
    return bullet ? "Key Recommendations" : "Toward a New Foreign Policy";
  }

  private static int headingLine(String text, String heading) {
    int at = text.indexOf("\n" + heading + "\n");
    assertThat(at).as(heading).isPositive();
    return at + 1;
  }

  /** The bullets of each "Key …" list, by the list's heading, in the brief's order. */
  private static Map<String, List<String>> keyBullets(String text) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String heading = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("Key ")) {
        heading = line;
        out.put(heading, new ArrayList<>());
      } else if (line.startsWith(BULLET)) {
        assertThat(heading).as("bullet before any Key heading: " + line).isNotNull();
        out.get(heading).add(line.substring(BULLET.length()));
      }
    }
    return out;
  }

  private static Set<String> reachable(String start, Function<String, List<Node>> step) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      for (Node next : step.apply(todo.pop())) {
        if (seen.add(next.id())) {
          todo.push(next.id());
        }
      }
    }
    return seen;
  }

  private List<NodeKind> kinds(Set<String> ids) {
    return ids.stream().map(id -> graph.node(id).orElseThrow().kind()).toList();
  }

  private Set<List<String>> pairs(RelationType type) {
    Set<List<String>> out = new HashSet<>();
    graph.relations(type).forEach(r -> out.add(List.of(r.from(), r.to())));
    return out;
  }

  private enum Label {
    IN,
    OUT,
    UNDEC
  }

  /**
   * The least fixpoint of DESIGN.md's EVIDENTIAL reading: IN when (premise, or some supporter IN)
   * and every attacker OUT; OUT when some attacker IN, or not a premise and every supporter OUT.
   */
  private static Map<String, Label> evidentialGrounded(ArgumentGraph g) {
    Map<String, Label> label = new HashMap<>();
    g.nodes().forEach(n -> label.put(n.id(), Label.UNDEC));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Node n : g.nodes()) {
        if (label.get(n.id()) != Label.UNDEC) {
          continue;
        }
        List<Node> supporters = g.supporters(n.id());
        List<Node> attackers = g.attackers(n.id());
        boolean premise = n.kind() == NodeKind.PREMISE;
        boolean attackersOut = attackers.stream().allMatch(a -> label.get(a.id()) == Label.OUT);
        boolean someAttackerIn = attackers.stream().anyMatch(a -> label.get(a.id()) == Label.IN);
        boolean someSupporterIn = supporters.stream().anyMatch(s -> label.get(s.id()) == Label.IN);
        boolean supportersOut = supporters.stream().allMatch(s -> label.get(s.id()) == Label.OUT);
        if ((premise || someSupporterIn) && attackersOut) {
          label.put(n.id(), Label.IN);
          changed = true;
        } else if (someAttackerIn || (!premise && supportersOut)) {
          label.put(n.id(), Label.OUT);
          changed = true;
        }
      }
    }
    return label;
  }

  /** Finds the seed file of the brief in a parent folder's shared/seeds or seeds, if present. */
  private static Optional<Path> findSeed() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      for (String candidate :
          List.of("shared/seeds/us-mexico-policy-brief.txt", "seeds/us-mexico-policy-brief.txt")) {
        Path p = dir.resolve(candidate);
        if (Files.isRegularFile(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }
}
