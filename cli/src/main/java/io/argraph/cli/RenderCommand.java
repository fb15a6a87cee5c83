package io.argraph.cli;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.io.dot.GraphvizRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argraph render FILE -o OUT.svg|OUT.png}: draws the graph with Graphviz. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = Argraph.Version.class,
    description = {
      "Draw an argument graph as SVG or PNG with Graphviz (needs the dot program on the PATH).",
      "The image format comes from the name of -o."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argraph render brief.json -o brief.svg",
      "  argraph render brief.json -o brief.png --overlay findings --overlay labels",
      "  argraph render brief.json -o brief.svg --clusters section --wrap 40"
    })
final class RenderCommand extends InputCommand {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The graph (JSON or AIF), - for stdin.")
  String file;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "The image to write (atomically): a name ending in .svg or .png.")
  Path output;

  @Mixin DotOptions dot = new DotOptions();

  RenderCommand(Environment env) {
    super(env);
  }

  @Override
  public Integer call() {
    GraphvizRenderer.Format format = format(output);
    Input input = read(file);
    Outputs.checkNotInput(output, input);
    ArgumentGraph graph = input.graph("render");
    String text = dot.exporter(graph).toString(graph);
    try {
      env.graphviz().render(text, format, output);
    } catch (IOException e) {
      throw new CliException(output + ": cannot write: " + Outputs.describe(e), e);
    }
    return 0;
  }

  private static GraphvizRenderer.Format format(Path output) {
    String name = String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".svg")) {
      return GraphvizRenderer.Format.SVG;
    }
    if (name.endsWith(".png")) {
      return GraphvizRenderer.Format.PNG;
    }
    throw new CliException(output + ": cannot tell the image format; end the name in .svg or .png");
  }
}
