package io.argraph.core.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.testing.RandomFrameworks;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the level-by-level grounded labelling against the characteristic function iterated to its
 * least fixpoint, on frameworks whose levels are larger than the labelling's first lists (so that
 * they grow), on long chains (one argument per level) and on random frameworks of every density.
 */
class GroundedLabelsTest {

  /** Iterates "IN if every attacker is OUT, OUT if some attacker is IN" until nothing changes. */
  private static byte[] fixpoint(ArgumentationFramework af) {
    int n = af.argumentCount();
    byte[] labels = new byte[n];
    java.util.Arrays.fill(labels, Labelling.UNDEC);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int x = 0; x < n; x++) {
        if (labels[x] != Labelling.UNDEC) {
          continue;
        }
        boolean allOut = true;
        boolean someIn = false;
        for (int k = af.inStart(x); k < af.inEnd(x); k++) {
          byte a = labels[af.inSource(k)];
          allOut &= a == Labelling.OUT;
          someIn |= a == Labelling.IN;
        }
        if (allOut || someIn) {
          labels[x] = someIn ? Labelling.OUT : Labelling.IN;
          changed = true;
        }
      }
    }
    return labels;
  }

  private static void assertAgrees(ArgumentationFramework af) {
    assertThat(Solver.groundedLabels(af)).isEqualTo(fixpoint(af));
  }

  static Stream<Arguments> randomFrameworks() {
    return Stream.of(
        Arguments.of(1L, 2_000, 500),
        Arguments.of(2L, 2_000, 2_000),
        Arguments.of(3L, 2_000, 6_000),
        Arguments.of(4L, 5_000, 15_000),
        Arguments.of(5L, 5_000, 40_000),
        Arguments.of(6L, 3_000, 1_500),
        Arguments.of(7L, 1, 1),
        Arguments.of(8L, 10, 0));
  }

  @ParameterizedTest(name = "seed {0}: {1} arguments, {2} attacks")
  @MethodSource("randomFrameworks")
  void groundedLabels_agreeWithTheFixpoint_onRandomFrameworks(long seed, int n, int attacks) {
    assertAgrees(RandomFrameworks.sparse(seed, n, attacks));
  }

  @Test
  void groundedLabels_agreeWithTheFixpoint_onSmallDenseFrameworks() {
    for (long seed = 0; seed < 200; seed++) {
      assertAgrees(RandomFrameworks.dense(seed, (int) (seed % 40)));
    }
  }

  /** Hubs draw hundreds of attacks, past the count a byte of state holds. */
  @ParameterizedTest(name = "seed {0}: {1} arguments, {2} attacks, {3} hubs")
  @CsvSource({"11, 2000, 3000, 4", "12, 2000, 6000, 8", "13, 5000, 4000, 2", "14, 600, 900, 3"})
  void groundedLabels_agreeWithTheFixpoint_withHubs(long seed, int n, int attacks, int hubs) {
    ArgumentationFramework af = RandomFrameworks.hubbed(seed, n, attacks, hubs);
    assertThat(af.inEnd(0) - af.inStart(0)).isGreaterThan(127);
    assertAgrees(af);
  }

  @ParameterizedTest(name = "{0} attackers")
  @ValueSource(ints = {126, 127, 128, 300})
  void groundedLabels_ofAHub_countEveryAttacker(int attackers) {
    // h has `attackers` attackers a_i, each attacked by an unattacked b_i: all go OUT, so h goes
    // IN, but only with the last. g has the same attackers and one more, c, which stays UNDEC.
    // o is attacked by the same a_i and by the unattacked d: it is OUT first and then loses every
    // attacker, and must stay OUT.
    ArgumentationFramework.Builder b =
        ArgumentationFramework.builder().argument("h").argument("g").argument("c").argument("o");
    b.argument("d").attack("c", "c").attack("c", "g").attack("d", "o");
    for (int i = 0; i < attackers; i++) {
      b.argument("a" + i).argument("b" + i);
      b.attack("b" + i, "a" + i).attack("a" + i, "h").attack("a" + i, "g").attack("a" + i, "o");
    }
    ArgumentationFramework af = b.build();
    byte[] labels = Solver.groundedLabels(af);
    assertThat(labels).isEqualTo(fixpoint(af));
    assertThat(labels[af.indexOf("h")]).isEqualTo(Labelling.IN);
    assertThat(labels[af.indexOf("g")]).isEqualTo(Labelling.UNDEC);
    assertThat(labels[af.indexOf("o")]).isEqualTo(Labelling.OUT);
    assertThat(labels[af.indexOf("a0")]).isEqualTo(Labelling.OUT);
  }

  @Test
  void groundedLabels_ofNoArguments_isEmpty() {
    assertThat(Solver.groundedLabels(ArgumentationFramework.builder().build())).isEmpty();
  }

  @Test
  void groundedLabels_growTheirLists_forAHubAttackingThousands() {
    // h is unattacked and attacks 5,000 arguments o_i, each of which attacks its own i_i; odd i_i
    // are also attacked by a self-attacking u_i. One level sends 5,000 arguments OUT and the next
    // brings 2,500 IN, all past the first lists.
    ArgumentationFramework.Builder b = ArgumentationFramework.builder().argument("h");
    for (int i = 0; i < 5_000; i++) {
      b.argument("o" + i).argument("i" + i).argument("u" + i);
    }
    for (int i = 0; i < 5_000; i++) {
      b.attack("h", "o" + i).attack("o" + i, "i" + i);
      b.attack("u" + i, "u" + i); // stays UNDEC
      if (i % 2 == 1) {
        b.attack("u" + i, "i" + i); // ... and keeps its target UNDEC
      }
    }
    ArgumentationFramework af = b.build();
    byte[] labels = Solver.groundedLabels(af);
    assertThat(labels).isEqualTo(fixpoint(af));
    assertThat(labels[af.indexOf("h")]).isEqualTo(Labelling.IN);
    assertThat(labels[af.indexOf("o17")]).isEqualTo(Labelling.OUT);
    assertThat(labels[af.indexOf("i17")]).isEqualTo(Labelling.UNDEC);
    assertThat(labels[af.indexOf("i18")]).isEqualTo(Labelling.IN);
    assertThat(labels[af.indexOf("u17")]).isEqualTo(Labelling.UNDEC);
  }

  @Test
  void groundedLabels_followALongChain_oneArgumentPerLevel() {
    // a0 -> a1 -> ... -> a2999: IN and OUT alternate along the chain.
    ArgumentationFramework.Builder b = ArgumentationFramework.builder();
    int n = 3_000;
    for (int i = 0; i < n; i++) {
      b.argument("a" + i);
    }
    for (int i = 0; i + 1 < n; i++) {
      b.attack("a" + i, "a" + (i + 1));
    }
    ArgumentationFramework af = b.build();
    byte[] labels = Solver.groundedLabels(af);
    assertThat(labels).isEqualTo(fixpoint(af));
    for (int i = 0; i < n; i++) {
      assertThat(labels[i]).isEqualTo(i % 2 == 0 ? Labelling.IN : Labelling.OUT);
    }
  }

  @Test
  void groundedLabels_leaveAnArgumentAttackedTwiceByTheSameLevelOutOnce() {
    // a and b are IN and both attack c; c's targets must lose c only once.
    ArgumentationFramework af =
        ArgumentationFramework.builder()
            .argument("a")
            .argument("b")
            .argument("c")
            .argument("d")
            .argument("e")
            .attack("a", "c")
            .attack("b", "c")
            .attack("c", "d")
            .attack("e", "d")
            .attack("e", "e")
            .build();
    byte[] labels = Solver.groundedLabels(af);
    assertThat(labels).isEqualTo(fixpoint(af));
    assertThat(labels)
        .containsExactly(
            Labelling.IN, Labelling.IN, Labelling.OUT, Labelling.UNDEC, Labelling.UNDEC);
  }
}
