package io.argraph.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class RelationTest {

  @Test
  void factories_setTypeAndNote() {
    Relation r = Relation.attack("a", "b").withNote("rebuts");

    assertThat(r.from()).isEqualTo("a");
    assertThat(r.to()).isEqualTo("b");
    assertThat(r.type()).isEqualTo(RelationType.ATTACK);
    assertThat(r.note()).contains("rebuts");
    assertThat(r.withNote(null).note()).isEmpty();
    assertThat(Relation.support("a", "b").type()).isEqualTo(RelationType.SUPPORT);
    assertThat(r).hasToString("a -> b (attack)");
  }

  @Test
  void sameEnds_ignoresTheNote() {
    assertThat(Relation.support("a", "b").sameEnds(Relation.support("a", "b").withNote("n")))
        .isTrue();
    assertThat(Relation.support("a", "b").sameEnds(Relation.attack("a", "b"))).isFalse();
    assertThat(Relation.support("a", "b").sameEnds(Relation.support("b", "a"))).isFalse();
    assertThat(Relation.support("a", "b").sameEnds(Relation.support("a", "c"))).isFalse();
  }

  @Test
  void withNote_rejectsBlankNote() {
    assertThatThrownBy(() -> Relation.support("a", "b").withNote("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("relation a -> b: note is blank; omit it or write it");
  }

  @Test
  void equals_isByValueIncludingNote() {
    new EqualsTester()
        .addEqualityGroup(Relation.support("a", "b"), Relation.of("a", "b", RelationType.SUPPORT))
        .addEqualityGroup(Relation.support("a", "b").withNote("n"))
        .addEqualityGroup(Relation.attack("a", "b"))
        .addEqualityGroup(Relation.support("b", "a"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Relation.class);
    tester.testAllPublicInstanceMethods(Relation.support("a", "b"));
  }
}
