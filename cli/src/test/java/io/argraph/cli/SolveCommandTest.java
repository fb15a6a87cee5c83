package io.argraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {
  @TempDir Path dir;

  private Path af() throws Exception {
    return Fixtures.write(dir, "nixon.af", Fixtures.NIXON_AF);
  }

  private Path apx() throws Exception {
    return Fixtures.write(dir, "nixon.apx", Fixtures.NIXON_APX);
  }

  @Test
  void solve_iccma2023InputAnswersWithWitnessLines() throws Exception {
    Cli.Result r = Cli.exec("solve", af().toString(), "--semantics", "preferred");
    assertThat(r.out()).isEqualTo("w 1 3\nw 2\n");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(Cli.exec("solve", af().toString(), "--semantics", "grounded").out())
        .isEqualTo("w\n");
    assertThat(Cli.exec("solve", af().toString(), "--semantics", "preferred", "--one").out())
        .matches("w 1 3\n|w 2\n");
  }

  @Test
  void solve_apxInputAnswersIccma2019Style() throws Exception {
    assertThat(Cli.exec("solve", apx().toString(), "--semantics", "complete").out())
        .isEqualTo("[[],[a,c],[b]]\n");
    assertThat(Cli.exec("solve", apx().toString(), "--semantics", "grounded", "--one").out())
        .isEqualTo("[]\n");
    assertThat(
            Cli.exec("solve", apx().toString(), "--semantics", "stable", "--credulous", "c").out())
        .isEqualTo("YES\n");
    assertThat(
            Cli.exec("solve", apx().toString(), "--semantics", "stable", "--sceptical", "c").out())
        .isEqualTo("NO\n");
  }

  @Test
  void solve_noStableExtensionAnswersNo() throws Exception {
    Path odd = Fixtures.write(dir, "odd.af", "p af 3\n1 2\n2 3\n3 1\n");
    assertThat(Cli.exec("solve", odd.toString(), "--semantics", "stable").out()).isEqualTo("NO\n");
    assertThat(Cli.exec("solve", odd.toString(), "--semantics", "stable", "--one").out())
        .isEqualTo("NO\n");
    Path oddApx =
        Fixtures.write(
            dir, "odd.apx", "arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,c).\natt(c,a).\n");
    assertThat(Cli.exec("solve", oddApx.toString(), "--semantics", "stable").out())
        .isEqualTo("[]\n");
    assertThat(Cli.exec("solve", oddApx.toString(), "--semantics", "stable", "--one").out())
        .isEqualTo("NO\n");
    assertThat(
            Cli.exec("solve", odd.toString(), "--semantics", "stable", "--one", "--format", "json")
                .out())
        .isEqualTo(
            "{\n  \"semantics\": \"stable\",\n  \"support\": \"none\",\n  \"extensions\": []\n}\n");
  }

  @Test
  void solve_jsonFormatListsExtensionsAsDesignShows() throws Exception {
    Cli.Result r =
        Cli.exec("solve", af().toString(), "--semantics", "preferred", "--format", "json");
    assertThat(r.out())
        .isEqualTo(
            """
            {
              "semantics": "preferred",
              "support": "none",
              "extensions": [
                ["1", "3"],
                ["2"]
              ]
            }
            """);
  }

  @Test
  void solve_jsonAcceptanceNamesTheQuestion() throws Exception {
    Cli.Result r =
        Cli.exec(
            "solve",
            apx().toString(),
            "--semantics",
            "preferred",
            "--sceptical",
            "a",
            "--format",
            "json");
    assertThat(r.out())
        .isEqualTo(
            """
            {
              "semantics": "preferred",
              "support": "none",
              "sceptical": "a",
              "accepted": false
            }
            """);
  }

  @Test
  void solve_argumentGraphIsFlattenedUnderSupport() throws Exception {
    Path in = Fixtures.write(dir, "flawed.json", Fixtures.FLAWED);
    Cli.Result none = Cli.exec("solve", in.toString(), "--semantics", "grounded");
    assertThat(none.out()).isEqualTo("[[p,q,r,b,r2]]\n");
    Cli.Result json =
        Cli.exec(
            "solve",
            in.toString(),
            "--semantics",
            "grounded",
            "--support",
            "deductive",
            "--format",
            "json");
    assertThat(json.out()).contains("\"support\": \"deductive\"");
    Cli.Result evidential =
        Cli.exec("solve", in.toString(), "--semantics", "grounded", "--support", "evidential");
    assertThat(evidential.out()).isEqualTo("[[p,q,r,b]]\n");
    assertThat(
            Cli.exec(
                    "solve",
                    in.toString(),
                    "--semantics",
                    "grounded",
                    "--support",
                    "evidential",
                    "--one")
                .out())
        .isEqualTo("[p,q,r,b]\n");
    assertThat(
            Cli.exec(
                    "solve",
                    in.toString(),
                    "--semantics",
                    "grounded",
                    "--support",
                    "evidential",
                    "--credulous",
                    "r2",
                    "--format",
                    "json")
                .out())
        .contains("\"credulous\": \"r2\",\n  \"accepted\": false");
    assertThat(
            Cli.exec(
                    "solve",
                    in.toString(),
                    "--semantics",
                    "grounded",
                    "--support",
                    "evidential",
                    "--sceptical",
                    "r")
                .out())
        .isEqualTo("YES\n");
    assertThat(
            Cli.exec(
                    "solve",
                    in.toString(),
                    "--semantics",
                    "grounded",
                    "--support",
                    "evidential",
                    "--format",
                    "json")
                .out())
        .contains("[\"p\", \"q\", \"r\", \"b\"]");
  }

  @Test
  void solve_refusesWhatCannotBeAnswered() throws Exception {
    Path in = Fixtures.write(dir, "flawed.json", Fixtures.FLAWED);
    Cli.Result evidential =
        Cli.exec("solve", in.toString(), "--semantics", "preferred", "--support", "evidential");
    assertThat(evidential.code()).isEqualTo(2);
    assertThat(evidential.err())
        .isEqualTo(
            "argraph: --support evidential has only a grounded labelling; use --semantics"
                + " grounded, or a reading that flattens: none, deductive, necessary, classic\n");
    Cli.Result both =
        Cli.exec(
            "solve",
            in.toString(),
            "--semantics",
            "stable",
            "--credulous",
            "p",
            "--sceptical",
            "q");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err())
        .startsWith(
            "argraph solve: Error: --credulous=ARG, --sceptical=ARG are mutually exclusive");
    Cli.Result oneAndQuestion =
        Cli.exec("solve", in.toString(), "--semantics", "stable", "--one", "--credulous", "p");
    assertThat(oneAndQuestion.err())
        .isEqualTo(
            "argraph: --one gives an extension; it cannot be combined with an acceptance question\n");
    Cli.Result unknown =
        Cli.exec("solve", af().toString(), "--semantics", "stable", "--credulous", "9");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .isEqualTo(
            "argraph: " + af() + ": unknown argument \"9\"; the framework has no such argument\n");
    Cli.Result unknownNode =
        Cli.exec(
            "solve",
            in.toString(),
            "--semantics",
            "grounded",
            "--support",
            "evidential",
            "--credulous",
            "zz");
    assertThat(unknownNode.err())
        .isEqualTo("argraph: unknown node \"zz\"; the graph has no node with that id\n");
    Cli.Result supportOnAf =
        Cli.exec("solve", af().toString(), "--semantics", "stable", "--support", "classic");
    assertThat(supportOnAf.err())
        .isEqualTo(
            "argraph: --support applies only to argument graphs; " + af() + " is a framework\n");
  }
}
