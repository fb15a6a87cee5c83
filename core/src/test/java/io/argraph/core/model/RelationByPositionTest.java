package io.argraph.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argraph.core.testing.RandomGraphs;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ArgumentGraph.Builder#relation(int, int, RelationType)}: relation ends by position. */
class RelationByPositionTest {

  private static ArgumentGraph.Builder threeNodes() {
    return ArgumentGraph.builder().premise("a", "one").problem("b", "two").recommendation("c", "x");
  }

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void relationByPosition_buildsTheSameGraphAsById(long seed) {
    ArgumentGraph expected = RandomGraphs.graph(seed);
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    expected.id().ifPresent(b::id);
    expected.title().ifPresent(b::title);
    expected.metadata().forEach(b::metadata);
    expected.nodes().forEach(b::node);
    for (int r = 0; r < expected.relationCount(); r++) {
      Relation relation = expected.relations().get(r);
      if (relation.note().isPresent()) {
        b.relation(relation);
      } else {
        b.relation(expected.fromIndex(r), expected.toIndex(r), relation.type());
      }
    }

    ArgumentGraph actual = b.build();

    assertThat(actual).isEqualTo(expected);
    for (int r = 0; r < actual.relationCount(); r++) {
      assertThat(actual.fromIndex(r)).isEqualTo(expected.fromIndex(r));
      assertThat(actual.toIndex(r)).isEqualTo(expected.toIndex(r));
    }
    for (Node n : actual.nodes()) {
      for (RelationType type : RelationType.values()) {
        assertThat(actual.incoming(n.id(), type)).isEqualTo(expected.incoming(n.id(), type));
        assertThat(actual.outgoing(n.id(), type)).isEqualTo(expected.outgoing(n.id(), type));
      }
    }
  }

  @Test
  void relationByPosition_addsTheRelationBetweenTheNodesAtThosePositions() {
    ArgumentGraph g =
        threeNodes()
            .relation(0, 1, RelationType.SUPPORT)
            .relation(2, 0, RelationType.ATTACK)
            .build();

    assertThat(g.relations())
        .containsExactly(Relation.support("a", "b"), Relation.attack("c", "a"));
    assertThat(g.supporters("b")).extracting(Node::id).containsExactly("a");
    assertThat(g.attacked("c")).extracting(Node::id).containsExactly("a");
  }

  @Test
  void relationByPosition_sharesTheNodesIdStrings() {
    String id = new String(new char[] {'q'});
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("p", "x")
            .problem(id, "y")
            .relation(0, 1, RelationType.SUPPORT)
            .build();

    assertThat(g.relations().get(0).to()).isSameAs(id);
  }

  @Test
  void relationByPosition_allowsSelfRelationsAndBothTypesOnOnePair() {
    ArgumentGraph g =
        threeNodes()
            .relation(1, 1, RelationType.ATTACK)
            .relation(1, 1, RelationType.SUPPORT)
            .relation(0, 1, RelationType.ATTACK)
            .relation(0, 1, RelationType.SUPPORT)
            .build();

    assertThat(g.relations())
        .containsExactly(
            Relation.attack("b", "b"),
            Relation.support("b", "b"),
            Relation.attack("a", "b"),
            Relation.support("a", "b"));
    assertThat(g.attackers("b")).extracting(Node::id).containsExactly("b", "a");
  }

  @Test
  void relationByPosition_rejectsADuplicateWithTheMessageOfTheIdPath() {
    String message =
        "duplicate relation a -> b (support): the graph already has it; add each relation once";
    ArgumentGraph.Builder byPosition = threeNodes().relation(0, 1, RelationType.SUPPORT);
    ArgumentGraph.Builder byId = threeNodes().supports("a", "b");

    assertThatThrownBy(() -> byPosition.relation(0, 1, RelationType.SUPPORT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> byPosition.supports("a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> byId.relation(0, 1, RelationType.SUPPORT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> byId.supports("a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(byPosition.build()).isEqualTo(byId.build());
    assertThat(byPosition.build().relationCount()).isEqualTo(1);
  }

  @Test
  void relationByPosition_rejectsADuplicateSelfAttack() {
    ArgumentGraph.Builder b = threeNodes().attacks("c", "c");

    assertThatThrownBy(() -> b.relation(2, 2, RelationType.ATTACK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "duplicate relation c -> c (attack): the graph already has it; add each relation once");
  }

  @Test
  void relationByPosition_rejectsUnknownPositionsAndChangesNothing() {
    ArgumentGraph.Builder b = threeNodes().relation(0, 1, RelationType.SUPPORT);

    assertThatThrownBy(() -> b.relation(3, 0, RelationType.SUPPORT))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("fromPosition (3) must be less than size (3)");
    assertThatThrownBy(() -> b.relation(0, 3, RelationType.SUPPORT))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("toPosition (3) must be less than size (3)");
    assertThatThrownBy(() -> b.relation(-1, 0, RelationType.ATTACK))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("fromPosition (-1) must not be negative");
    assertThatThrownBy(() -> b.relation(0, Integer.MIN_VALUE, RelationType.ATTACK))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("toPosition (-2147483648) must not be negative");
    assertThatThrownBy(() -> ArgumentGraph.builder().relation(0, 0, RelationType.SUPPORT))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("fromPosition (0) must be less than size (0)");

    assertThat(b.build().relations()).containsExactly(Relation.support("a", "b"));
  }

  @Test
  void relationByPosition_usesThePositionsAfterARemoval() {
    ArgumentGraph.Builder b = threeNodes().supports("a", "b").removeNode("a");

    ArgumentGraph g = b.relation(0, 1, RelationType.SUPPORT).build();

    assertThat(g.relations()).containsExactly(Relation.support("b", "c"));
    assertThatThrownBy(() -> b.relation(2, 0, RelationType.SUPPORT))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("fromPosition (2) must be less than size (2)");
  }

  @Test
  void relationByPosition_worksPastTheBuildersFirstCapacity() {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    int n = 1_000;
    for (int i = 0; i < n; i++) {
      b.premise("n" + i, "text " + i);
    }
    for (int i = 0; i < n; i++) {
      b.relation(i, (i * 7 + 1) % n, RelationType.ATTACK);
    }

    ArgumentGraph g = b.build();

    assertThat(g.relationCount()).isEqualTo(n);
    assertThat(g.relations().get(n - 1)).isEqualTo(Relation.attack("n999", "n994"));
    assertThat(g.attackers("n994")).extracting(Node::id).containsExactly("n999");
  }

  @Test
  void relationByPosition_leavesAnEarlierBuiltGraphUnchanged() {
    ArgumentGraph.Builder b = threeNodes();
    ArgumentGraph before = b.build();

    b.relation(0, 2, RelationType.SUPPORT);

    assertThat(before.relationCount()).isZero();
    assertThat(b.build().supported("a")).extracting(Node::id).containsExactly("c");
  }
}
