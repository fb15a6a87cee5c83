package io.argraph.core.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.testing.RandomFrameworks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every semantics with a brute-force oracle on thousands of random frameworks of up to 12
 * arguments, self-attacks and isolated arguments included. Each batch covers 100 seeds.
 */
class SolverOracleTest {
  private static final int BATCHES = 30;
  private static final int PER_BATCH = 100;

  static IntStream batches() {
    return IntStream.range(0, BATCHES);
  }

  private static int mask(ArgumentationFramework af, Set<String> extension) {
    int m = 0;
    for (String a : extension) {
      m |= 1 << af.indexOf(a);
    }
    return m;
  }

  private static Set<Integer> masks(ArgumentationFramework af, List<Set<String>> extensions) {
    Set<Integer> out = new TreeSet<>();
    for (Set<String> e : extensions) {
      out.add(mask(af, e));
    }
    assertThat(out).as("no extension listed twice").hasSize(extensions.size());
    return out;
  }

  @ParameterizedTest
  @MethodSource("batches")
  void everySemantics_agreesWithTheOracle(int batch) {
    for (int k = 0; k < PER_BATCH; k++) {
      long seed = (long) batch * PER_BATCH + k;
      ArgumentationFramework af = RandomFrameworks.dense(seed, (int) (seed % 13));
      Oracle oracle = new Oracle(af);
      Solver solver = Solver.of(af);
      String context =
          "seed " + seed + ", attacks " + af.attacks().stream().map(Attack::describe).toList();

      int grounded = oracle.grounded();
      List<Integer> complete = oracle.complete();
      List<Integer> preferred = oracle.preferred();
      List<Integer> stable = oracle.stable();

      assertThat(solver.extensions(Semantics.GROUNDED)).as(context).hasSize(1);
      assertThat(mask(af, solver.grounded().in())).as(context).isEqualTo(grounded);
      assertThat(masks(af, solver.extensions(Semantics.COMPLETE)))
          .as(context)
          .isEqualTo(new TreeSet<>(complete));
      assertThat(masks(af, solver.extensions(Semantics.PREFERRED)))
          .as(context)
          .isEqualTo(new TreeSet<>(preferred));
      assertThat(masks(af, solver.extensions(Semantics.STABLE)))
          .as(context)
          .isEqualTo(new TreeSet<>(stable));
      assertThat(mask(af, solver.extension(Semantics.PREFERRED).orElseThrow()))
          .as(context)
          .isIn(preferred);
      assertThat(solver.extension(Semantics.STABLE).map(e -> mask(af, e)))
          .as(context)
          .satisfies(
              e -> {
                if (stable.isEmpty()) {
                  assertThat(e).isEmpty();
                } else {
                  assertThat(e.orElseThrow()).isIn(stable);
                }
              });
      assertThat(mask(af, solver.extension(Semantics.COMPLETE).orElseThrow()))
          .as(context)
          .isIn(complete);

      // Acceptance for every argument, on every third framework to keep the run short.
      if (seed % 3 == 0) {
        for (int x = 0; x < af.argumentCount(); x++) {
          String a = af.name(x);
          int bit = 1 << x;
          assertThat(solver.isCredulouslyAccepted(Semantics.COMPLETE, a))
              .as(context + " cred-co " + a)
              .isEqualTo(anyContains(complete, bit));
          assertThat(solver.isCredulouslyAccepted(Semantics.PREFERRED, a))
              .as(context + " cred-pr " + a)
              .isEqualTo(anyContains(preferred, bit));
          assertThat(solver.isCredulouslyAccepted(Semantics.STABLE, a))
              .as(context + " cred-st " + a)
              .isEqualTo(anyContains(stable, bit));
          assertThat(solver.isCredulouslyAccepted(Semantics.GROUNDED, a))
              .as(context + " cred-gr " + a)
              .isEqualTo((grounded & bit) != 0);
          assertThat(solver.isScepticallyAccepted(Semantics.COMPLETE, a))
              .as(context + " skept-co " + a)
              .isEqualTo(allContain(complete, bit));
          assertThat(solver.isScepticallyAccepted(Semantics.PREFERRED, a))
              .as(context + " skept-pr " + a)
              .isEqualTo(allContain(preferred, bit));
          assertThat(solver.isScepticallyAccepted(Semantics.STABLE, a))
              .as(context + " skept-st " + a)
              .isEqualTo(allContain(stable, bit));
          assertThat(solver.isScepticallyAccepted(Semantics.GROUNDED, a))
              .as(context + " skept-gr " + a)
              .isEqualTo((grounded & bit) != 0);
        }
      }
    }
  }

  private static boolean anyContains(List<Integer> sets, int bit) {
    return sets.stream().anyMatch(s -> (s & bit) != 0);
  }

  private static boolean allContain(List<Integer> sets, int bit) {
    return sets.stream().allMatch(s -> (s & bit) != 0);
  }

  @ParameterizedTest
  @MethodSource("batches")
  void oracle_selfCheck_groundedIsTheLeastCompleteAndPreferredAreMaximalComplete(int batch) {
    for (int k = 0; k < PER_BATCH; k += 10) {
      long seed = (long) batch * PER_BATCH + k;
      Oracle oracle = new Oracle(RandomFrameworks.dense(seed, (int) (seed % 13)));
      List<Integer> complete = oracle.complete();
      int grounded = oracle.grounded();
      assertThat(complete).contains(grounded);
      assertThat(complete).allSatisfy(c -> assertThat(c & grounded).isEqualTo(grounded));
      List<Integer> maximalComplete = new ArrayList<>();
      for (int c : complete) {
        if (complete.stream().noneMatch(d -> d != c && (c & d) == c)) {
          maximalComplete.add(c);
        }
      }
      assertThat(new TreeSet<>(oracle.preferred())).isEqualTo(new TreeSet<>(maximalComplete));
    }
  }
}
