package io.argraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.io.json.JsonExporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input: exit 2, one line on standard error naming the file and place, no output. */
class BadInputTest {
  @TempDir Path dir;

  private static void assertOneLineError(Cli.Result r, String line) {
    assertThat(r.err()).isEqualTo(line + "\n");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingFile() {
    Path missing = dir.resolve("missing.json");
    assertOneLineError(
        Cli.exec("check", missing.toString()), "argraph: " + missing + ": no such file");
  }

  @Test
  void unreadableFile_aFolder() {
    assertOneLineError(
        Cli.exec("check", "--from", "json", dir.toString()),
        "argraph: " + dir + ": is a directory, not a file");
  }

  @Test
  void malformedJson_namesLineColumnAndPointer() throws Exception {
    Path in = Fixtures.write(dir, "bad.json", "{\n  \"format\": \"argraph\",\n  \"nodes\": [\n");
    Cli.Result r = Cli.exec("check", in.toString());
    assertThat(r.err())
        .startsWith("argraph: " + in + ": line 4, column 1 (/nodes): malformed JSON");
    assertThat(r.err()).hasLineCount(1).doesNotContain("Exception", "\tat ");
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void invalidJson_unknownNodeInARelation() throws Exception {
    String text =
        Fixtures.CLEAN.replace("\"from\": \"q\", \"to\": \"r\"", "\"from\": \"q\", \"to\": \"r9\"");
    Path in = Fixtures.write(dir, "invalid.json", text);
    Cli.Result r = Cli.exec("check", in.toString());
    assertThat(r.err())
        .isEqualTo(
            "argraph: "
                + in
                + ": line 12, column 26 (/relations/1/to): unknown node \"r9\"; declare it in"
                + " \"nodes\" first\n")
        .hasLineCount(1);
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void verbose_addsTheStackTrace() throws Exception {
    Path in = Fixtures.write(dir, "bad.json", "{");
    Cli.Result r = Cli.exec("check", in.toString(), "--verbose");
    assertThat(r.err()).startsWith("argraph: " + in + ": line 1, column 2");
    assertThat(r.err())
        .contains(
            "io.argraph.cli.CliException", "Caused by: io.argraph.io.ImportException", "\tat ");
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void notUtf8_iccmaFile() throws Exception {
    Path in = dir.resolve("latin1.af");
    Files.write(in, new byte[] {'p', ' ', 'a', 'f', ' ', '1', '\n', '#', (byte) 0xe9, '\n'});
    assertOneLineError(
        Cli.exec("solve", in.toString(), "--semantics", "grounded"),
        "argraph: " + in + ": input is not valid UTF-8; save it as UTF-8");
  }

  @Test
  void invalidIccmaFile_namesTheLine() throws Exception {
    Path in = Fixtures.write(dir, "bad.af", "p af 2\n1 3\n");
    Cli.Result r = Cli.exec("solve", in.toString(), "--semantics", "grounded");
    assertThat(r.err()).startsWith("argraph: " + in + ": line 2").hasLineCount(1);
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void unknownCodeInDisable_listsTheKnownCodes() throws Exception {
    Path in = Fixtures.write(dir, "clean.json", Fixtures.CLEAN);
    Cli.Result r = Cli.exec("check", in.toString(), "--disable", "no-such-check");
    assertThat(r.err())
        .startsWith(
            "argraph: --disable: unknown check code \"no-such-check\"; the built-in codes are unsupported-recommendation, ")
        .contains("undecided-recommendation")
        .hasLineCount(1);
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void unknownSeverityLevel() throws Exception {
    Path in = Fixtures.write(dir, "clean.json", Fixtures.CLEAN);
    assertOneLineError(
        Cli.exec("check", in.toString(), "--severity", "isolated-node=fatal"),
        "argraph: --severity isolated-node=fatal: unknown severity \"fatal\"; use one of error,"
            + " warning, info");
  }

  @Test
  void unknownSemantics() throws Exception {
    assertOneLineError(
        Cli.exec("solve", "x.af", "--semantics", "ideal"),
        "argraph solve: Invalid value for option '--semantics': unknown semantics \"ideal\"; use"
            + " one of grounded, complete, preferred, stable (see argraph solve --help)");
  }

  @Test
  void unknownFormats() {
    assertOneLineError(
        Cli.exec("export", "x.json", "--to", "pdf"),
        "argraph export: Invalid value for option '--to': unknown export format \"pdf\"; use one"
            + " of json, dot, apx, tgf, iccma23, aif, mermaid, graphml (see argraph export --help)");
    assertOneLineError(
        Cli.exec("check", "x.json", "--from", "yaml"),
        "argraph check: Invalid value for option '--from': unknown input format \"yaml\"; use one"
            + " of json, apx, tgf, iccma23, aif (see argraph check --help)");
    assertOneLineError(
        Cli.exec("check", "x.json", "--format", "xml"),
        "argraph check: Invalid value for option '--format': unknown output format \"xml\"; use"
            + " text or json (see argraph check --help)");
    assertOneLineError(
        Cli.exec("export", "x.json", "--to", "dot", "--overlay", "heat"),
        "argraph export: Invalid value for option '--overlay' (OVERLAY): unknown overlay \"heat\"; use"
            + " findings or labels (see argraph export --help)");
    assertOneLineError(
        Cli.exec("export", "x.json", "--to", "dot", "--rankdir", "up"),
        "argraph export: Invalid value for option '--rankdir': unknown rank direction \"up\"; use"
            + " TB, BT, LR or RL (see argraph export --help)");
    assertOneLineError(
        Cli.exec("export", "x.json", "--to", "dot", "--clusters", "colour"),
        "argraph export: Invalid value for option '--clusters': unknown clustering \"colour\";"
            + " use none, kind or section (see argraph export --help)");
  }

  @Test
  void unknownExtension_asksForFrom() {
    assertOneLineError(
        Cli.exec("check", "brief.yaml"),
        "argraph: brief.yaml: cannot tell the format from the file name (use .json, .apx, .tgf or"
            + " .af); say it with --from json|apx|tgf|iccma23|aif");
  }

  @Test
  void badWrapWidth() throws Exception {
    Path in = Fixtures.write(dir, "clean.json", Fixtures.CLEAN);
    assertOneLineError(
        Cli.exec("export", in.toString(), "--to", "dot", "--wrap", "3"),
        "argraph: --wrap: wrap width 3: use at least 8 characters, or 0 for no wrapping");
  }

  @Test
  void checkOnAFramework_isAUsageError() throws Exception {
    Path in = Fixtures.write(dir, "nixon.af", Fixtures.NIXON_AF);
    assertOneLineError(
        Cli.exec("check", in.toString()),
        "argraph: "
            + in
            + ": check needs an argument graph (JSON or AIF), but this is an abstract framework"
            + " (iccma23)");
  }

  @Test
  void outputEqualToInput_isRefusedAndTheInputKept() throws Exception {
    Path in = Fixtures.write(dir, "clean.json", Fixtures.CLEAN);
    assertOneLineError(
        Cli.exec("export", in.toString(), "--to", "dot", "-o", in.toString()),
        "argraph: " + in + ": refusing to overwrite the input file; choose another path for -o");
    Path roundabout = dir.resolve("x").resolve("..").resolve("clean.json");
    assertOneLineError(
        Cli.exec("export", in.toString(), "--to", "json", "-o", roundabout.toString()),
        "argraph: "
            + roundabout
            + ": refusing to overwrite the input file; choose another path for -o");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), in);
    assertOneLineError(
        Cli.exec("export", in.toString(), "--to", "json", "-o", link.toString()),
        "argraph: " + link + ": refusing to overwrite the input file; choose another path for -o");
    assertThat(Files.readString(in, StandardCharsets.UTF_8)).isEqualTo(Fixtures.CLEAN);
  }

  @Test
  void mermaidOverItsLimits_writesNothing() throws Exception {
    ArgumentGraph.Builder b = ArgumentGraph.builder().id("big");
    for (int i = 0; i <= 501; i++) {
      b.premise("p" + i, "Premise " + i + ".");
    }
    for (int i = 0; i < 501; i++) {
      b.supports("p" + i, "p" + (i + 1));
    }
    Path in = dir.resolve("big.json");
    Files.writeString(in, new JsonExporter().toString(b.build()), StandardCharsets.UTF_8);
    Path out = dir.resolve("big.mmd");
    assertOneLineError(
        Cli.exec("export", in.toString(), "--to", "mermaid", "-o", out.toString()),
        "argraph: Mermaid cannot render this graph: it has 501 relations and Mermaid renderers"
            + " (GitHub's included) draw at most 500 edges; export it as DOT instead");
    assertThat(out).doesNotExist();
    assertOneLineError(
        Cli.exec("export", in.toString(), "--to", "mermaid"),
        "argraph: Mermaid cannot render this graph: it has 501 relations and Mermaid renderers"
            + " (GitHub's included) draw at most 500 edges; export it as DOT instead");
  }

  @Test
  void unwritableOutput_namesTheFile() throws Exception {
    Path in = Fixtures.write(dir, "clean.json", Fixtures.CLEAN);
    Path blocker = Fixtures.write(dir, "file", "x");
    Path out = blocker.resolve("out.dot");
    Cli.Result r = Cli.exec("export", in.toString(), "--to", "dot", "-o", out.toString());
    assertThat(r.err()).startsWith("argraph: " + out + ": cannot write: ").hasLineCount(1);
    assertThat(r.code()).isEqualTo(2);
  }
}
