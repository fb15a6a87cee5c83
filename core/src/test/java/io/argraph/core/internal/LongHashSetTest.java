package io.argraph.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongHashSetTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void addAndContains_agreeWithAHashSet(long seed) {
    Random random = new Random(seed);
    LongHashSet set = new LongHashSet(random.nextInt(10));
    Set<Long> oracle = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      // Packed pairs of small numbers, as the graph builder makes them, plus some large keys.
      long key =
          random.nextBoolean()
              ? ((long) random.nextInt(300) << 33) | ((long) random.nextInt(300) << 1) | 1
              : random.nextLong() & Long.MAX_VALUE;
      assertThat(set.add(key)).isEqualTo(oracle.add(key));
      long probe = random.nextInt(1000);
      assertThat(set.contains(probe)).isEqualTo(oracle.contains(probe));
    }
    assertThat(set.size()).isEqualTo(oracle.size());
    for (long k : oracle) {
      assertThat(set.contains(k)).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, Long.MIN_VALUE})
  void add_refusesNegativeKeys(long key) {
    assertThatThrownBy(() -> new LongHashSet(1).add(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key " + key + ": keys are non-negative");
  }

  @Test
  void empty_containsNothing() {
    LongHashSet set = new LongHashSet(0);

    assertThat(set.contains(0)).isFalse();
    assertThat(set.contains(1)).isFalse();
    assertThat(set.contains(Long.MAX_VALUE)).isFalse();
    assertThat(set.size()).isZero();
  }

  @Test
  void extremeKeys_areKeptApartFromEmptySlots() {
    LongHashSet set = new LongHashSet(1);

    assertThat(set.add(0)).isTrue();
    assertThat(set.add(Long.MAX_VALUE)).isTrue();
    assertThat(set.add(0)).isFalse();
    assertThat(set.add(Long.MAX_VALUE)).isFalse();

    assertThat(set.contains(0)).isTrue();
    assertThat(set.contains(Long.MAX_VALUE)).isTrue();
    assertThat(set.contains(1)).isFalse();
    assertThat(set.contains(Long.MAX_VALUE - 1)).isFalse();
    assertThat(set.size()).isEqualTo(2);
  }

  @Test
  void millionsOfPackedPairs_growFromTheSmallestTable() {
    LongHashSet set = new LongHashSet(0);
    int n = 1 << 11;
    for (long from = 0; from < n; from++) {
      for (long to = from; to < from + 1_024; to++) {
        assertThat(set.add(from << 32 | to << 1)).isTrue();
      }
    }

    assertThat(set.size()).isEqualTo(n * 1_024);
    for (long from = 0; from < n; from++) {
      assertThat(set.contains(from << 32 | from << 1)).isTrue();
      assertThat(set.contains(from << 32 | (from + 1_023) << 1)).isTrue();
      assertThat(set.contains(from << 32 | (from + 1_024) << 1)).isFalse();
      assertThat(set.contains(from << 32 | from << 1 | 1)).isFalse();
    }
  }
}
