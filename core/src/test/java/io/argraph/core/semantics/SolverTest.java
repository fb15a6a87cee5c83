package io.argraph.core.semantics;

import static io.argraph.core.semantics.Semantics.COMPLETE;
import static io.argraph.core.semantics.Semantics.GROUNDED;
import static io.argraph.core.semantics.Semantics.PREFERRED;
import static io.argraph.core.semantics.Semantics.STABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Splitter;
import io.argraph.core.testing.RandomFrameworks;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Textbook frameworks with their known answers. */
class SolverTest {

  /** Builds a framework from arguments and "x>y" attacks. */
  static ArgumentationFramework af(String arguments, String... attacks) {
    ArgumentationFramework.Builder b = ArgumentationFramework.builder();
    for (String a : Splitter.on(' ').omitEmptyStrings().split(arguments)) {
      b.argument(a);
    }
    for (String attack : attacks) {
      List<String> ends = Splitter.on('>').splitToList(attack);
      b.attack(ends.get(0), ends.get(1));
    }
    return b.build();
  }

  private static List<Set<String>> ext(Solver s, Semantics semantics) {
    return s.extensions(semantics);
  }

  @Test
  void unattackedArgument_isInEverywhere() {
    Solver s = Solver.of(af("a"));
    for (Semantics sem : Semantics.values()) {
      assertThat(ext(s, sem)).containsExactly(Set.of("a"));
      assertThat(s.isCredulouslyAccepted(sem, "a")).isTrue();
      assertThat(s.isScepticallyAccepted(sem, "a")).isTrue();
    }
    assertThat(s.grounded().label("a")).isEqualTo(Label.IN);
  }

  @Test
  void simpleAttack_attackerWins() {
    Solver s = Solver.of(af("a b", "a>b"));
    for (Semantics sem : Semantics.values()) {
      assertThat(ext(s, sem)).containsExactly(Set.of("a"));
      assertThat(s.isCredulouslyAccepted(sem, "b")).isFalse();
    }
    assertThat(s.grounded().toString()).isEqualTo("in=[a], out=[b], undec=[]");
  }

  @Test
  void reinstatement_defenderBringsBackTheAttacked() {
    Solver s = Solver.of(af("a b c", "a>b", "b>c"));
    for (Semantics sem : Semantics.values()) {
      assertThat(ext(s, sem)).containsExactly(Set.of("a", "c"));
    }
    assertThat(s.grounded().label("c")).isEqualTo(Label.IN);
  }

  @Test
  void evenCycle_twoPreferredAndNothingSceptical() {
    Solver s = Solver.of(af("a b", "a>b", "b>a"));
    assertThat(ext(s, GROUNDED)).containsExactly(Set.of());
    assertThat(ext(s, COMPLETE)).containsExactly(Set.of(), Set.of("a"), Set.of("b"));
    assertThat(ext(s, PREFERRED)).containsExactly(Set.of("a"), Set.of("b"));
    assertThat(ext(s, STABLE)).containsExactly(Set.of("a"), Set.of("b"));
    for (Semantics sem : List.of(PREFERRED, STABLE)) {
      assertThat(s.isCredulouslyAccepted(sem, "a")).isTrue();
      assertThat(s.isScepticallyAccepted(sem, "a")).isFalse();
      assertThat(s.isScepticallyAccepted(sem, "b")).isFalse();
    }
    assertThat(s.isCredulouslyAccepted(COMPLETE, "b")).isTrue();
    assertThat(s.isScepticallyAccepted(COMPLETE, "b")).isFalse();
    assertThat(s.grounded().undec()).containsExactly("a", "b");
  }

  @Test
  void oddCycle_emptyGroundedAndNoStable() {
    Solver s = Solver.of(af("a b c", "a>b", "b>c", "c>a"));
    assertThat(ext(s, GROUNDED)).containsExactly(Set.of());
    assertThat(ext(s, COMPLETE)).containsExactly(Set.of());
    assertThat(ext(s, PREFERRED)).containsExactly(Set.of());
    assertThat(ext(s, STABLE)).isEmpty();
    assertThat(s.extension(STABLE)).isEmpty();
    assertThat(s.labelling(STABLE)).isEmpty();
    assertThat(s.isCredulouslyAccepted(STABLE, "a")).isFalse();
    // Vacuously: every one of the zero stable extensions contains a.
    assertThat(s.isScepticallyAccepted(STABLE, "a")).isTrue();
    assertThat(s.isCredulouslyAccepted(PREFERRED, "a")).isFalse();
  }

  @Test
  void selfAttack_isNeverAccepted() {
    Solver s = Solver.of(af("a b", "a>a", "a>b"));
    assertThat(ext(s, GROUNDED)).containsExactly(Set.of());
    assertThat(ext(s, PREFERRED)).containsExactly(Set.of());
    assertThat(ext(s, STABLE)).isEmpty();
    assertThat(s.grounded().undec()).containsExactly("a", "b");
    assertThat(s.isCredulouslyAccepted(PREFERRED, "a")).isFalse();
  }

  @Test
  void selfAttackerAttackedFromOutside_isOut() {
    Solver s = Solver.of(af("a b", "a>a", "b>a"));
    for (Semantics sem : Semantics.values()) {
      assertThat(ext(s, sem)).containsExactly(Set.of("b"));
    }
  }

  @Test
  void floatingAcceptance_dIsScepticallyPreferredButNotGrounded() {
    Solver s = Solver.of(af("a b c d", "a>b", "b>a", "a>c", "b>c", "c>d"));
    assertThat(ext(s, GROUNDED)).containsExactly(Set.of());
    assertThat(ext(s, PREFERRED)).containsExactly(Set.of("a", "d"), Set.of("b", "d"));
    assertThat(ext(s, STABLE)).containsExactly(Set.of("a", "d"), Set.of("b", "d"));
    assertThat(ext(s, COMPLETE)).containsExactly(Set.of(), Set.of("a", "d"), Set.of("b", "d"));
    assertThat(s.isScepticallyAccepted(PREFERRED, "d")).isTrue();
    assertThat(s.isScepticallyAccepted(STABLE, "d")).isTrue();
    assertThat(s.isScepticallyAccepted(GROUNDED, "d")).isFalse();
    assertThat(s.isScepticallyAccepted(COMPLETE, "d")).isFalse();
    // Floating defeat: c is OUT in every preferred labelling, yet UNDEC in the grounded one.
    assertThat(s.labellings(PREFERRED))
        .allSatisfy(l -> assertThat(l.label("c")).isEqualTo(Label.OUT));
    assertThat(s.grounded().label("c")).isEqualTo(Label.UNDEC);
    assertThat(s.isCredulouslyAccepted(PREFERRED, "c")).isFalse();
  }

  @Test
  void nixonDiamond_eachReadingOfNixonIsCredulousOnly() {
    Solver s =
        Solver.of(
            af(
                "quaker-so-pacifist republican-so-hawk marches-for-peace",
                "quaker-so-pacifist>republican-so-hawk",
                "republican-so-hawk>quaker-so-pacifist",
                "republican-so-hawk>marches-for-peace"));
    assertThat(ext(s, PREFERRED))
        .containsExactly(
            Set.of("quaker-so-pacifist", "marches-for-peace"), Set.of("republican-so-hawk"));
    assertThat(s.isCredulouslyAccepted(PREFERRED, "marches-for-peace")).isTrue();
    assertThat(s.isScepticallyAccepted(PREFERRED, "marches-for-peace")).isFalse();
    assertThat(s.grounded().in()).isEmpty();
  }

  @Test
  void noStableExtension_thoughPreferredAcceptsTheOutsider() {
    Solver s = Solver.of(af("a b c d", "a>b", "b>c", "c>a"));
    assertThat(ext(s, PREFERRED)).containsExactly(Set.of("d"));
    assertThat(ext(s, STABLE)).isEmpty();
    assertThat(s.extension(PREFERRED)).contains(Set.of("d"));
    assertThat(s.isScepticallyAccepted(PREFERRED, "d")).isTrue();
  }

  @Test
  void emptyFramework_hasTheEmptyExtensionEverywhere() {
    Solver s = Solver.of(af(""));
    for (Semantics sem : Semantics.values()) {
      assertThat(ext(s, sem)).containsExactly(Set.of());
      assertThat(s.extension(sem)).contains(Set.of());
    }
    assertThat(s.grounded().names()).isEmpty();
  }

  @Test
  void labelling_viewsMatchExtensions() {
    Solver s = Solver.of(af("a b c", "a>b", "b>a", "b>c"));
    assertThat(s.labellings(PREFERRED).stream().map(Labelling::toString))
        .containsExactly("in=[a, c], out=[b], undec=[]", "in=[b], out=[a, c], undec=[]");
    assertThat(s.labelling(GROUNDED).orElseThrow()).isEqualTo(s.grounded());
    assertThat(s.labelling(PREFERRED).orElseThrow().in()).isIn(Set.of("a", "c"), Set.of("b"));
    assertThat(s.framework().argumentCount()).isEqualTo(3);
  }

  @Test
  void acceptance_rejectsUnknownArgument() {
    Solver s = Solver.of(af("a"));
    assertThatThrownBy(() -> s.isCredulouslyAccepted(PREFERRED, "z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown argument \"z\"; the framework has no such argument");
    assertThatThrownBy(() -> s.grounded().label("z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown argument \"z\"; the labelling has no such argument");
  }

  @Test
  void semantics_labelsParseBack() {
    for (Semantics sem : Semantics.values()) {
      assertThat(Semantics.fromLabel(sem.label())).isEqualTo(sem);
    }
    assertThat(Label.UNDEC.label()).isEqualTo("undec");
    assertThatThrownBy(() -> Semantics.fromLabel("ideal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown semantics \"ideal\"; use one of grounded, complete, preferred, stable");
  }

  @Test
  void sparseThousands_preferredAndStableAnswerWithoutEnumeratingSubsets() {
    ArgumentationFramework big = RandomFrameworks.sparse(7, 2000, 6000);
    Solver s = Solver.of(big);

    List<Set<String>> preferred = s.extensions(PREFERRED);

    assertThat(preferred).isNotEmpty();
    for (Set<String> p : preferred) {
      assertThat(SolverLawsTest.isComplete(big, p)).isTrue();
    }
    assertThat(s.extension(STABLE).isPresent()).isEqualTo(!s.extensions(STABLE).isEmpty());
  }
}
