package io.argraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgraphTest {

  @Test
  void version_printsTheProjectVersion() {
    Cli.Result r = Cli.exec("--version");
    assertThat(r.out()).matches("argraph \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    assertThat(r.code()).isZero();
    assertThat(Cli.exec("check", "--version").out()).isEqualTo(r.out());
  }

  @Test
  void help_listsTheCommandsAndExamples() {
    Cli.Result r = Cli.exec("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("check", "export", "render", "solve", "explain", "Examples:")
        .contains("Exit codes: 0 no error findings, 1 error findings (check), 2 bad usage");
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "export", "render", "solve", "explain"})
  void help_onEveryCommandShowsExamples(String command) {
    Cli.Result r = Cli.exec(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("Usage: argraph " + command + " ")
        .contains("Examples:", "  argraph " + command + " ", "--from=FORMAT", "--verbose");
  }

  @Test
  void noCommand_isAUsageErrorWithTheUsage() {
    Cli.Result r = Cli.exec();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith(
            "argraph: missing command; choose one of check, export, render, solve, explain\n"
                + "Usage: argraph ");
  }

  @Test
  void unknownOption_isOneLineWithAPointerToHelp() {
    Cli.Result r = Cli.exec("check", "x.json", "--colour");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("argraph check: Unknown option: '--colour' (see argraph check --help)\n");
  }
}
