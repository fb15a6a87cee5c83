package io.argraph.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackedIdsTest {

  private static String read(PackedIds ids, int index) {
    long word = ids.word(index);
    int length = ids.length(word);
    char[] chars = new char[length + 4];
    ids.getChars(word, length, chars, 2);
    return new String(chars, 2, length);
  }

  @Test
  void put_thenWordGivesBackEachIdPutInAnyOrder() {
    PackedIds ids = new PackedIds(5);
    ids.put(2, "c-node");
    ids.put(0, "a");
    ids.put(3, "");
    ids.put(4, "a-much-longer-id.with:all_of-its.chars");
    ids.put(1, "b.2:x_y");
    assertThat(List.of(read(ids, 0), read(ids, 1), read(ids, 2), read(ids, 3), read(ids, 4)))
        .containsExactly("a", "b.2:x_y", "c-node", "", "a-much-longer-id.with:all_of-its.chars");
    assertThat(ids.maxLength()).isEqualTo(38);
  }

  @Test
  void asciiBytes_ofAnIdInItsWord_areItsCharsFromTheLowestByte() {
    PackedIds ids = new PackedIds(4);
    ids.put(0, "n1234:x");
    ids.put(1, "");
    ids.put(2, "12345678");
    ids.put(3, "\u00e9");
    assertThat(PackedIds.inWord(ids.word(0))).isTrue();
    assertThat(PackedIds.asciiBytes(ids.word(0)))
        .isEqualTo(
            'n'
                | '1' << 8
                | '2' << 16
                | (long) '3' << 24
                | (long) '4' << 32
                | (long) ':' << 40
                | (long) 'x' << 48);
    assertThat(PackedIds.inWord(ids.word(1))).isTrue();
    assertThat(PackedIds.asciiBytes(ids.word(1))).isZero();
    assertThat(PackedIds.inWord(ids.word(2))).isFalse();
    assertThat(PackedIds.inWord(ids.word(3))).isFalse(); // not ASCII: kept as chars
  }

  @Test
  void putWordBytes_putsTheIdsAsciiBytesAtThePositionAndReturnsTheEnd() {
    PackedIds ids = new PackedIds(2);
    ids.put(0, "n1234:x");
    ids.put(1, "");
    byte[] b = new byte[12];
    Arrays.fill(b, (byte) '#');

    assertThat(PackedIds.putWordBytes(ids.word(0), 7, b, 2)).isEqualTo(9);
    assertThat(PackedIds.putWordBytes(ids.word(1), 0, b, 9)).isEqualTo(9);
    assertThat(new String(b, StandardCharsets.US_ASCII)).isEqualTo("##n1234:x###");
  }

  @Test
  void shortAndLongIds_meetAtSevenChars() {
    PackedIds ids = new PackedIds(3);
    ids.put(0, "1234567");
    ids.put(1, "12345678");
    ids.put(2, "\u007f\u007f\u007f\u007f\u007f\u007f\u007f");
    assertThat(ids.word(0)).isNotNegative();
    assertThat(ids.word(1)).isNegative();
    assertThat(ids.word(2)).isNotNegative();
    assertThat(read(ids, 0)).isEqualTo("1234567");
    assertThat(read(ids, 1)).isEqualTo("12345678");
    assertThat(read(ids, 2)).isEqualTo("\u007f".repeat(7));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void put_manyIdsOfAnyLengthGrowTheTableAndComeBackWhole(long seed) {
    Random random = new Random(seed);
    int count = 1 + random.nextInt(2000);
    PackedIds ids = new PackedIds(count);
    List<String> expected = new ArrayList<>();
    int max = 0;
    for (int i = 0; i < count; i++) {
      String id = "n" + i + "x".repeat(random.nextInt(random.nextBoolean() ? 4 : 130));
      expected.add(id);
      max = Math.max(max, id.length());
      ids.put(i, id);
    }
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      actual.add(read(ids, i));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(ids.maxLength()).isEqualTo(max);
  }

  @Test
  void put_keepsNonAsciiAndSurrogatePairsAsTheyAre() {
    PackedIds ids = new PackedIds(3);
    ids.put(0, "e\u0301\uD83D\uDE00");
    ids.put(1, "z");
    ids.put(2, "\u00e9");
    assertThat(read(ids, 0)).isEqualTo("e\u0301\uD83D\uDE00");
    assertThat(read(ids, 1)).isEqualTo("z");
    assertThat(read(ids, 2)).isEqualTo("\u00e9");
    assertThat(ids.word(2)).isNegative();
  }

  @Test
  void put_takesTheLongestIdASlotHoldsAndRejectsLonger() {
    PackedIds ids = new PackedIds(2);
    String longest = "x".repeat(PackedIds.MAX_LENGTH);
    ids.put(0, longest);
    assertThat(read(ids, 0)).isEqualTo(longest);
    assertThatThrownBy(() -> ids.put(1, longest + "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an id of 65536 chars; at most 65535");
  }

  @Test
  void emptyTable_hasNoPositionsAndRejectsANegativeCount() {
    PackedIds empty = new PackedIds(0);
    assertThat(empty.maxLength()).isZero();
    assertThatThrownBy(() -> empty.word(0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new PackedIds(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count -1: use 0 or more");
  }
}
