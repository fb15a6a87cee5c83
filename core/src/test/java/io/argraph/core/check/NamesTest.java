package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void prefix_cutsAfterTwentyFiveCharactersWithAnEllipsis() {
    assertThat(Names.prefix("End the militarised approach."))
        .isEqualTo("End the militarised appro…");
  }

  @Test
  void prefix_keepsATextOfExactlyTwentyFiveCharacters() {
    assertThat(Names.prefix("abcdefghijklmnopqrstuvwxy")).isEqualTo("abcdefghijklmnopqrstuvwxy");
  }

  @Test
  void prefix_dropsASpaceBeforeTheEllipsis() {
    assertThat(Names.prefix("abcdefghijklmnopqrstuvwx yz")).isEqualTo("abcdefghijklmnopqrstuvwx…");
  }

  @Test
  void prefix_neverSplitsASurrogatePair() {
    assertThat(Names.prefix("abcdefghijklmnopqrstuvwx🙂🙂"))
        .isEqualTo("abcdefghijklmnopqrstuvwx🙂…");
  }

  @Test
  void prefix_collapsesLineBreaksAndTabsSoAMessageStaysOnOneLine() {
    assertThat(Names.prefix("\tline\nbreak  here ")).isEqualTo("line break here");
  }

  @Test
  void collapseWhitespace_treatsNoBreakSpaceAsWhiteSpace() {
    assertThat(Names.collapseWhitespace("a\u00a0\u00a0b")).isEqualTo("a b");
  }

  @Test
  void kindAndNode_namesTheKindInLowerCase() {
    assertThat(Names.kindAndNode(Node.of("q", NodeKind.PROBLEM, "Policy failed.")))
        .isEqualTo("problem \"q\" (Policy failed.)");
  }

  @Test
  void nodes_namesUpToTenThenCounts() {
    List<Node> eleven =
        java.util.stream.IntStream.range(0, 11)
            .mapToObj(i -> Node.of("n" + i, NodeKind.PREMISE, "T" + i))
            .toList();

    assertThat(Names.nodes(eleven))
        .isEqualTo(
            "\"n0\" (T0), \"n1\" (T1), \"n2\" (T2), \"n3\" (T3), \"n4\" (T4), \"n5\" (T5), \"n6\""
                + " (T6), \"n7\" (T7), \"n8\" (T8), \"n9\" (T9) and 1 more");
    assertThat(Names.nodes(eleven.subList(0, 2))).isEqualTo("\"n0\" (T0), \"n1\" (T1)");
  }
}
