package io.argraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.check.Checks;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.semantics.EvidentialLabelling;
import io.argraph.core.semantics.SupportReading;
import io.argraph.io.aif.AifExporter;
import io.argraph.io.dot.DotDecorations;
import io.argraph.io.dot.DotExporter;
import io.argraph.io.dot.DotStyle;
import io.argraph.io.graphml.GraphMlExporter;
import io.argraph.io.iccma.IccmaFormat;
import io.argraph.io.iccma.IccmaWriter;
import io.argraph.io.json.JsonExporter;
import io.argraph.io.json.JsonImporter;
import io.argraph.io.mermaid.MermaidExporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir Path dir;

  private static ArgumentGraph flawed() {
    return new JsonImporter().fromString(Fixtures.FLAWED);
  }

  private Path flawedFile() throws Exception {
    return Fixtures.write(dir, "flawed.json", Fixtures.FLAWED);
  }

  @Test
  void export_eachGraphFormatToStdoutEqualsItsExporter() throws Exception {
    Path in = flawedFile();
    ArgumentGraph g = flawed();
    assertThat(Cli.exec("export", in.toString(), "--to", "json").out())
        .isEqualTo(new JsonExporter().toString(g));
    assertThat(Cli.exec("export", in.toString(), "--to", "dot").out())
        .isEqualTo(DotExporter.create().toString(g));
    assertThat(Cli.exec("export", in.toString(), "--to", "aif").out())
        .isEqualTo(new AifExporter().toString(g));
    assertThat(Cli.exec("export", in.toString(), "--to", "mermaid").out())
        .isEqualTo(new MermaidExporter().toString(g));
    assertThat(Cli.exec("export", in.toString(), "--to", "graphml").out())
        .isEqualTo(new GraphMlExporter().toString(g));
  }

  @Test
  void export_iccmaFormatsFlattenTheGraphUnderSupport() throws Exception {
    Path in = flawedFile();
    ArgumentGraph g = flawed();
    Cli.Result none = Cli.exec("export", in.toString(), "--to", "apx");
    assertThat(none.out())
        .isEqualTo(
            IccmaWriter.of(IccmaFormat.APX)
                .toString(ArgumentationFramework.of(g, SupportReading.NONE)));
    Cli.Result deductive =
        Cli.exec("export", in.toString(), "--to", "iccma23", "--support", "deductive");
    assertThat(deductive.out())
        .isEqualTo(
            IccmaWriter.of(IccmaFormat.ICCMA_2023)
                .toString(ArgumentationFramework.of(g, SupportReading.DEDUCTIVE)));
    assertThat(deductive.code()).isZero();
    Cli.Result evidential =
        Cli.exec("export", in.toString(), "--to", "tgf", "--support", "evidential");
    assertThat(evidential.code()).isEqualTo(2);
    assertThat(evidential.err())
        .isEqualTo(
            "argraph: --support evidential does not flatten to a framework; for --to tgf use"
                + " none, deductive, necessary or classic\n");
  }

  @Test
  void export_aFrameworkConvertsBetweenIccmaFormatsOnly() throws Exception {
    Path in = Fixtures.write(dir, "nixon.apx", Fixtures.NIXON_APX);
    Cli.Result tgf = Cli.exec("export", in.toString(), "--to", "tgf");
    assertThat(tgf.out()).isEqualTo("a\nb\nc\n#\na b\nb a\nb c\n");
    assertThat(tgf.code()).isZero();
    Cli.Result dot = Cli.exec("export", in.toString(), "--to", "dot");
    assertThat(dot.code()).isEqualTo(2);
    assertThat(dot.err())
        .isEqualTo(
            "argraph: "
                + in
                + ": export --to dot needs an argument graph (JSON or AIF), but this is an"
                + " abstract framework (apx)\n");
    Cli.Result support = Cli.exec("export", in.toString(), "--to", "tgf", "--support", "deductive");
    assertThat(support.err())
        .isEqualTo(
            "argraph: --support applies only to argument graphs; " + in + " is a framework\n");
  }

  @Test
  void export_dotOverlaysAndStyleOptionsReachTheExporter() throws Exception {
    Path in = flawedFile();
    ArgumentGraph g = flawed();
    Cli.Result r =
        Cli.exec(
            "export",
            in.toString(),
            "--to",
            "dot",
            "--overlay",
            "labels",
            "--overlay",
            "findings",
            "--rankdir",
            "LR",
            "--clusters",
            "kind",
            "--wrap",
            "12",
            "--no-legend",
            "--show-ids");
    DotStyle style =
        DotStyle.builder()
            .rankDirection(DotStyle.RankDirection.LEFT_TO_RIGHT)
            .clusters(DotStyle.Clustering.KIND)
            .wrapWidth(12)
            .legend(false)
            .showIds(true)
            .build();
    String expected =
        DotExporter.create(style)
            .withDecorator(
                DotDecorations.labelling(EvidentialLabelling.of(g))
                    .andThen(DotDecorations.findings(Checks.standard().run(g))))
            .toString(g);
    assertThat(r.out())
        .isEqualTo(expected)
        .contains("label: IN", "error: unsupported-recommendation");
    assertThat(r.code()).isZero();
  }

  @Test
  void export_labelsOverlayUsesTheGroundedLabellingOfAFlatteningReading() throws Exception {
    Path in = flawedFile();
    Cli.Result r =
        Cli.exec(
            "export", in.toString(), "--to", "dot", "--overlay", "labels", "--support", "none");
    // Under NONE the attacked a is OUT (b attacks it) and r2, alone, is IN.
    assertThat(r.out()).contains("r2\\nAn unsupported recommendation.\\nlabel: IN");
    assertThat(r.out()).contains("a\\nAn attacker.\\nlabel: OUT");
  }

  @Test
  void export_writesTheOutputFileAtomicallyAndPrintsNothing() throws Exception {
    Path in = flawedFile();
    Path out = dir.resolve("sub/flawed.dot");
    Cli.Result r = Cli.exec("export", in.toString(), "--to", "dot", "-o", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo(DotExporter.create().toString(flawed()));
    try (var files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void export_overlayWithAnotherFormatIsAUsageError() throws Exception {
    Cli.Result r =
        Cli.exec("export", flawedFile().toString(), "--to", "json", "--overlay", "findings");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("argraph: --overlay applies only to --to dot, not --to json\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void export_fromAifReadsAnAifInput() throws Exception {
    Path aif = Fixtures.write(dir, "flawed.aif.json", new AifExporter().toString(flawed()));
    Cli.Result r = Cli.exec("export", aif.toString(), "--from", "aif", "--to", "json");
    assertThat(r.code()).isZero();
    assertThat(new JsonImporter().fromString(r.out()).nodes()).isEqualTo(flawed().nodes());
  }
}
