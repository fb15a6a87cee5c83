package io.argraph.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BitSortTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @Test
  void worthSorting_fromOneNodePerEightWords() {
    long[] marks = new long[80];
    assertThat(BitSort.worthSorting(9, marks)).isFalse();
    assertThat(BitSort.worthSorting(10, marks)).isTrue();
    assertThat(BitSort.worthSorting(0, new long[0])).isTrue();
  }

  @Test
  void sortDistinct_sortsARangeAndLeavesTheMarksClear() {
    int[] nodes = {99, 5, 64, 63, 0, 127, 1, 7};
    long[] marks = new long[2];

    BitSort.sortDistinct(nodes, 1, 7, marks);

    assertThat(nodes).containsExactly(99, 0, 1, 5, 63, 64, 127, 7);
    assertThat(marks).containsOnly(0L);
  }

  @Test
  void sortDistinct_ofAnEmptyRangeChangesNothing() {
    int[] nodes = {3, 1};
    long[] marks = new long[1];

    BitSort.sortDistinct(nodes, 1, 1, marks);
    BitSort.sortDistinct(new int[0], 0, 0, new long[0]);

    assertThat(nodes).containsExactly(3, 1);
    assertThat(marks).containsOnly(0L);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sortDistinct_agreesWithSortingAShuffledRange(long seed) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(1_000);
    List<Integer> all = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      all.add(v);
    }
    Collections.shuffle(all, random);
    int[] nodes = all.subList(0, 1 + random.nextInt(n)).stream().mapToInt(x -> x).toArray();
    int[] expected = nodes.clone();
    Arrays.sort(expected);
    long[] marks = new long[(n + 63) >>> 6];

    BitSort.sortDistinct(nodes, 0, nodes.length, marks);

    assertThat(nodes).containsExactly(expected);
    assertThat(marks).containsOnly(0L);
  }
}
