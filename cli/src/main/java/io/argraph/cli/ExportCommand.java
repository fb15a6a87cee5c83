package io.argraph.cli;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.semantics.SupportReading;
import io.argraph.io.AtomicFiles;
import io.argraph.io.dot.DotExporter;
import io.argraph.io.iccma.IccmaFormat;
import io.argraph.io.iccma.IccmaWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argraph export FILE --to FORMAT [-o OUT]}: writes the input in another format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Argraph.Version.class,
    description = {
      "Write a graph (or framework) in another format, to standard output or with -o to a file.",
      "An argument graph exports to every format; apx, tgf and iccma23 flatten it under"
          + " --support (default none). An abstract framework exports to apx, tgf and iccma23."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argraph export brief.json --to dot -o brief.dot --overlay findings",
      "  argraph export brief.json --to dot --rankdir LR --clusters section",
      "  argraph export brief.json --to mermaid",
      "  argraph export brief.json --to iccma23 --support deductive -o brief.af",
      "  argraph export nixon.apx --to iccma23"
    })
final class ExportCommand extends InputCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The input file, - for stdin.")
  String file;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      converter = ExportFormat.Converter.class,
      description = "json, dot, apx, tgf, iccma23, aif, mermaid or graphml.")
  ExportFormat to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write here (atomically) instead of to standard output; never the input.")
  @Nullable Path output;

  @Mixin DotOptions dot = new DotOptions();

  ExportCommand(Environment env) {
    super(env);
  }

  @Override
  public Integer call() {
    if (!dot.overlays.isEmpty() && to != ExportFormat.DOT) {
      throw new CliException("--overlay applies only to --to dot, not --to " + to.label());
    }
    Input input = read(file);
    if (output != null) {
      Outputs.checkNotInput(output, input);
    }
    AtomicFiles.TextContent content = content(input);
    if (output == null) {
      PrintWriter out = out();
      try {
        content.writeTo(out);
      } catch (IOException e) {
        throw new CliException("standard output: cannot write: " + e.getMessage(), e);
      }
      out.flush();
    } else {
      Outputs.write(output, content);
    }
    return 0;
  }

  private AtomicFiles.TextContent content(Input input) {
    Optional<IccmaFormat> iccma = to.iccma();
    if (iccma.isPresent()) {
      ArgumentationFramework af = framework(input);
      IccmaWriter writer = IccmaWriter.of(iccma.get());
      return w -> writer.write(af, w);
    }
    ArgumentGraph graph = input.graph("export --to " + to.label());
    if (to == ExportFormat.DOT) {
      DotExporter exporter = dot.exporter(graph);
      return w -> exporter.write(graph, w);
    }
    return w -> to.graphExporter().write(graph, w);
  }

  private ArgumentationFramework framework(Input input) {
    Optional<ArgumentationFramework> af = input.framework();
    if (af.isPresent()) {
      if (dot.support != null && dot.support != SupportReading.NONE) {
        throw new CliException(
            "--support applies only to argument graphs; " + input.name() + " is a framework");
      }
      return af.get();
    }
    SupportReading reading = dot.support == null ? SupportReading.NONE : dot.support;
    if (!reading.flattens()) {
      throw new CliException(
          "--support evidential does not flatten to a framework; for --to "
              + to.label()
              + " use none, deductive, necessary or classic");
    }
    return ArgumentationFramework.of(input.graph("export"), reading);
  }
}
