package io.argraph.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdPositionsTest {

  @Test
  void empty_findsNothing() {
    IdPositions table = new IdPositions(i -> "never", 0);

    assertThat(table.get("a")).isEqualTo(-1);
    assertThat(table.size()).isZero();
  }

  @Test
  void putIfAbsent_keepsTheFirstPositionAndReportsIt() {
    List<String> ids = new ArrayList<>(List.of("a", "b"));
    IdPositions table = new IdPositions(ids::get, 2);

    assertThat(table.putIfAbsent("a", 0)).isEqualTo(-1);
    assertThat(table.putIfAbsent("b", 1)).isEqualTo(-1);
    assertThat(table.putIfAbsent("a", 7)).isZero();
    assertThat(table.get("a")).isZero();
    assertThat(table.get("b")).isEqualTo(1);
    assertThat(table.size()).isEqualTo(2);
  }

  @Test
  void idsWithTheSameHashCode_areToldApart() {
    List<String> ids = List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"); // equal hash codes
    IdPositions table = new IdPositions(ids::get, 1);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(table.putIfAbsent(ids.get(i), i)).isEqualTo(-1);
    }

    for (int i = 0; i < ids.size(); i++) {
      assertThat(table.get(ids.get(i))).isEqualTo(i);
    }
    assertThat(table.get("CC")).isEqualTo(-1);
  }

  @Test
  void clearAndCopy_areIndependent() {
    List<String> ids = List.of("x", "y");
    IdPositions table = new IdPositions(ids::get, 2);
    table.putIfAbsent("x", 0);
    table.putIfAbsent("y", 1);
    IdPositions copy = table.copy(ids::get);

    table.clear();

    assertThat(table.get("x")).isEqualTo(-1);
    assertThat(table.size()).isZero();
    assertThat(copy.get("x")).isZero();
    assertThat(copy.get("y")).isEqualTo(1);
    assertThat(copy.size()).isEqualTo(2);
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 30).mapToObj(i -> 31L * i + 5);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomIds_matchAHashMap(long seed) {
    Random random = new Random(seed);
    List<String> ids = new ArrayList<>();
    Map<String, Integer> expected = new HashMap<>();
    IdPositions table = new IdPositions(ids::get, random.nextInt(4));
    int count = random.nextInt(5000);
    for (int i = 0; i < count; i++) {
      String id = random.nextBoolean() ? "n" + random.nextInt(3000) : Integer.toString(i, 36);
      int position = ids.size();
      Integer had = expected.putIfAbsent(id, position);
      assertThat(table.putIfAbsent(id, position)).isEqualTo(had == null ? -1 : had);
      if (had == null) {
        ids.add(id);
      }
    }

    assertThat(table.size()).isEqualTo(expected.size());
    expected.forEach((id, position) -> assertThat(table.get(id)).isEqualTo(position));
    for (int i = 0; i < 200; i++) {
      String absent = "m" + random.nextInt();
      assertThat(table.get(absent)).isEqualTo(expected.getOrDefault(absent, -1));
    }
  }
}
