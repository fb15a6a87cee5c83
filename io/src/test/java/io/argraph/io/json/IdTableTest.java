package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class IdTableTest {
  /** The id found by its characters, or null. */
  private static @Nullable String find(IdTable table, String s) {
    char[] padded = ("<<" + s + ">>").toCharArray();
    int slot = table.slot(padded, 2, s.length());
    return slot < 0 ? null : table.id(slot);
  }

  @Test
  void find_inAnEmptyTableFindsNothing() {
    IdTable table = new IdTable();

    assertThat(find(table, "n1")).isNull();
    assertThat(find(table, "")).isNull();
    assertThat(table.size()).isZero();
  }

  @Test
  void find_returnsTheSameStringThatWasAdded() {
    IdTable table = new IdTable();
    String id = new String("node-1".toCharArray());
    table.add(id);

    assertThat(find(table, "node-1")).isSameAs(id);
    assertThat(find(table, "node-2")).isNull();
    assertThat(find(table, "node-")).isNull();
    assertThat(find(table, "node-10")).isNull();
  }

  @Test
  void add_ofAnIdAlreadyPresentKeepsTheFirst() {
    IdTable table = new IdTable();
    String first = new String("a".toCharArray());
    table.add(first);
    table.add(new String("a".toCharArray()));

    assertThat(find(table, "a")).isSameAs(first);
    assertThat(table.size()).isEqualTo(1);
  }

  @Test
  void find_tellsApartIdsWithTheSameHashCode() {
    IdTable table = new IdTable();
    // "Aa" and "BB" have the same String.hashCode.
    table.add("Aa");
    table.add("BB");

    assertThat(find(table, "Aa")).isEqualTo("Aa");
    assertThat(find(table, "BB")).isEqualTo("BB");
    assertThat(find(table, "AB")).isNull();
  }

  @Test
  void find_matchesNonAsciiCharacters() {
    IdTable table = new IdTable();
    table.add("año");
    table.add("🙂");

    assertThat(find(table, "año")).isEqualTo("año");
    assertThat(find(table, "🙂")).isEqualTo("🙂");
    assertThat(find(table, "ano")).isNull();
  }

  @Test
  void find_tellsApartLongIdsThatShareTheirInlineCharacters() {
    IdTable table = new IdTable();
    List<String> ids = List.of("premise-1", "premise-10", "premise-11", "premise-", "premise1");
    ids.forEach(table::add);

    for (String id : ids) {
      assertThat(find(table, id)).isSameAs(ids.get(ids.indexOf(id)));
    }
    assertThat(find(table, "premise-12")).isNull();
    assertThat(find(table, "premise-100")).isNull();
    assertThat(find(table, "premise")).isNull();
    assertThat(table.size()).isEqualTo(5);
  }

  @Test
  void find_doesNotConfuseWideCharactersWithTheirLowByte() {
    IdTable table = new IdTable();
    // U+0151 and U+0100 share their low byte with 'Q' and U+0000.
    table.add("\u0151x");
    table.add("\u0100");
    table.add("caf\u00e9");

    assertThat(find(table, "Qx")).isNull();
    assertThat(find(table, "\u0000")).isNull();
    assertThat(find(table, "\u0151x")).isEqualTo("\u0151x");
    assertThat(find(table, "\u0100")).isEqualTo("\u0100");
    assertThat(find(table, "caf\u00e9")).isEqualTo("caf\u00e9");
    assertThat(find(table, "cafe")).isNull();
  }

  @Test
  void find_ofIdsOfExactlyTheInlineLength() {
    IdTable table = new IdTable();
    String eight = "abcdefgh";
    String nine = "abcdefghi";
    table.add(eight);
    table.add(nine);

    assertThat(eight).hasSize(IdTable.INLINE);
    assertThat(find(table, "abcdefgh")).isSameAs(eight);
    assertThat(find(table, "abcdefghi")).isSameAs(nine);
    assertThat(find(table, "abcdefgx")).isNull();
    assertThat(find(table, "abcdefghj")).isNull();
  }

  @Test
  void add_keepsEveryIdAcrossManyGrowths() {
    IdTable table = new IdTable();
    for (int i = 0; i < 100_000; i++) {
      table.add("n" + i);
    }

    assertThat(table.size()).isEqualTo(100_000);
    for (int i = 0; i < 100_000; i += 997) {
      assertThat(find(table, "n" + i)).isEqualTo("n" + i);
    }
    assertThat(find(table, "n100000")).isNull();
  }

  @Test
  void add_ofManyIdsSharingOneHashCodeKeepsOnlyAsManyAsOneProbeReaches() {
    // Strings made of "Aa" and "BB" blocks all have the same hash code.
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 256; bits++) {
      StringBuilder sb = new StringBuilder();
      for (int b = 0; b < 8; b++) {
        sb.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(sb.toString());
    }
    IdTable table = new IdTable();
    colliding.forEach(table::add);

    assertThat(table.size()).isEqualTo(IdTable.MAX_PROBES);
    for (int i = 0; i < colliding.size(); i++) {
      String id = colliding.get(i);
      if (i < IdTable.MAX_PROBES) {
        assertThat(find(table, id)).isEqualTo(id);
      } else {
        assertThat(find(table, id)).isNull();
      }
    }
  }
}
