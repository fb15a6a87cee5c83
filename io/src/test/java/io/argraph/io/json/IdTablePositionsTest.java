package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link IdTable#slot}, {@link IdTable#position} and {@link IdTable#id}. */
class IdTablePositionsTest {
  private static int slot(IdTable table, String s) {
    char[] padded = ("<<" + s + ">>").toCharArray();
    return table.slot(padded, 2, s.length());
  }

  @Test
  void slot_inAnEmptyTableIsMinusOne() {
    IdTable table = new IdTable();

    assertThat(slot(table, "n1")).isEqualTo(-1);
    assertThat(slot(table, "")).isEqualTo(-1);
  }

  @Test
  void position_countsIdsInTheOrderAdded() {
    IdTable table = new IdTable();
    String first = new String("b".toCharArray());
    table.add(first);
    table.add("a");
    table.add("longer-than-eight");

    assertThat(table.position(slot(table, "b"))).isZero();
    assertThat(table.id(slot(table, "b"))).isSameAs(first);
    assertThat(table.position(slot(table, "a"))).isEqualTo(1);
    assertThat(table.position(slot(table, "longer-than-eight"))).isEqualTo(2);
    assertThat(table.id(slot(table, "longer-than-eight"))).isEqualTo("longer-than-eight");
    assertThat(slot(table, "longer-than-eighT")).isEqualTo(-1);
    assertThat(slot(table, "c")).isEqualTo(-1);
  }

  @Test
  void position_ofAWideOrNonAsciiIdIsKept() {
    IdTable table = new IdTable();
    table.add("año");
    table.add("🙂");
    table.add("\u0151x");
    table.add("\u0100");

    assertThat(table.position(slot(table, "año"))).isZero();
    assertThat(table.position(slot(table, "🙂"))).isEqualTo(1);
    assertThat(table.position(slot(table, "\u0151x"))).isEqualTo(2);
    assertThat(table.position(slot(table, "\u0100"))).isEqualTo(3);
    assertThat(slot(table, "Qx")).isEqualTo(-1);
  }

  @Test
  void add_ofAnIdAlreadyThereKeepsItsFirstPositionButTakesTheNext() {
    IdTable table = new IdTable();
    table.add("a");
    table.add(new String("a".toCharArray()));
    table.add("b");

    assertThat(table.size()).isEqualTo(2);
    assertThat(table.position(slot(table, "a"))).isZero();
    assertThat(table.position(slot(table, "b"))).isEqualTo(2);
  }

  @Test
  void position_survivesManyGrowths() {
    IdTable table = new IdTable();
    for (int i = 0; i < 100_000; i++) {
      table.add("n" + i);
    }

    for (int i = 0; i < 100_000; i += 997) {
      int slot = slot(table, "n" + i);
      assertThat(table.position(slot)).isEqualTo(i);
      assertThat(table.id(slot)).isEqualTo("n" + i);
    }
    assertThat(slot(table, "n100000")).isEqualTo(-1);
  }

  @Test
  void position_ofIdsPastAFullProbeStillCountsThem() {
    // Strings made of "Aa" and "BB" blocks all have the same hash code.
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 64; bits++) {
      StringBuilder sb = new StringBuilder();
      for (int b = 0; b < 6; b++) {
        sb.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(sb.toString());
    }
    IdTable table = new IdTable();
    colliding.forEach(table::add);
    table.add("after");

    for (int i = 0; i < colliding.size(); i++) {
      int slot = slot(table, colliding.get(i));
      if (i < IdTable.MAX_PROBES) {
        assertThat(table.position(slot)).isEqualTo(i);
      } else {
        assertThat(slot).isEqualTo(-1);
      }
    }
    assertThat(table.position(slot(table, "after"))).isEqualTo(colliding.size());
  }
}
