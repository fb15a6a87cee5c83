package io.argraph.core.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.testing.RandomFrameworks;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Laws of Dung's semantics, checked on random frameworks larger than the oracle can handle. */
class SolverLawsTest {

  static Stream<Long> seeds() {
    return io.argraph.core.testing.RandomGraphs.seeds(60);
  }

  /** Checks the definition of a complete extension directly on the framework. */
  static boolean isComplete(ArgumentationFramework af, Set<String> e) {
    Labelling l = Labelling.of(af, e);
    return isLegal(af, l);
  }

  /** A labelling is legal (complete) iff: IN iff all attackers OUT; OUT iff some attacker IN. */
  static boolean isLegal(ArgumentationFramework af, Labelling l) {
    for (String a : af.arguments()) {
      List<String> attackers = af.attackers(a);
      boolean allOut = attackers.stream().allMatch(b -> l.label(b) == Label.OUT);
      boolean someIn = attackers.stream().anyMatch(b -> l.label(b) == Label.IN);
      if ((l.label(a) == Label.IN) != allOut || (l.label(a) == Label.OUT) != someIn) {
        return false;
      }
    }
    return true;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void laws_holdOnRandomFrameworks(long seed) {
    ArgumentationFramework af =
        seed % 2 == 0
            ? RandomFrameworks.dense(seed, 14 + (int) (seed % 7))
            : RandomFrameworks.sparse(seed, 40, 60 + (int) (seed % 30));
    Solver s = Solver.of(af);
    Set<String> grounded = s.grounded().in();
    List<Set<String>> complete = s.extensions(Semantics.COMPLETE);
    List<Set<String>> preferred = s.extensions(Semantics.PREFERRED);
    List<Set<String>> stable = s.extensions(Semantics.STABLE);

    assertThat(isLegal(af, s.grounded())).isTrue();
    // Grounded is the least complete extension.
    assertThat(complete).contains(grounded);
    assertThat(complete).allSatisfy(c -> assertThat(c).containsAll(grounded));
    // Every preferred is complete and maximal; every stable is preferred.
    assertThat(complete).containsAll(preferred);
    assertThat(preferred).containsAll(stable);
    for (Set<String> p : preferred) {
      assertThat(preferred).allSatisfy(q -> assertThat(q.equals(p) || !q.containsAll(p)).isTrue());
    }
    // Labellings are legal, and stable ones leave nothing undecided.
    for (Semantics sem : List.of(Semantics.COMPLETE, Semantics.PREFERRED, Semantics.STABLE)) {
      assertThat(s.labellings(sem)).allSatisfy(l -> assertThat(isLegal(af, l)).isTrue());
    }
    assertThat(s.labellings(Semantics.STABLE)).allSatisfy(l -> assertThat(l.undec()).isEmpty());
    // The extension order is fixed: asking twice gives the same list.
    assertThat(s.extensions(Semantics.PREFERRED)).isEqualTo(preferred);
  }
}
