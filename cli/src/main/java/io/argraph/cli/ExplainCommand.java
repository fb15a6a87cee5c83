package io.argraph.cli;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.semantics.Explanation;
import io.argraph.core.semantics.SupportReading;
import java.io.PrintWriter;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argraph explain FILE NODE}: the node's grounded label and why. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Argraph.Version.class,
    description = {
      "Say whether a node stands (IN), falls (OUT) or is undecided (UNDEC) in the grounded"
          + " labelling, and why: its attackers, defenders, supporters and derived attacks.",
      "An argument graph is read under --support (default evidential); a framework as it is."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argraph explain brief.json end-certification",
      "  argraph explain brief.json end-certification --support deductive",
      "  argraph explain nixon.af 2"
    })
final class ExplainCommand extends InputCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The input file, - for stdin.")
  String file;

  @Parameters(index = "1", paramLabel = "NODE", description = "The node id (or argument name).")
  String node;

  @Option(
      names = "--support",
      paramLabel = "READING",
      converter = Converters.Reading.class,
      description =
          "For an argument graph: none, deductive, necessary, classic or evidential (default).")
  @Nullable SupportReading support;

  ExplainCommand(Environment env) {
    super(env);
  }

  @Override
  public Integer call() {
    Input input = read(file);
    Optional<ArgumentationFramework> af = input.framework();
    Explanation explanation;
    if (af.isPresent()) {
      if (support != null && support != SupportReading.NONE) {
        throw new CliException(
            "--support applies only to argument graphs; " + input.name() + " is a framework");
      }
      if (!af.get().contains(node)) {
        throw new CliException(
            input.name()
                + ": unknown argument \""
                + node
                + "\"; the framework has no such argument");
      }
      explanation = Explanation.grounded(af.get(), node);
    } else {
      ArgumentGraph graph = input.graph("explain");
      if (!graph.contains(node)) {
        throw new CliException(
            input.name() + ": unknown node \"" + node + "\"; the graph has no node with that id");
      }
      explanation =
          Explanation.of(graph, support == null ? SupportReading.EVIDENTIAL : support, node);
    }
    PrintWriter out = out();
    out.println(explanation.toText());
    out.flush();
    return 0;
  }
}
