package io.argraph.core.check;

import static io.argraph.core.check.CheckTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.internal.NormalisedText;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DuplicateTextCheckTest {

  @Test
  void duplicateText_firesOnTextsEqualUpToWhiteSpaceAndCase() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "Drug flows persist.")
            .problem("x", "Policy has failed.")
            .premise("b", "  drug   FLOWS\tpersist.\n")
            .build();

    assertThat(findings(g, CheckCodes.DUPLICATE_TEXT))
        .containsExactly(
            Finding.of(
                "duplicate-text",
                Severity.INFO,
                "2 nodes have the same text: \"a\" (Drug flows persist.), \"b\" (drug FLOWS"
                    + " persist.); merge them into one node, or reword them to say what differs",
                List.of("a", "b")));
  }

  @Test
  void duplicateText_oneFindingPerGroupWithAllItsNodes() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "One.")
            .premise("b", "Two.")
            .problem("c", "one.")
            .recommendation("d", "TWO.")
            .recommendation("e", "One.")
            .build();

    assertThat(findings(g, CheckCodes.DUPLICATE_TEXT))
        .extracting(Finding::nodes)
        .containsExactly(List.of("a", "c", "e"), List.of("b", "d"));
  }

  @Test
  void duplicateText_doesNotFireWhenPunctuationDiffers() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "Drug flows persist.")
            .premise("b", "Drug flows persist")
            .premise("c", "Drug flowspersist.")
            .build();

    assertThat(findings(g, CheckCodes.DUPLICATE_TEXT)).isEmpty();
  }

  @Test
  void duplicateText_ignoresCaseTheSameWayInATurkishLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      ArgumentGraph g =
          ArgumentGraph.builder().premise("a", "IMMIGRATION").premise("b", "immigration").build();

      assertThat(findings(g, CheckCodes.DUPLICATE_TEXT)).hasSize(1);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void duplicateText_namesTenNodesAndCountsTheRest() {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int i = 0; i < 12; i++) {
      b.premise("p" + i, "Same.");
    }

    Finding f = findings(b.build(), CheckCodes.DUPLICATE_TEXT).get(0);

    assertThat(f.nodes()).hasSize(12);
    assertThat(f.message())
        .isEqualTo(
            "12 nodes have the same text: \"p0\" (Same.), \"p1\" (Same.), \"p2\" (Same.), \"p3\""
                + " (Same.), \"p4\" (Same.), \"p5\" (Same.), \"p6\" (Same.), \"p7\" (Same.),"
                + " \"p8\" (Same.), \"p9\" (Same.) and 2 more; merge them into one node, or reword"
                + " them to say what differs");
  }

  /** Characters that exercise every branch of the normalisation: case, white space, non-ASCII. */
  private static final String ALPHABET =
      "aAbB zZ\t\n\u000b\u001c\u00a0\u2003\u3000\u0085éÉßİıIiΣσς😀.,";

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(8);
    for (int i = 0; i < length; i++) {
      int k = random.nextInt(ALPHABET.length());
      if (Character.isHighSurrogate(ALPHABET.charAt(k))) {
        sb.append(ALPHABET, k, k + 2);
      } else if (Character.isLowSurrogate(ALPHABET.charAt(k))) {
        sb.append(ALPHABET, k - 1, k + 1);
      } else {
        sb.append(ALPHABET.charAt(k));
      }
    }
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void normalisedHash_isTheHashOfTheNormalisedText(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 5_000; i++) {
      String text = randomText(random);

      assertThat(NormalisedText.normalisedHash(text))
          .as("text %s", text)
          .isEqualTo(NormalisedText.hash(NormalisedText.normalise(text)));
    }
  }

  /** Chars of a simple text: printable ASCII, upper and lower case, single spaces. */
  private static final String SIMPLE = "abkxyzABKXYZ09.,!~@[`{ ";

  /**
   * Chars that make a text not simple, or that a copy of the text in ISO-8859-1 could take for
   * simple ones: controls, DEL, {@code '?'}, Latin-1 and its white space, chars whose low byte is a
   * letter, a space or {@code '?'} (U+0161, U+0141, U+0120, U+013F, U+FF3F), the dotted capital I
   * and the Kelvin sign (which lower-cases to ASCII k), lone and paired surrogates.
   */
  private static final String NOT_SIMPLE =
      "\t\n\u000b\u001c\u001f\u007f?\u0080\u0085\u00a0\u00e9\u00ff\u0100\u0120\u013f\u0141"
          + "\u0161\uff3f\u0130\u212a\u2003\u3000\ud800\udc00\ud83d\ude00";

  private static String randomAsciiAndOther(Random random, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      String from = random.nextInt(8) == 0 ? NOT_SIMPLE : SIMPLE;
      sb.append(from.charAt(random.nextInt(from.length())));
    }
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void normalisedHash_isTheHashOfTheNormalisedText_atEveryLengthUpTo40(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      String text = randomAsciiAndOther(random, random.nextInt(41));

      assertThat(NormalisedText.normalisedHash(text))
          .as("text %s", text)
          .isEqualTo(NormalisedText.hash(NormalisedText.normalise(text)));
    }
  }

  /**
   * Plain spaces at the ends are skipped before the words are read: any number of them, at one end
   * or both, around texts of every length up to 40, simple or not, and texts of spaces only.
   */
  @Test
  void normalisedHash_isTheHashOfTheNormalisedText_withSpacesAtTheEnds() {
    String base = "The Quick brown fox jumps over a lazy dog";
    List<String> middles = new java.util.ArrayList<>();
    for (int length = 0; length <= 40; length++) {
      middles.add(base.substring(0, length));
      middles.add(base.substring(0, length).replace(' ', '\t'));
      middles.add(base.substring(0, length).replace("o", "o  "));
      middles.add(base.substring(0, length).replace('o', '\u00f6'));
    }
    for (String middle : middles) {
      for (int before = 0; before <= 9; before += 3) {
        for (int after = 0; after <= 10; after += 2) {
          String text = " ".repeat(before) + middle + " ".repeat(after);

          assertThat(NormalisedText.normalisedHash(text))
              .as("text [%s]", text)
              .isEqualTo(NormalisedText.hash(NormalisedText.normalise(text)));
        }
      }
    }
    assertThat(NormalisedText.normalisedHash("  Drug flows persist. "))
        .isEqualTo(NormalisedText.normalisedHash("drug flows persist."));
  }

  @Test
  void normalisedHash_isTheHashOfTheNormalisedText_withAnyOtherCharAtAnyPlace() {
    String base = "the quick brown fox jumps over a lazy dog";
    for (int length = 1; length <= 40; length++) {
      for (int at = 0; at < length; at++) {
        for (int k = 0; k < NOT_SIMPLE.length(); k++) {
          String text =
              base.substring(0, at) + NOT_SIMPLE.charAt(k) + base.substring(at + 1, length);

          assertThat(NormalisedText.normalisedHash(text))
              .as("text %s", text)
              .isEqualTo(NormalisedText.hash(NormalisedText.normalise(text)));
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void normalisedHash_ofASimpleTextIsThatOfEachTextThatNormalisesToIt(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int length = random.nextInt(41); sb.length() < length; ) {
        sb.append(SIMPLE.charAt(random.nextInt(SIMPLE.length())));
      }
      String simple = NormalisedText.collapseWhitespace(sb.toString());
      int expected = NormalisedText.normalisedHash(simple);

      assertThat(NormalisedText.hash(NormalisedText.normalise(simple)))
          .as("text %s", simple)
          .isEqualTo(expected);
      for (String variant :
          List.of(
              simple.toUpperCase(Locale.ROOT),
              " " + simple,
              simple + "\t",
              simple.replace(" ", "  "),
              simple.replace(" ", " \n\u00a0"),
              simple.replace('k', '\u212a'))) {
        assertThat(NormalisedText.normalisedHash(variant))
            .as("text %s of %s", variant, simple)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void normalisedHash_tellsCharsApartFromTheirLowByte() {
    // Equal hashes would be allowed, but these would mean the chars were read as their low bytes.
    assertThat(NormalisedText.normalisedHash("\u0161bc defgh"))
        .isNotEqualTo(NormalisedText.normalisedHash("abc defgh"));
    assertThat(NormalisedText.normalisedHash("abc\u0120defgh"))
        .isNotEqualTo(NormalisedText.normalisedHash("abc defgh"));
    assertThat(NormalisedText.normalisedHash("abc \u0141efgh"))
        .isNotEqualTo(NormalisedText.normalisedHash("abc aefgh"));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void duplicateText_groupsAsAMapOfNormalisedTextsDoes(long seed) {
    Random random = new Random(seed);
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    int n = 1 + random.nextInt(400);
    for (int i = 0; i < n; i++) {
      b.premise("n" + i, randomText(random) + ".");
    }
    ArgumentGraph g = b.build();
    List<List<String>> expected = groupsOfEqualNormalisedText(g);

    assertThat(findings(g, CheckCodes.DUPLICATE_TEXT))
        .extracting(Finding::nodes)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void duplicateText_tellsApartTextsWhoseHashesCollide() {
    // A pair found by a birthday search: equal hashes, different texts.
    // "text 59561" is simple, "Text  193779" is not: the two paths of normalisedHash meet.
    assertThat(NormalisedText.normalisedHash("text 59561"))
        .isEqualTo(NormalisedText.normalisedHash("Text  193779"));
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "text 59561")
            .premise("b", "Text  193779")
            .premise("c", "TEXT 59561 ")
            .premise("d", "text 193779")
            .build();

    assertThat(findings(g, CheckCodes.DUPLICATE_TEXT))
        .extracting(Finding::nodes)
        .containsExactly(List.of("a", "c"), List.of("b", "d"));
  }

  /**
   * The hash folds case by setting bit 5 of every byte, which also makes {@code @[\\]^_} hash as
   * {@code `{|}~DEL}: such texts meet in the table and are told apart by comparing them.
   */
  @Test
  void duplicateText_tellsApartTextsThatTheCaseFoldOfTheHashMakesAlike() {
    assertThat(NormalisedText.normalisedHash("Mail me @ [home] \\ a^b_c"))
        .isEqualTo(NormalisedText.normalisedHash("mail me ` {home} | a~b\u007fc"));
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "Mail me @ [home] \\ a^b_c")
            .premise("b", "mail me ` {home} | a~b\u007fc")
            .premise("c", "MAIL ME @ [HOME] \\ A^B_C")
            .build();

    assertThat(findings(g, CheckCodes.DUPLICATE_TEXT))
        .extracting(Finding::nodes)
        .containsExactly(List.of("a", "c"));
  }

  @Test
  void duplicateText_normalisesNonAsciiTextsLikeTheNormalisation() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "\u00a0ÉTÉ\u3000SEC ")
            .premise("b", "été sec")
            .premise("c", "İ")
            .premise("d", "i\u0307")
            .premise("e", "i")
            .build();

    assertThat(findings(g, CheckCodes.DUPLICATE_TEXT))
        .extracting(Finding::nodes)
        .containsExactly(List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void duplicateText_emptyGraphHasNoFindings() {
    assertThat(findings(ArgumentGraph.builder().build(), CheckCodes.DUPLICATE_TEXT)).isEmpty();
  }

  /** The groups that grouping the nodes by key gives, in graph order, each ended by -1. */
  private static int[] expectedGroups(int[] keys) {
    Map<Integer, List<Integer>> byKey = new LinkedHashMap<>();
    for (int v = 0; v < keys.length; v++) {
      byKey.computeIfAbsent(keys[v], k -> new ArrayList<>()).add(v);
    }
    List<Integer> groups = new ArrayList<>();
    for (List<Integer> group : byKey.values()) {
      if (group.size() > 1) {
        groups.addAll(group);
        groups.add(-1);
      }
    }
    return groups.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void normalisedHash_ofEmptyAndBlankTextsIsTheHashOfTheEmptyText() {
    for (String blank : List.of("", " ", "\t\n", "\u00a0", " \u2003\u3000 ")) {
      assertThat(NormalisedText.normalisedHash(blank))
          .as("text %s", blank)
          .isEqualTo(NormalisedText.hash(""));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void groups_linksEachGroupInGraphOrder_whenDifferentKeysShareHashes(long seed) {
    Random random = new Random(seed);
    int n = random.nextInt(20_000);
    int[] keys = new int[n];
    int[] hashes = new int[n];
    int distinct = 1 + random.nextInt(Math.max(1, n));
    int hashRange = 1 + random.nextInt(distinct);
    for (int v = 0; v < n; v++) {
      keys[v] = random.nextInt(distinct);
      hashes[v] = (keys[v] % hashRange) * 0x9E3779B1; // several keys per hash
    }

    assertThat(DuplicateTextCheck.groups(hashes, (u, v) -> keys[u] == keys[v]))
        .containsExactly(expectedGroups(keys));
  }

  @Test
  void groups_groupsWhenEveryHashIsEqual() {
    int n = 5_000; // several buckets, all of the nodes in one of them
    int[] keys = new int[n];
    for (int v = 0; v < n; v++) {
      keys[v] = (v * 7) % 3;
    }

    assertThat(DuplicateTextCheck.groups(new int[n], (u, v) -> keys[u] == keys[v]))
        .containsExactly(expectedGroups(keys));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 63, 64, 65, 1_000, 300_000})
  void groups_findsTheFewGroupsAmongManyUniqueHashes(int n) {
    Random random = new Random(n);
    int[] hashes = new int[n];
    for (int v = 0; v < n; v++) {
      hashes[v] = random.nextInt();
    }
    for (int i = 0; i < 1 + n / 1_000; i++) { // a few nodes take the hash of an earlier one
      int v = 1 + random.nextInt(n - 1);
      hashes[v] = hashes[random.nextInt(v)];
    }

    assertThat(DuplicateTextCheck.groups(hashes, (u, v) -> hashes[u] == hashes[v]))
        .containsExactly(expectedGroups(hashes));
  }

  /**
   * The duplicate search takes the hashes' top bits as they are: texts that differ in a few chars
   * anywhere, as numbered texts do, must spread over them like random numbers. 100,000 random
   * values take about 98,800 of 2^22 values of the top 22 bits.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "%d",
        "Statement %d of the synthetic brief, padded",
        "The government should act on point %d.",
        "%d: a premise",
        "  a long text whose number comes only after forty-odd chars: %d  ",
        "Ünïcödé %d"
      })
  void normalisedHash_spreadsNumberedTextsOverItsTopBits(String format) {
    java.util.Set<Integer> tops = new java.util.HashSet<>();
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      tops.add(
          NormalisedText.normalisedHash(String.format(java.util.Locale.ROOT, format, i)) >>> 10);
    }

    assertThat(tops.size()).isGreaterThan(98_000);
  }

  @Test
  void groups_ofNoNodesAndOfOneNode() {
    assertThat(DuplicateTextCheck.groups(new int[0], (u, v) -> true)).isEmpty();
    assertThat(DuplicateTextCheck.groups(new int[] {42}, (u, v) -> true)).isEmpty();
    assertThat(DuplicateTextCheck.groups(new int[] {42, 42}, (u, v) -> true))
        .containsExactly(0, 1, -1);
  }

  @Test
  void groups_comparesOnlyNodesOfEqualHash() {
    int n = 3_000;
    int[] hashes = new int[n];
    for (int v = 0; v < n; v++) {
      hashes[v] = v;
    }

    assertThat(
            DuplicateTextCheck.groups(
                hashes,
                (u, v) -> {
                  throw new AssertionError("compared " + u + " and " + v);
                }))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void duplicateText_groupsLargeGraphsAsAMapOfNormalisedTextsDoes(long seed) {
    Random random = new Random(seed);
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    int n = 3_000 + random.nextInt(5_000); // more nodes than one bucket takes
    for (int i = 0; i < n; i++) {
      String text =
          random.nextInt(4) == 0
              ? randomText(random) + "."
              : "Statement " + random.nextInt(n) + (random.nextBoolean() ? " of" : "  OF") + " x";
      b.premise("n" + i, text);
    }
    ArgumentGraph g = b.build();
    List<List<String>> expected = groupsOfEqualNormalisedText(g);

    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(findings(g, CheckCodes.DUPLICATE_TEXT))
        .extracting(Finding::nodes)
        .containsExactlyElementsOf(expected);
  }

  /** The oracle: the ids of every group of two or more nodes, by a map of normalised texts. */
  private static List<List<String>> groupsOfEqualNormalisedText(ArgumentGraph g) {
    Map<String, List<String>> oracle = new LinkedHashMap<>();
    for (Node node : g.nodes()) {
      oracle
          .computeIfAbsent(NormalisedText.normalise(node.text()), k -> new ArrayList<>())
          .add(node.id());
    }
    List<List<String>> groups = new ArrayList<>();
    for (List<String> group : oracle.values()) {
      if (group.size() > 1) {
        groups.add(group);
      }
    }
    return groups;
  }
}
