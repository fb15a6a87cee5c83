package io.argraph.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.NodeKind;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A message made in one piece, against the builder that made it before. */
class NamesMessageTest {

  /** The construction {@link Names#message} replaces: a builder, appended to piece by piece. */
  private static String reference(String head, String id, String text, String tail) {
    StringBuilder sb = new StringBuilder(head.length() + id.length() + tail.length() + 8);
    sb.append(head).append('"').append(id).append("\" (");
    String collapsed = Names.collapseWhitespace(text);
    int length = collapsed.length();
    if (length <= Names.PREFIX_LENGTH
        || collapsed.codePointCount(0, length) <= Names.PREFIX_LENGTH) {
      sb.append(collapsed);
    } else {
      int end = collapsed.offsetByCodePoints(0, Names.PREFIX_LENGTH);
      while (end > 0 && Character.isWhitespace(collapsed.codePointBefore(end))) {
        end -= Character.charCount(collapsed.codePointBefore(end));
      }
      sb.append(collapsed, 0, end).append('…');
    }
    return sb.append(')').append(tail).toString();
  }

  @Test
  void message_showsATextOfExactlyTwentyFiveCodePointsWhole() {
    assertThat(Names.message("premise ", "p1", "abcdefghijklmnopqrstuvwxy", " is unused"))
        .isEqualTo("premise \"p1\" (abcdefghijklmnopqrstuvwxy) is unused");
  }

  @Test
  void message_cutsATextOfTwentySixCodePoints() {
    assertThat(Names.message("", "p1", "abcdefghijklmnopqrstuvwxyz", ""))
        .isEqualTo("\"p1\" (abcdefghijklmnopqrstuvwxy…)");
  }

  @Test
  void message_keepsASurrogatePairWholeAtTheCut() {
    assertThat(Names.message("", "x", "abcdefghijklmnopqrstuvwx🙂🙂", "."))
        .isEqualTo("\"x\" (abcdefghijklmnopqrstuvwx🙂…).");
    assertThat(Names.message("", "x", "🙂".repeat(30), ""))
        .isEqualTo("\"x\" (" + "🙂".repeat(25) + "…)");
  }

  @Test
  void message_dropsWhiteSpaceBeforeTheEllipsis() {
    assertThat(Names.message("", "x", "abcdefghijklmnopqrstuvwx yz", ""))
        .isEqualTo("\"x\" (abcdefghijklmnopqrstuvwx…)");
  }

  @Test
  void message_collapsesATextThatIsNotCollapsed() {
    assertThat(Names.message("problem ", "q", "\tline\nbreak  here ", " has no support"))
        .isEqualTo("problem \"q\" (line break here) has no support");
    assertThat(Names.message("", "q", "  a\u00a0\u00a0b" + " c".repeat(20), ""))
        .isEqualTo("\"q\" (a b c c c c c c c c c c c…)");
  }

  @Test
  void message_ofAnEmptyOrBlankText() {
    assertThat(Names.message("", "e", "", "!")).isEqualTo("\"e\" ()!");
    assertThat(Names.message("", "e", " \t\n ", "!")).isEqualTo("\"e\" ()!");
  }

  @Test
  void message_ofANonLatinTextWithoutEllipsis() {
    assertThat(Names.message("premise ", "ü", "Ünïcödé ✓ 🙂", " ist gut"))
        .isEqualTo("premise \"ü\" (Ünïcödé ✓ 🙂) ist gut");
  }

  @Test
  void message_ofIdsOfManyLengths() {
    String text = "End the militarised approach.";
    for (String id : new String[] {"", "r", "r3", "n999999", "a-very-long-id-".repeat(10)}) {
      assertThat(Names.message("recommendation ", id, text, " stands"))
          .isEqualTo("recommendation \"" + id + "\" (End the militarised appro…) stands");
    }
  }

  @Test
  void cut_isMinusOneForATextShownWholeAndTheEndOfThePrefixOtherwise() {
    assertThat(Names.cut("")).isEqualTo(-1);
    assertThat(Names.cut("a".repeat(25))).isEqualTo(-1);
    assertThat(Names.cut("🙂".repeat(25))).isEqualTo(-1);
    assertThat(Names.cut("a".repeat(26))).isEqualTo(25);
    assertThat(Names.cut("🙂".repeat(26))).isEqualTo(50);
    assertThat(Names.cut("abc " + "d".repeat(21) + " efg")).isEqualTo(25);
    assertThat(Names.cut("a".repeat(24) + " bc")).isEqualTo(24);
  }

  @Test
  void kindAndSpace_isTheKindsNameAndASpace() {
    for (NodeKind kind : NodeKind.values()) {
      assertThat(Names.kindAndSpace(kind)).isEqualTo(Names.kind(kind) + " ");
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void message_equalsTheBuildersOnRandomTexts(long seed) {
    Random random = new Random(seed);
    String[] pieces = {
      "abcde", "B", " ", "  ", "\t", "\n", "\u00a0", "\u2028", "\u3000", "🙂", "é", "x y", "Ünï",
      "…"
    };
    String[] heads = {"", "premise ", "no recommendation can be reached from problem "};
    String[] tails = {"", " has no relations; connect it", " is defeated: ü ✓"};
    for (int k = 0; k < 2_000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      String id = random.nextBoolean() ? "n" + random.nextInt(1_000_000) : text;
      String head = heads[random.nextInt(heads.length)];
      String tail = tails[random.nextInt(tails.length)];

      assertThat(Names.message(head, id, text, tail))
          .as("%s", text)
          .isEqualTo(reference(head, id, text, tail));
    }
  }
}
