package io.argraph.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TargetListTest {

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(40);
  }

  @Test
  void newList_isEmpty() {
    TargetList list = new TargetList();

    assertThat(list.size()).isZero();
  }

  @Test
  void add_shortRunsInTheMiddleAndAtTheEndOfTheArray() {
    int[] from = IntStream.range(100, 120).toArray();
    TargetList list = new TargetList();

    list.add(from, 0, 3); // chunk copy, reads past the run
    list.add(from, 5, 5); // empty run
    list.add(from, 17, 20); // the array's last entries: no chunk fits after the start
    list.add(from, 12, 20); // exactly a chunk, ending at the array's end

    assertThat(Arrays.copyOf(list.nodes(), list.size()))
        .containsExactly(100, 101, 102, 117, 118, 119, 112, 113, 114, 115, 116, 117, 118, 119);
  }

  @Test
  void add_aRunLongerThanAChunk() {
    int[] from = IntStream.range(0, 50).toArray();
    TargetList list = new TargetList();

    list.add(from, 1, 2);
    list.add(from, 10, 10 + TargetList.CHUNK + 1);

    assertThat(Arrays.copyOf(list.nodes(), list.size()))
        .containsExactly(1, 10, 11, 12, 13, 14, 15, 16, 17, 18);
  }

  @Test
  void clear_keepsNothingOfTheOldEntries() {
    int[] from = {7, 8, 9};
    TargetList list = new TargetList();
    list.add(from, 0, 3);

    list.clear();
    list.add(from, 2, 3);

    assertThat(list.size()).isEqualTo(1);
    assertThat(list.nodes()[0]).isEqualTo(9);
  }

  @Test
  void addBelow_keepsTheEntriesBelowTheLimitOfShortAndLongRuns() {
    int[] from = {5, 1, 9, 3, 7, 2, 8, 0, 6, 4, 9, 1};
    TargetList list = new TargetList();

    list.addBelow(from, 0, 3, 6); // a short run: 5, 1 kept, 9 left out
    list.addBelow(from, 3, 3, 6); // an empty run
    list.addBelow(from, 2, 12, 6); // longer than a chunk, ending the array
    list.addBelow(from, 9, 12, 6); // short, in the array's last chunk

    assertThat(Arrays.copyOf(list.nodes(), list.size())).containsExactly(5, 1, 3, 2, 0, 4, 1, 4, 1);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void addAndAddBelow_matchAPlainListOverManyRunsAndGrowth(long seed) {
    Random random = new Random(seed);
    int n = random.nextInt(1, 1_000_000);
    int[] from = random.ints(random.nextInt(1, 400), 0, n).toArray();
    int limit = random.nextInt(n + 1);
    TargetList list = new TargetList();
    List<Integer> expected = new ArrayList<>();
    for (int r = 0; r < 3_000; r++) {
      if (random.nextInt(500) == 0) {
        list.clear();
        expected.clear();
      }
      int start = random.nextInt(from.length + 1);
      int end = start + random.nextInt(Math.min(from.length - start, 20) + 1);
      if (random.nextBoolean()) {
        list.addBelow(from, start, end, limit);
        for (int i = start; i < end; i++) {
          if (from[i] < limit) {
            expected.add(from[i]);
          }
        }
      } else {
        list.add(from, start, end);
        for (int i = start; i < end; i++) {
          expected.add(from[i]);
        }
      }
    }

    assertThat(list.size()).isEqualTo(expected.size());
    assertThat(Arrays.copyOf(list.nodes(), list.size()))
        .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
  }
}
