package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ids and texts of a block of nodes, read together. */
class NodeBlockTest {
  private static final List<Node> NODES =
      List.of(
          Node.of("a", NodeKind.PREMISE, "Short."),
          Node.of("long-id-of-b", NodeKind.PROBLEM, "x".repeat(200)),
          Node.of("c", NodeKind.RECOMMENDATION, "🙂".repeat(30)),
          Node.of("d", NodeKind.PREMISE, "D."));

  /**
   * Two texts whose prefix is read from their start (short, and cut at 25 chars) and three that
   * only the general path names (surrogate pairs; a doubled space; spaces at the ends too).
   */
  private static final List<Node> PLAIN_AND_NOT =
      List.of(
          Node.of("a", NodeKind.PREMISE, "Short."),
          Node.of("b", NodeKind.PROBLEM, "End the militarised approach."),
          Node.of("c", NodeKind.RECOMMENDATION, "🙂".repeat(30)),
          Node.of("d", NodeKind.PREMISE, "two  spaces"),
          Node.of("e", NodeKind.PROBLEM, "  two  spaces  "));

  @Test
  void read_takesTheIdsAndTextsOfTheGivenPositions() {
    NodeBlock block = new NodeBlock(NODES);

    block.read(new int[] {9, 2, 0, 1}, 1, 3);

    assertThat(List.of(block.id(0), block.id(1), block.id(2)))
        .containsExactly("c", "a", "long-id-of-b");
    assertThat(List.of(block.text(0), block.text(1), block.text(2)))
        .containsExactly("🙂".repeat(30), "Short.", "x".repeat(200));
  }

  @Test
  void length_boundsTheIdAndTheTextPrefixANameTakes() {
    NodeBlock block = new NodeBlock(NODES);

    block.read(new int[] {0, 1, 2, 3}, 0, 4);

    for (int j = 0; j < 4; j++) {
      Node node = NODES.get(j);
      String name = Names.node(node); // "id" (prefix): five chars beside the id and the prefix
      assertThat(block.length(j)).isGreaterThanOrEqualTo(name.length() - 5);
    }
    assertThat(block.length(0)).isEqualTo(1 + 6);
    assertThat(block.length(1)).isEqualTo(12 + 2 * Names.PREFIX_LENGTH + 1);
    assertThat(block.length(3)).isEqualTo(3);
  }

  @Test
  void prefixEnd_isWhereTheShownPrefixEndsOrMinusOne() {
    NodeBlock block = new NodeBlock(PLAIN_AND_NOT);

    block.read(new int[] {0, 1, 2, 3, 4}, 0, 5);

    List<Integer> ends = new ArrayList<>();
    for (int j = 0; j < 5; j++) {
      ends.add(block.prefixEnd(j));
    }
    assertThat(ends).containsExactly(6, 25, -1, -1, -1);
  }

  @Test
  void message_isKindAndNameBetweenTheFixedPiecesOnBothPaths() {
    NodeBlock block = new NodeBlock(PLAIN_AND_NOT);

    block.read(new int[] {0, 1, 2, 3, 4}, 0, 5);

    for (int j = 0; j < 5; j++) {
      Node node = PLAIN_AND_NOT.get(j);
      assertThat(block.message(j, "before ", Names.kind(node.kind()), " after"))
          .isEqualTo("before " + Names.kindAndNode(node) + " after");
    }
    assertThat(block.message(1, "", "problem", ""))
        .isEqualTo("problem \"b\" (End the militarised appro…)");
    assertThat(block.message(3, "", "premise", "!")).isEqualTo("premise \"d\" (two spaces)!");
    assertThat(block.message(4, "", "problem", "!")).isEqualTo("problem \"e\" (two spaces)!");
  }

  @Test
  void read_ofAFullBlockAndOfNone() {
    List<Node> many = new ArrayList<>();
    int[] positions = new int[NodeBlock.SIZE];
    for (int i = 0; i < NodeBlock.SIZE; i++) {
      many.add(Node.of("n" + i, NodeKind.PREMISE, "T" + i));
      positions[i] = NodeBlock.SIZE - 1 - i;
    }
    NodeBlock block = new NodeBlock(many);

    block.read(positions, 0, 0);
    block.read(positions, 0, NodeBlock.SIZE);

    assertThat(block.id(0)).isEqualTo("n" + (NodeBlock.SIZE - 1));
    assertThat(block.text(NodeBlock.SIZE - 1)).isEqualTo("T0");
  }

  @Test
  void read_refusesMoreThanABlock() {
    NodeBlock block = new NodeBlock(NODES);

    assertThatThrownBy(() -> block.read(new int[NodeBlock.SIZE + 1], 0, NodeBlock.SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("block of 65 nodes; at most 64");
  }
}
