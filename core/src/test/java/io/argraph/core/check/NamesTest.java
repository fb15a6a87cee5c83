package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.internal.NormalisedText;
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
    assertThat(NormalisedText.collapseWhitespace("a\u00a0\u00a0b")).isEqualTo("a b");
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

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void collapseWhitespace_agreesWithARegexReading(long seed) {
    java.util.Random random = new java.util.Random(seed);
    String[] pieces = {
      "a", "B", " ", "  ", "\t", "\n", "\u00a0", "\u2028", "\u3000", "🙂", "é", "x y"
    };
    for (int k = 0; k < 2_000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int j = random.nextInt(8); j > 0; j--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      String expected =
          text.replaceAll("[\\p{javaWhitespace}\\p{Z}]+", " ").replaceAll("^ | $", "");

      assertThat(NormalisedText.collapseWhitespace(text)).as("%s", text).isEqualTo(expected);
    }
  }

  @Test
  void kind_isTheLowerCaseNameOfEveryKind() {
    for (NodeKind kind : NodeKind.values()) {
      assertThat(Names.kind(kind)).isEqualTo(kind.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void appendNode_appendsToWhatIsThere() {
    StringBuilder sb = new StringBuilder("see ");

    Names.appendNode(sb, Node.of("r3", NodeKind.RECOMMENDATION, "End the militarised approach."));

    assertThat(sb).hasToString("see \"r3\" (End the militarised appro…)");
  }

  @Test
  void prefix_ofAnEmptyOrBlankTextIsEmpty() {
    assertThat(Names.prefix("")).isEmpty();
    assertThat(Names.prefix(" \t\n ")).isEmpty();
  }

  /** The prefix as the design states it: cut the collapsed text, strip its end, add "…". */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void prefix_agreesWithCuttingTheCollapsedTextAndStrippingItsEnd(long seed) {
    java.util.Random random = new java.util.Random(seed);
    String[] pieces = {"abcde", "B", " ", "\t", "\u00a0", "\u3000", "🙂", "é", "x y", "Ünï"};
    for (int k = 0; k < 2_000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int j = random.nextInt(16); j > 0; j--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();

      assertThat(Names.prefix(text)).as("%s", text).isEqualTo(designedPrefix(text));
    }
  }

  /** The prefix as the design states it, computed without any shortcut. */
  private static String designedPrefix(String text) {
    String collapsed = NormalisedText.collapseWhitespace(text);
    return collapsed.codePointCount(0, collapsed.length()) <= Names.PREFIX_LENGTH
        ? collapsed
        : collapsed
                .substring(0, collapsed.offsetByCodePoints(0, Names.PREFIX_LENGTH))
                .stripTrailing()
            + "…";
  }

  @Test
  void plainMessage_isTheBuiltMessageOfAPlainText() {
    for (String text :
        List.of(
            "",
            "Short text.",
            "abcdefghijklmnopqrstuvwxy",
            "abcdefghijklmnopqrstuvwxyz",
            "abcdefghijklmnopqrstuvwx yz",
            "End the militarised approach.",
            "x".repeat(26) + "\t\t  \u00a0🙂 é")) {
      String built = Names.appendNode(new StringBuilder("before problem "), "p1", text) + " after";

      assertThat(
              Names.plainMessage(
                  "before ", "problem", "p1", text, Names.plainPrefixEnd(text), " after"))
          .as("%s", text)
          .isEqualTo(built);
    }
  }

  @Test
  void plainPrefixEnd_ofPlainTexts() {
    assertThat(Names.plainPrefixEnd("")).isZero();
    assertThat(Names.plainPrefixEnd("Short text.")).isEqualTo(11);
    assertThat(Names.plainPrefixEnd("abcdefghijklmnopqrstuvwxy")).isEqualTo(25);
    assertThat(Names.plainPrefixEnd("End the militarised approach.")).isEqualTo(25);
    assertThat(Names.plainPrefixEnd("abcdefghijklmnopqrstuvwx yz")).isEqualTo(24);
    // Only the first 26 chars are read: what follows them does not matter.
    assertThat(Names.plainPrefixEnd("x".repeat(26) + "\t\t  \u00a0🙂 é")).isEqualTo(25);
  }

  @Test
  void plainPrefixEnd_leavesOtherTextsToTheGeneralReading() {
    for (String text :
        List.of(
            " leading space",
            "trailing space ",
            "two  spaces",
            "a\tb",
            "line\nbreak",
            "no\u00a0break",
            "é is not ASCII",
            "🙂",
            "del\u007f",
            "nul\u0000",
            "abcdefghijklmnopqrstuvwxy z", // a space as the 26th char
            "abcdefghijklmnopqrstuvw  xyz", // two spaces before the cut
            "abcdefghijklmnopqrstuvwxyé")) {
      assertThat(Names.plainPrefixEnd(text)).as("%s", text).isEqualTo(-1);
    }
  }

  /** Wherever the plain reading answers, it gives the prefix the design states. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void plainPrefixEnd_agreesWithThePrefix(long seed) {
    java.util.Random random = new java.util.Random(seed);
    String[] pieces = {"abcde", "B", "~", "!", " ", "  ", "\t", "\u00a0", "🙂", "é", "\u007f", "x"};
    int plain = 0;
    for (int k = 0; k < 4_000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int j = random.nextInt(24); j > 0; j--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      int end = Names.plainPrefixEnd(text);
      if (end >= 0) {
        plain++;
        String shown = text.substring(0, end) + (end < text.length() ? "…" : "");
        assertThat(shown).as("%s", text).isEqualTo(designedPrefix(text));
        assertThat(Names.prefix(text)).as("%s", text).isEqualTo(shown);
      }
    }
    assertThat(plain).isGreaterThan(100);
  }
}
