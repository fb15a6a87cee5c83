package io.argraph.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackedIdsTest {

  private static String read(PackedIds ids, int index) {
    int slot = ids.slot(index);
    char[] chars = ids.chars();
    return new String(chars, slot + 1, chars[slot]);
  }

  @Test
  void put_thenSlotGivesBackEachIdPutInAnyOrder() {
    PackedIds ids = new PackedIds(4, 0);
    ids.put(2, "c-node");
    ids.put(0, "a");
    ids.put(3, "");
    ids.put(1, "b.2:x_y");
    assertThat(List.of(read(ids, 0), read(ids, 1), read(ids, 2), read(ids, 3)))
        .containsExactly("a", "b.2:x_y", "c-node", "");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void put_growsTheTableWhenTheGuessIsTooSmall(long seed) {
    Random random = new Random(seed);
    int count = 1 + random.nextInt(2000);
    PackedIds ids = new PackedIds(count, 0);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = "n" + i + "x".repeat(random.nextInt(130));
      expected.add(id);
      ids.put(i, id);
    }
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      actual.add(read(ids, i));
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void put_keepsNonAsciiAndSurrogatePairsAsTheyAre() {
    PackedIds ids = new PackedIds(2, 1);
    ids.put(0, "e\u0301\uD83D\uDE00");
    ids.put(1, "z");
    assertThat(read(ids, 0)).isEqualTo("e\u0301\uD83D\uDE00");
    assertThat(read(ids, 1)).isEqualTo("z");
  }

  @Test
  void put_takesTheLongestIdASlotHoldsAndRejectsLonger() {
    PackedIds ids = new PackedIds(2, 0);
    String longest = "x".repeat(PackedIds.MAX_LENGTH);
    ids.put(0, longest);
    assertThat(read(ids, 0)).isEqualTo(longest);
    assertThatThrownBy(() -> ids.put(1, longest + "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an id of 65536 chars; at most 65535");
  }

  @Test
  void emptyTable_hasNoPositionsAndRejectsNegativeSizes() {
    PackedIds empty = new PackedIds(0, 0);
    assertThatThrownBy(() -> empty.slot(0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new PackedIds(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count -1, expected chars 0: use 0 or more");
  }
}
