package io.argraph.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    IdPositions table = new IdPositions(0);

    assertThat(table.get("a")).isEqualTo(-1);
    assertThat(table.size()).isZero();
  }

  @Test
  void putIfAbsent_keepsTheFirstPositionAndReportsIt() {
    IdPositions table = new IdPositions(2);

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
    IdPositions table = new IdPositions(1);
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
    IdPositions table = new IdPositions(2);
    table.putIfAbsent("x", 0);
    table.putIfAbsent("y", 1);
    IdPositions copy = table.copy();

    table.clear();

    assertThat(table.get("x")).isEqualTo(-1);
    assertThat(table.size()).isZero();
    assertThat(copy.get("x")).isZero();
    assertThat(copy.get("y")).isEqualTo(1);
    assertThat(copy.size()).isEqualTo(2);
  }

  @Test
  void equalButDistinctString_isFoundAndTheAddedStringIsReturned() {
    String added = new String("premise-1".toCharArray());
    String lookedUp = new String("premise-1".toCharArray());
    IdPositions table = new IdPositions(4);
    table.putIfAbsent(added, 3);

    int slot = table.find(lookedUp);

    assertThat(lookedUp).isNotSameAs(added);
    assertThat(slot).isNotNegative();
    assertThat(table.position(slot)).isEqualTo(3);
    assertThat(table.id(slot)).isSameAs(added);
    assertThat(table.find(added)).isEqualTo(slot);
    assertThat(table.putIfAbsent(lookedUp, 9)).isEqualTo(3);
    assertThat(table.size()).isEqualTo(1);
  }

  @Test
  void collidingHashes_findEachByIdentityAndByEquality() {
    List<String> ids = List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"); // equal hash codes
    IdPositions table = new IdPositions(64);
    for (int i = 0; i < ids.size(); i++) {
      table.putIfAbsent(ids.get(i), 10 * i);
    }

    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      String copy = new String(id.toCharArray());
      assertThat(table.position(table.find(id))).isEqualTo(10 * i);
      assertThat(table.id(table.find(copy))).isSameAs(id);
      assertThat(table.get(copy)).isEqualTo(10 * i);
    }
    assertThat(table.find("AaBBAa")).isEqualTo(-1);
  }

  @Test
  void growth_keepsEveryIdAndItsString() {
    IdPositions table = new IdPositions(0);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      String id = "n" + i;
      ids.add(id);
      assertThat(table.putIfAbsent(id, i)).isEqualTo(-1);
    }

    assertThat(table.size()).isEqualTo(100_000);
    for (int i = 0; i < ids.size(); i++) {
      int slot = table.find("n" + i);
      assertThat(table.position(slot)).isEqualTo(i);
      assertThat(table.id(slot)).isSameAs(ids.get(i));
    }
    assertThat(table.get("n100000")).isEqualTo(-1);
  }

  @Test
  void unicodeIds_areToldApart() {
    IdPositions table = new IdPositions(2);
    table.putIfAbsent("é", 0);
    table.putIfAbsent("e\u0301", 1);
    table.putIfAbsent("\uD83D\uDE00", 2);

    assertThat(table.get("é")).isZero();
    assertThat(table.get("e\u0301")).isEqualTo(1);
    assertThat(table.get(new String("\uD83D\uDE00".toCharArray()))).isEqualTo(2);
    assertThat(table.get("e")).isEqualTo(-1);
  }

  @Test
  void clear_thenAddAgain_usesTheNewPositionsAndStrings() {
    IdPositions table = new IdPositions(2);
    String first = new String("x".toCharArray());
    table.putIfAbsent(first, 0);
    table.putIfAbsent("y", 1);
    table.clear();
    String second = new String("x".toCharArray());

    assertThat(table.putIfAbsent(second, 5)).isEqualTo(-1);

    assertThat(table.get("x")).isEqualTo(5);
    assertThat(table.id(table.find(first))).isSameAs(second);
    assertThat(table.get("y")).isEqualTo(-1);
    assertThat(table.size()).isEqualTo(1);
  }

  @Test
  void putIfAbsent_rejectsANegativePosition() {
    IdPositions table = new IdPositions(2);

    assertThatThrownBy(() -> table.putIfAbsent("a", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("position -1: positions are non-negative");
    assertThat(table.size()).isZero();
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
    IdPositions table = new IdPositions(random.nextInt(4));
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

  @Test
  void putIfAbsent_ofAPresentIdWhenHalfFull_changesNothing() {
    IdPositions table = new IdPositions(0); // eight slots: the fourth id fills it to half
    List<String> ids = List.of("a", "b", "c", "d");
    for (int i = 0; i < ids.size(); i++) {
      table.putIfAbsent(ids.get(i), i);
    }

    assertThat(table.putIfAbsent(new String("c".toCharArray()), 9)).isEqualTo(2);

    assertThat(table.size()).isEqualTo(4);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(table.get(ids.get(i))).isEqualTo(i);
    }
    assertThat(table.get("e")).isEqualTo(-1);
  }
}
