package io.argraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.check.Checks;
import io.argraph.io.json.JsonImporter;
import io.argraph.io.json.JsonReports;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;

  @Test
  void check_cleanGraphExitsZeroWithSummary() throws Exception {
    Path in = Fixtures.write(dir, "clean.json", Fixtures.CLEAN);
    Cli.Result r = Cli.exec("check", in.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("0 errors, 0 warnings, 0 info\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void check_errorFindingsExitOneAndPrintTheReportText() throws Exception {
    Path in = Fixtures.write(dir, "flawed.json", Fixtures.FLAWED);
    Cli.Result r = Cli.exec("check", in.toString());
    String expected =
        Checks.standard().run(new JsonImporter().fromString(Fixtures.FLAWED)).toText()
            + "1 error, 1 warning, 0 info\n";
    assertThat(r.out()).isEqualTo(expected);
    assertThat(r.out()).startsWith("error   unsupported-recommendation");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void check_jsonFormatIsJsonReportsShapeExactly() throws Exception {
    Path in = Fixtures.write(dir, "flawed.json", Fixtures.FLAWED);
    Cli.Result r = Cli.create().terminal().run("check", in.toString(), "--format", "json");
    assertThat(r.out())
        .isEqualTo(
            JsonReports.toString(
                Checks.standard().run(new JsonImporter().fromString(Fixtures.FLAWED))));
    assertThat(r.out()).startsWith("{\n  \"graph\": \"flawed\",").doesNotContain("\u001B[");
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void check_coloursSeveritiesOnlyOnATerminalAndNotWithNoColor() throws Exception {
    Path in = Fixtures.write(dir, "flawed.json", Fixtures.FLAWED);
    Cli.Result coloured = Cli.create().terminal().run("check", in.toString());
    assertThat(coloured.out())
        .startsWith("\u001B[1;31merror\u001B[0m   unsupported-recommendation")
        .contains("\n\u001B[33mwarning\u001B[0m isolated-node ");
    Cli.Result info =
        Cli.create().terminal().run("check", in.toString(), "--severity", "isolated-node=info");
    assertThat(info.out()).contains("\n\u001B[36minfo\u001B[0m    isolated-node ");
    Cli.Result plain = Cli.create().terminal().run("check", in.toString(), "--no-color");
    assertThat(plain.out()).doesNotContain("\u001B[");
    assertThat(Cli.exec("check", in.toString()).out()).doesNotContain("\u001B[");
  }

  @Test
  void check_disableAndSeverityChangeTheReportAndTheExitCode() throws Exception {
    Path in = Fixtures.write(dir, "flawed.json", Fixtures.FLAWED);
    Cli.Result r =
        Cli.exec(
            "check",
            in.toString(),
            "--disable",
            "unsupported-recommendation",
            "--severity",
            "isolated-node=info",
            "--disable",
            "unused-premise");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("info    isolated-node")
        .endsWith("0 errors, 0 warnings, 1 info\n");
  }

  @Test
  void check_supportReadingReachesTheSemanticChecks() throws Exception {
    // Under NONE, r depends on q only through a support, so the attack on q leaves r alone;
    // under evidential (the default) q is IN anyway, since b defeats a.
    Path in = Fixtures.write(dir, "flawed.json", Fixtures.FLAWED);
    assertThat(Cli.exec("check", in.toString(), "--support", "deductive").code()).isEqualTo(1);
    assertThat(Cli.exec("check", in.toString(), "--support", "nonsense").err())
        .isEqualTo(
            "argraph check: Invalid value for option '--support': unknown support reading"
                + " \"nonsense\"; use one of none, deductive, necessary, classic, evidential"
                + " (see argraph check --help)\n");
  }

  @Test
  void check_readsStandardInputWithDash() {
    Cli.Result r = Cli.create().stdin(Fixtures.CLEAN).run("check", "-");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("0 errors, 0 warnings, 0 info\n");
  }

  @Test
  void check_theBriefHasNoErrorFindings() {
    Cli.Result r = Cli.exec("check", Cli.BRIEF.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("0 errors, 0 warnings, 0 info\n");
    assertThat(r.err()).isEmpty();
  }
}
