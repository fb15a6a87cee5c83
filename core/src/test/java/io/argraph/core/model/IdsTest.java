package io.argraph.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.testing.RandomGraphs;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {
  /** The rule as DESIGN.md writes it; the checker must agree with it on every string. */
  private static final Pattern RULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

  private static final String ALPHABET =
      "AZaz09_.:-@ /é\u0000\u00a0Ａ٣" + "\ud83d\ude42" + "bcdXYZ5";

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(20);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "a", "Z", "9", "_a", ".a", ":a", "-a", "a_b.c:d-e", "a b", "é", "٣", "Ａ"})
  void isId_agreesWithTheRuleOnEdgeCases(String s) {
    assertThat(Ids.isId(s)).isEqualTo(RULE.matcher(s).matches());
  }

  @ParameterizedTest
  @ValueSource(ints = {127, 128, 129, 1000})
  void isId_acceptsAtMost128Characters(int length) {
    String s = "a".repeat(length);

    assertThat(Ids.isId(s)).isEqualTo(length <= 128).isEqualTo(RULE.matcher(s).matches());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void isId_agreesWithTheRuleOnRandomStrings(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      int length = random.nextInt(10) == 0 ? 120 + random.nextInt(16) : random.nextInt(8);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < length; k++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = sb.toString();
      assertThat(Ids.isId(s)).as(s).isEqualTo(RULE.matcher(s).matches());
    }
  }
}
