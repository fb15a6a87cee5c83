package io.argraph.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentGraphTest {

  private static ArgumentGraph.Builder sample() {
    return ArgumentGraph.builder()
        .id("g")
        .title("Sample")
        .metadata("author", "A. Author")
        .premise("p1", "Drug flows have not fallen.")
        .premise("p2", "Spending fell to $28 million.")
        .problem("q", "Counternarcotics policy failed.")
        .recommendation("r", "End the militarised approach.")
        .supports("p1", "q")
        .supports("p2", "q")
        .supports("q", "r")
        .attacks("p2", "p1");
  }

  @Test
  void build_keepsInsertionOrderOfNodesAndRelations() {
    ArgumentGraph g = sample().build();

    assertThat(g.nodes()).extracting(Node::id).containsExactly("p1", "p2", "q", "r");
    assertThat(g.relations())
        .containsExactly(
            Relation.support("p1", "q"),
            Relation.support("p2", "q"),
            Relation.support("q", "r"),
            Relation.attack("p2", "p1"));
    assertThat(g.nodeCount()).isEqualTo(4);
    assertThat(g.relationCount()).isEqualTo(4);
    assertThat(g.id()).contains("g");
    assertThat(g.title()).contains("Sample");
    assertThat(g.metadata()).containsExactly(Map.entry("author", "A. Author"));
  }

  @Test
  void queries_answerByKindTypeAndDirection() {
    ArgumentGraph g = sample().build();

    assertThat(g.nodes(NodeKind.PREMISE)).extracting(Node::id).containsExactly("p1", "p2");
    assertThat(g.nodes(NodeKind.PROBLEM)).extracting(Node::id).containsExactly("q");
    assertThat(g.relations(RelationType.ATTACK)).containsExactly(Relation.attack("p2", "p1"));
    assertThat(g.supporters("q")).extracting(Node::id).containsExactly("p1", "p2");
    assertThat(g.attackers("p1")).extracting(Node::id).containsExactly("p2");
    assertThat(g.supported("p2")).extracting(Node::id).containsExactly("q");
    assertThat(g.attacked("p2")).extracting(Node::id).containsExactly("p1");
    assertThat(g.incoming("r", RelationType.SUPPORT)).containsExactly(Relation.support("q", "r"));
    assertThat(g.outgoing("r", RelationType.SUPPORT)).isEmpty();
    assertThat(g.node("q")).map(Node::kind).contains(NodeKind.PROBLEM);
    assertThat(g.node("nope")).isEmpty();
    assertThat(g.contains("r")).isTrue();
    assertThat(g.indexOf("r")).isEqualTo(3);
    assertThat(g.indexOf("nope")).isEqualTo(-1);
  }

  @Test
  void fromIndexAndToIndex_givePositionsOfEachRelationsEnds() {
    ArgumentGraph g = sample().build();
    ArgumentGraph fewer = g.toBuilder().removeNode("p1").build(); // positions renumbered

    for (ArgumentGraph graph : List.of(g, fewer)) {
      for (int r = 0; r < graph.relations().size(); r++) {
        Relation relation = graph.relations().get(r);
        assertThat(graph.nodes().get(graph.fromIndex(r)).id()).isEqualTo(relation.from());
        assertThat(graph.nodes().get(graph.toIndex(r)).id()).isEqualTo(relation.to());
      }
    }
    int size = g.relations().size();
    assertThatThrownBy(() -> g.fromIndex(size))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("relation (" + size + ") must be less than size (" + size + ")");
    assertThatThrownBy(() -> g.toIndex(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void queries_rejectUnknownNode() {
    ArgumentGraph g = sample().build();

    assertThatThrownBy(() -> g.supporters("zz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown node \"zz\"; the graph has no node with that id");
  }

  @Test
  void returnedCollections_areUnmodifiable() {
    ArgumentGraph g = sample().build();
    Node extra = Node.of("x", NodeKind.PREMISE, "x");

    assertThatThrownBy(() -> g.nodes().add(extra))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> g.relations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> g.metadata().put("k", "v"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> g.supporters("q").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> g.incoming("q", RelationType.SUPPORT).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> g.nodes(NodeKind.PREMISE).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> g.asGraph().addVertex(extra))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void build_rejectsDuplicateNodeId() {
    ArgumentGraph.Builder b = ArgumentGraph.builder().premise("a", "one");

    assertThatThrownBy(() -> b.problem("a", "two"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate node id \"a\": each node needs its own id; rename one of them");
  }

  @Test
  void build_rejectsRelationToUnknownNode() {
    ArgumentGraph.Builder b = ArgumentGraph.builder().premise("a", "one");

    assertThatThrownBy(() -> b.supports("a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("relation a -> b (support): unknown node \"b\"; add it first");
    assertThatThrownBy(() -> b.attacks("c", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("relation c -> a (attack): unknown node \"c\"; add it first");
  }

  @Test
  void build_rejectsExactDuplicateRelationEvenWithAnotherNote() {
    ArgumentGraph.Builder b =
        ArgumentGraph.builder().premise("a", "one").problem("b", "two").supports("a", "b");

    assertThatThrownBy(() -> b.relation(Relation.support("a", "b").withNote("again")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "duplicate relation a -> b (support): the graph already has it; add each relation once");
  }

  @Test
  void build_allowsArgumentativeFlaws() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "one")
            .problem("b", "two")
            .supports("a", "b")
            .attacks("a", "b")
            .attacks("a", "a")
            .supports("b", "b")
            .supports("b", "a")
            .build();

    assertThat(g.relationCount()).isEqualTo(5);
    assertThat(g.asGraph().getAllEdges(g.node("a").orElseThrow(), g.node("b").orElseThrow()))
        .hasSize(2);
  }

  @Test
  void build_rejectsInvalidGraphIdAndBlankTitle() {
    assertThatThrownBy(() -> ArgumentGraph.builder().id("has space"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid graph id \"has space\": an id is 1 to 128 characters from A-Z a-z 0-9 _ . : -"
                + " and starts with a letter or digit");
    assertThatThrownBy(() -> ArgumentGraph.builder().title(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("graph title is blank; omit it or name it");
    assertThatThrownBy(() -> ArgumentGraph.builder().metadata(" ", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metadata key is blank; name the entry");
  }

  @Test
  void build_canBeCalledAgainAndBuilderChangesDoNotLeak() {
    ArgumentGraph.Builder b = sample();
    ArgumentGraph first = b.build();
    b.premise("p3", "More evidence.");
    ArgumentGraph second = b.build();

    assertThat(first.nodeCount()).isEqualTo(4);
    assertThat(second.nodeCount()).isEqualTo(5);
    assertThat(b.containsNode("p3")).isTrue();
  }

  @Test
  void toBuilder_copiesEverythingAndAllowsChanges() {
    ArgumentGraph g = sample().build();

    assertThat(g.toBuilder().build()).isEqualTo(g);
    ArgumentGraph changed = g.toBuilder().removeNode("p2").build();
    assertThat(changed.nodes()).extracting(Node::id).containsExactly("p1", "q", "r");
    assertThat(changed.relations())
        .containsExactly(Relation.support("p1", "q"), Relation.support("q", "r"));
    ArgumentGraph fewer = g.toBuilder().removeRelation(Relation.attack("p2", "p1")).build();
    assertThat(fewer.relations(RelationType.ATTACK)).isEmpty();
    assertThat(g.relationCount()).isEqualTo(4);
  }

  @Test
  void remove_rejectsUnknownNodeOrRelation() {
    ArgumentGraph.Builder b = sample();

    assertThatThrownBy(() -> b.removeNode("zz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown node \"zz\"; nothing to remove");
    assertThatThrownBy(() -> b.removeRelation(Relation.attack("q", "r")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown relation q -> r (attack); nothing to remove");
  }

  @Test
  void relation_sharesTheNodesIdStrings() {
    String id = new String(new char[] {'q'});
    ArgumentGraph g =
        ArgumentGraph.builder().premise("p", "x").problem(id, "y").supports("p", "q").build();

    assertThat(g.relations().get(0).to()).isSameAs(g.node("q").orElseThrow().id());
  }

  @Test
  void equals_isByValueAndOrder() {
    new EqualsTester()
        .addEqualityGroup(sample().build(), sample().build())
        .addEqualityGroup(sample().title("Other").build())
        .addEqualityGroup(sample().id("h").build())
        .addEqualityGroup(sample().metadata("year", "1999").build())
        .addEqualityGroup(sample().premise("p9", "More.").build())
        .addEqualityGroup(
            ArgumentGraph.builder()
                .premise("p2", "Spending fell to $28 million.")
                .premise("p1", "Drug flows have not fallen.")
                .build(),
            ArgumentGraph.builder()
                .premise("p2", "Spending fell to $28 million.")
                .premise("p1", "Drug flows have not fallen.")
                .build())
        .addEqualityGroup(
            ArgumentGraph.builder()
                .premise("p1", "Drug flows have not fallen.")
                .premise("p2", "Spending fell to $28 million.")
                .build())
        .addEqualityGroup(ArgumentGraph.builder().build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicInstanceMethods(sample().build());
    tester.testAllPublicInstanceMethods(sample());
    tester.testAllPublicStaticMethods(ArgumentGraph.class);
  }

  @Test
  void toString_summarises() {
    assertThat(sample().build())
        .hasToString("ArgumentGraph{id=g, title=Sample, nodes=4, relations=4}");
    assertThat(ArgumentGraph.builder().build()).hasToString("ArgumentGraph{nodes=0, relations=0}");
  }

  @Test
  void emptyGraph_hasNoNodesOrRelations() {
    ArgumentGraph g = ArgumentGraph.builder().build();

    assertThat(g.nodes()).isEmpty();
    assertThat(g.relations()).isEmpty();
    assertThat(g.id()).isEmpty();
    assertThat(g.asGraph().vertexSet()).isEmpty();
    assertThat(List.copyOf(g.metadata().keySet())).isEmpty();
  }
}
