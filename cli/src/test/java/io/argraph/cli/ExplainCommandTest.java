package io.argraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  @TempDir Path dir;

  @Test
  void explain_aRecommendationOfTheBrief() {
    Cli.Result r = Cli.exec("explain", Cli.BRIEF.toString(), "end-militarized-counternarcotics");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("end-militarized-counternarcotics is IN: ").endsWith(".\n");
    Cli.Result none =
        Cli.exec(
            "explain",
            Cli.BRIEF.toString(),
            "end-militarized-counternarcotics",
            "--support",
            "none");
    assertThat(none.out())
        .isEqualTo(
            "end-militarized-counternarcotics is IN: every attacker is OUT"
                + " (militarized-partnership-case), defeated by drug-flow-unchanged.\n");
  }

  @Test
  void explain_anArgumentOfAFramework() throws Exception {
    Path af = Fixtures.write(dir, "nixon.af", Fixtures.NIXON_AF);
    Cli.Result r = Cli.exec("explain", af.toString(), "3");
    assertThat(r.out()).isEqualTo("3 is UNDEC: it depends on an unresolved cycle: 1, 2.\n");
    assertThat(r.code()).isZero();
    Cli.Result support = Cli.exec("explain", af.toString(), "3", "--support", "deductive");
    assertThat(support.code()).isEqualTo(2);
    assertThat(support.err())
        .isEqualTo(
            "argraph: --support applies only to argument graphs; " + af + " is a framework\n");
  }

  @Test
  void explain_unknownNodeOrArgumentIsExitTwo() throws Exception {
    Cli.Result r = Cli.exec("explain", Cli.BRIEF.toString(), "no-such-node");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "argraph: "
                + Cli.BRIEF
                + ": unknown node \"no-such-node\"; the graph has no node with that id\n");
    Path af = Fixtures.write(dir, "nixon.af", Fixtures.NIXON_AF);
    assertThat(Cli.exec("explain", af.toString(), "4").err())
        .isEqualTo(
            "argraph: " + af + ": unknown argument \"4\"; the framework has no such argument\n");
  }
}
