package io.argraph.core.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.testing.RandomGraphs;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArgumentationFrameworkTest {

  /**
   * Supports a → b → c → w; attacks x → b and c → y. Every reading derives a different set of
   * attacks from it; the expected ones below are computed by hand from the definitions.
   */
  private static ArgumentGraph chainGraph() {
    return ArgumentGraph.builder()
        .premise("a", "A")
        .premise("b", "B")
        .problem("c", "C")
        .recommendation("w", "W")
        .premise("x", "X")
        .recommendation("y", "Y")
        .supports("a", "b")
        .supports("b", "c")
        .supports("c", "w")
        .attacks("x", "b")
        .attacks("c", "y")
        .build();
  }

  private static List<String> described(ArgumentationFramework af) {
    return af.attacks().stream().map(Attack::describe).toList();
  }

  @Test
  void builder_keepsArgumentsInOrderAndAttacksOnce() {
    ArgumentationFramework af =
        ArgumentationFramework.builder()
            .argument("b")
            .argument("a")
            .attack("a", "b")
            .attack("a", "b")
            .attack("b", "b")
            .build();

    assertThat(af.arguments()).containsExactly("b", "a");
    assertThat(af.argumentCount()).isEqualTo(2);
    assertThat(af.attackCount()).isEqualTo(2);
    assertThat(af.indexOf("a")).isEqualTo(1);
    assertThat(af.indexOf("zz")).isEqualTo(-1);
    assertThat(af.contains("b")).isTrue();
    assertThat(af.name(0)).isEqualTo("b");
    assertThat(af.attackers("b")).containsExactly("a", "b");
    assertThat(af.attacked("a")).containsExactly("b");
    assertThat(af.attacked("b")).containsExactly("b");
    assertThat(af.attacks())
        .containsExactly(
            new Attack("a", "b", AttackKind.DIRECT, List.of()),
            new Attack("b", "b", AttackKind.DIRECT, List.of()));
    assertThat(af.reading()).isEqualTo(SupportReading.NONE);
    assertThat(af.graph()).isEmpty();
    assertThat(af).hasToString("ArgumentationFramework{arguments=2, attacks=2, reading=none}");
  }

  @Test
  void builder_rejectsDuplicateArgument() {
    ArgumentationFramework.Builder b = ArgumentationFramework.builder().argument("a");
    assertThatThrownBy(() -> b.argument("a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate argument \"a\": each argument needs its own name");
  }

  @Test
  void builder_rejectsBlankName() {
    assertThatThrownBy(() -> ArgumentationFramework.builder().argument(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("argument name is blank; name each argument");
  }

  @Test
  void builder_rejectsAttackOnUnknownArgument() {
    ArgumentationFramework.Builder b = ArgumentationFramework.builder().argument("a");
    assertThatThrownBy(() -> b.attack("a", "q"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attack a -> q: unknown argument \"q\"; add it first");
    assertThatThrownBy(() -> b.attack("p", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attack p -> a: unknown argument \"p\"; add it first");
    assertThat(b.containsArgument("a")).isTrue();
    assertThat(b.containsArgument("q")).isFalse();
  }

  @Test
  void queries_rejectUnknownArgument() {
    ArgumentationFramework af = ArgumentationFramework.builder().argument("a").build();
    assertThatThrownBy(() -> af.attackers("q"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown argument \"q\"; the framework has no such argument");
  }

  @Test
  void attack_findsThePairOrNothing() {
    ArgumentationFramework af =
        ArgumentationFramework.builder().argument("a").argument("b").attack("a", "b").build();
    assertThat(af.attack("a", "b")).contains(new Attack("a", "b", AttackKind.DIRECT, List.of()));
    assertThat(af.attack("b", "a")).isEmpty();
  }

  @Test
  void equality_isByNamesAndAttackSet() {
    ArgumentationFramework ab =
        ArgumentationFramework.builder()
            .argument("a")
            .argument("b")
            .attack("a", "b")
            .attack("b", "a")
            .build();
    ArgumentationFramework ba =
        ArgumentationFramework.builder()
            .argument("a")
            .argument("b")
            .attack("b", "a")
            .attack("a", "b")
            .build();
    ArgumentationFramework fromGraph =
        ArgumentationFramework.of(
            ArgumentGraph.builder()
                .premise("a", "A")
                .premise("b", "B")
                .attacks("a", "b")
                .attacks("b", "a")
                .build(),
            SupportReading.NONE);
    new EqualsTester()
        .addEqualityGroup(ab, ba, fromGraph)
        .addEqualityGroup(ArgumentationFramework.builder().argument("a").argument("b").build())
        .addEqualityGroup(ArgumentationFramework.builder().argument("b").argument("a").build())
        .testEquals();
  }

  @Test
  void of_looksArgumentsUpByNodeId() {
    ArgumentationFramework af = ArgumentationFramework.of(chainGraph(), SupportReading.DEDUCTIVE);

    assertThat(af.indexOf("a")).isZero();
    assertThat(af.indexOf("y")).isEqualTo(5);
    assertThat(af.indexOf("zz")).isEqualTo(-1);
    assertThat(af.contains("w")).isTrue();
    assertThat(af.contains("zz")).isFalse();
    assertThat(af.attackers("a")).containsExactly("x");
    assertThatThrownBy(() -> af.attackers("zz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown argument \"zz\"; the framework has no such argument");
  }

  @Test
  void of_rejectsEvidentialReading() {
    assertThatThrownBy(() -> ArgumentationFramework.of(chainGraph(), SupportReading.EVIDENTIAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the evidential reading is not a Dung framework; use EvidentialLabelling.of(graph)"
                + " instead");
  }

  @Test
  void none_keepsOnlyAttackRelationsWithThemselvesAsChain() {
    ArgumentGraph g = chainGraph();
    ArgumentationFramework af = ArgumentationFramework.of(g, SupportReading.NONE);

    assertThat(af.arguments()).containsExactly("a", "b", "c", "w", "x", "y");
    assertThat(af.graph()).contains(g);
    assertThat(af.attacks())
        .containsExactly(
            new Attack("x", "b", AttackKind.DIRECT, List.of(Relation.attack("x", "b"))),
            new Attack("c", "y", AttackKind.DIRECT, List.of(Relation.attack("c", "y"))));
    assertThat(described(af)).containsExactly("x attacks b", "c attacks y");
  }

  @Test
  void deductive_addsSupportedAndMediatedAttacks() {
    ArgumentationFramework af = ArgumentationFramework.of(chainGraph(), SupportReading.DEDUCTIVE);

    assertThat(described(af))
        .containsExactly(
            "x attacks b",
            "c attacks y",
            "x attacks a (mediated attack: a supports b, x attacks b)",
            "b attacks y (supported attack: b supports c, c attacks y)",
            "a attacks y (supported attack: a supports b, b supports c, c attacks y)");
    assertThat(af.attack("a", "y").orElseThrow().chain())
        .containsExactly(
            Relation.support("a", "b"), Relation.support("b", "c"), Relation.attack("c", "y"));
    assertThat(af.attack("a", "y").orElseThrow().isDerived()).isTrue();
    assertThat(af.reading()).isEqualTo(SupportReading.DEDUCTIVE);
  }

  @Test
  void necessary_addsSecondaryAndExtendedAttacks() {
    ArgumentationFramework af = ArgumentationFramework.of(chainGraph(), SupportReading.NECESSARY);

    assertThat(described(af))
        .containsExactly(
            "x attacks b",
            "c attacks y",
            "x attacks c (secondary attack: x attacks b, b supports c)",
            "x attacks w (secondary attack: x attacks b, b supports c, c supports w)",
            "w attacks y (extended attack: c supports w, c attacks y)");
  }

  @Test
  void classic_addsSupportedAndSecondaryAttacks() {
    ArgumentationFramework af = ArgumentationFramework.of(chainGraph(), SupportReading.CLASSIC);

    assertThat(described(af))
        .containsExactly(
            "x attacks b",
            "c attacks y",
            "x attacks c (secondary attack: x attacks b, b supports c)",
            "x attacks w (secondary attack: x attacks b, b supports c, c supports w)",
            "b attacks y (supported attack: b supports c, c attacks y)",
            "a attacks y (supported attack: a supports b, b supports c, c attacks y)");
  }

  @Test
  void derivedAttack_duplicatingADirectOneKeepsTheDirectChain() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "A")
            .premise("b", "B")
            .premise("c", "C")
            .supports("a", "b")
            .attacks("b", "c")
            .attacks("a", "c")
            .build();

    ArgumentationFramework af = ArgumentationFramework.of(g, SupportReading.DEDUCTIVE);

    assertThat(described(af)).containsExactly("b attacks c", "a attacks c");
    assertThat(af.attack("a", "c").orElseThrow().kind()).isEqualTo(AttackKind.DIRECT);
  }

  @Test
  void derivedAttack_reachedTwiceKeepsTheFirstShortestChain() {
    // a supports c directly and through b; c attacks d: one supported attack a -> d, chain via
    // a->c.
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "A")
            .premise("b", "B")
            .premise("c", "C")
            .premise("d", "D")
            .supports("a", "b")
            .supports("b", "c")
            .supports("a", "c")
            .attacks("c", "d")
            .supports("c", "a")
            .build();

    ArgumentationFramework af = ArgumentationFramework.of(g, SupportReading.DEDUCTIVE);

    assertThat(described(af))
        .containsExactly(
            "c attacks d",
            "b attacks d (supported attack: b supports c, c attacks d)",
            "a attacks d (supported attack: a supports c, c attacks d)");
  }

  @Test
  void selfSupportCycle_derivesNoAttackOnTheAttackerItself() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "A")
            .premise("b", "B")
            .supports("a", "a")
            .attacks("a", "b")
            .build();
    for (SupportReading r : List.of(SupportReading.DEDUCTIVE, SupportReading.NECESSARY)) {
      assertThat(described(ArgumentationFramework.of(g, r))).containsExactly("a attacks b");
    }
  }

  @Test
  void supportReading_labelsParseBack() {
    for (SupportReading r : SupportReading.values()) {
      assertThat(SupportReading.fromLabel(r.label().toUpperCase(java.util.Locale.ROOT)))
          .isEqualTo(r);
    }
    assertThatThrownBy(() -> SupportReading.fromLabel("strong"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown support reading \"strong\"; use one of none, deductive, necessary, classic,"
                + " evidential");
    assertThat(SupportReading.EVIDENTIAL.flattens()).isFalse();
    assertThat(SupportReading.EVIDENTIAL.derives(AttackKind.DIRECT)).isFalse();
    assertThat(SupportReading.NONE.derives(AttackKind.DIRECT)).isTrue();
    assertThat(SupportReading.NONE.derives(AttackKind.SUPPORTED)).isFalse();
  }

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(60);
  }

  /**
   * A framework flattened from a graph, whose groupings of attacks by attacker and by target come
   * from the graph's index under NONE, has exactly the groupings a builder makes of the same
   * attacks.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void of_groupsAttacksAsTheBuilderDoes_underEveryReading(long seed) {
    Random random = new Random(seed);
    ArgumentGraph mixed = RandomGraphs.graph(random, 1 + random.nextInt(40), random.nextInt(5));
    for (ArgumentGraph graph : List.of(mixed, attacksOnly(random))) {
      for (SupportReading reading : SupportReading.values()) {
        if (!reading.flattens()) {
          continue;
        }
        ArgumentationFramework af = ArgumentationFramework.of(graph, reading);
        ArgumentationFramework.Builder b = ArgumentationFramework.builder();
        af.arguments().forEach(b::argument);
        af.attacks().forEach(a -> b.attack(a.attacker(), a.target()));
        assertSameGroupings(af, b.build(), seed + " " + reading);
      }
      List<Relation> attackRelations =
          graph.relations().stream().filter(r -> r.type() == RelationType.ATTACK).toList();
      List<Attack> attacks = ArgumentationFramework.of(graph, SupportReading.NONE).attacks();
      assertThat(attacks).hasSameSizeAs(attackRelations);
      for (int k = 0; k < attacks.size(); k++) {
        assertThat(attacks.get(k).kind()).isEqualTo(AttackKind.DIRECT);
        assertThat(attacks.get(k).chain())
            .as("seed %d attack %d", seed, k)
            .containsExactly(attackRelations.get(k));
      }
    }
  }

  /** A graph whose every relation is an attack, so that attack k is relation k. */
  private static ArgumentGraph attacksOnly(Random random) {
    ArgumentGraph.Builder g = ArgumentGraph.builder();
    int n = 1 + random.nextInt(30);
    for (int i = 0; i < n; i++) {
      g.node(Node.of("a" + i, NodeKind.PREMISE, "Argument " + i));
    }
    Set<Integer> pairs = new HashSet<>();
    for (int k = random.nextInt(3 * n + 1); k > 0; k--) {
      int from = random.nextInt(n);
      int to = random.nextInt(n);
      if (pairs.add(from * n + to)) {
        g.relation(Relation.of("a" + from, "a" + to, RelationType.ATTACK));
      }
    }
    return g.build();
  }

  private static void assertSameGroupings(
      ArgumentationFramework af, ArgumentationFramework expected, String what) {
    assertThat(af.attackCount()).as(what).isEqualTo(expected.attackCount());
    for (int k = 0; k < af.attackCount(); k++) {
      assertThat(af.attackFrom(k)).as(what).isEqualTo(expected.attackFrom(k));
      assertThat(af.attackTo(k)).as(what).isEqualTo(expected.attackTo(k));
      assertThat(af.outAttack(k)).as(what + " out " + k).isEqualTo(expected.outAttack(k));
      assertThat(af.outTarget(k)).as(what + " out " + k).isEqualTo(expected.outTarget(k));
      assertThat(af.inAttack(k)).as(what + " in " + k).isEqualTo(expected.inAttack(k));
      assertThat(af.inSource(k)).as(what + " in " + k).isEqualTo(expected.inSource(k));
    }
    for (int v = 0; v < af.argumentCount(); v++) {
      assertThat(af.outStart(v)).as(what).isEqualTo(expected.outStart(v));
      assertThat(af.outEnd(v)).as(what).isEqualTo(expected.outEnd(v));
      assertThat(af.inStart(v)).as(what).isEqualTo(expected.inStart(v));
      assertThat(af.inEnd(v)).as(what).isEqualTo(expected.inEnd(v));
    }
    assertThat(Solver.groundedLabels(af)).as(what).isEqualTo(Solver.groundedLabels(expected));
  }
}
