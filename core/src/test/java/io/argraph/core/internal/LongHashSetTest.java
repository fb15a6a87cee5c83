package io.argraph.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
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
}
