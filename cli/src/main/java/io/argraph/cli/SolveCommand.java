package io.argraph.cli;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.semantics.EvidentialLabelling;
import io.argraph.core.semantics.Semantics;
import io.argraph.core.semantics.Solver;
import io.argraph.core.semantics.SupportReading;
import io.argraph.io.iccma.IccmaAnswers;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argraph solve FILE --semantics S}: extensions or acceptance, ICCMA-style or as JSON. */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    versionProvider = Argraph.Version.class,
    description = {
      "Compute the extensions of a framework under a semantics, or decide whether an argument is"
          + " credulously or sceptically accepted.",
      "An APX, TGF or ICCMA 2023 input is solved as it is; an argument graph is flattened under"
          + " --support (default none; evidential allows only grounded).",
      "Text answers are ICCMA-style: [[a,b],[c]] for all extensions, [a,b] or NO for --one,"
          + " YES or NO for acceptance; for an ICCMA 2023 (.af) input each extension is a"
          + " witness line such as 'w 1 3' (NO when there is none)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argraph solve nixon.af --semantics preferred",
      "  argraph solve nixon.apx --semantics stable --credulous a",
      "  argraph solve brief.json --semantics grounded --support deductive",
      "  argraph solve nixon.af --semantics stable --format json",
      "  argraph solve brief.json --semantics preferred --one"
    })
final class SolveCommand extends InputCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The input file, - for stdin.")
  String file;

  @Option(
      names = "--semantics",
      required = true,
      paramLabel = "S",
      converter = Converters.SemanticsName.class,
      description = "grounded, complete, preferred or stable.")
  Semantics semantics;

  @Option(
      names = "--support",
      paramLabel = "READING",
      converter = Converters.Reading.class,
      description =
          "For an argument graph: none (default), deductive, necessary, classic or evidential.")
  @Nullable SupportReading support;

  @ArgGroup(exclusive = true)
  @Nullable Question question;

  @Option(names = "--one", description = "Give one extension (or NO) instead of all of them.")
  boolean one;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      description = "text (default, ICCMA-style) or json.")
  OutputFormat format = OutputFormat.TEXT;

  /** An acceptance question: at most one of the two. */
  static final class Question {
    @Option(
        names = "--credulous",
        paramLabel = "ARG",
        description = "Answer YES if ARG is in some extension.")
    @Nullable String credulous;

    @Option(
        names = "--sceptical",
        paramLabel = "ARG",
        description = "Answer YES if ARG is in every extension.")
    @Nullable String sceptical;
  }

  SolveCommand(Environment env) {
    super(env);
  }

  @Override
  public Integer call() {
    if (one && question != null) {
      throw new CliException(
          "--one gives an extension; it cannot be combined with an acceptance question");
    }
    Input input = read(file);
    SupportReading reading = reading(input);
    String answer =
        reading == SupportReading.EVIDENTIAL
            ? evidential(input.graph("solve --support evidential"))
            : solve(input, framework(input, reading), reading);
    PrintWriter out = out();
    out.print(answer);
    out.flush();
    return 0;
  }

  private SupportReading reading(Input input) {
    if (input.isFramework()) {
      if (support != null && support != SupportReading.NONE) {
        throw new CliException(
            "--support applies only to argument graphs; " + input.name() + " is a framework");
      }
      return SupportReading.NONE;
    }
    SupportReading r = support == null ? SupportReading.NONE : support;
    if (r == SupportReading.EVIDENTIAL && semantics != Semantics.GROUNDED) {
      throw new CliException(
          "--support evidential has only a grounded labelling; use --semantics grounded, or a"
              + " reading that flattens: none, deductive, necessary, classic");
    }
    return r;
  }

  private static ArgumentationFramework framework(Input input, SupportReading reading) {
    Optional<ArgumentationFramework> af = input.framework();
    return af.isPresent() ? af.get() : ArgumentationFramework.of(input.graph("solve"), reading);
  }

  private String solve(Input input, ArgumentationFramework af, SupportReading reading) {
    Solver solver = Solver.of(af);
    boolean witness = input.format() == InputFormat.ICCMA23 && format == OutputFormat.TEXT;
    if (question != null) {
      String argument = question.credulous != null ? question.credulous : question.sceptical;
      if (argument == null || !af.contains(argument)) {
        throw new CliException(
            input.name()
                + ": unknown argument \""
                + argument
                + "\"; the framework has no such argument");
      }
      boolean credulous = question.credulous != null;
      boolean accepted =
          credulous
              ? solver.isCredulouslyAccepted(semantics, argument)
              : solver.isScepticallyAccepted(semantics, argument);
      return format == OutputFormat.JSON
          ? SolveJson.acceptance(
              semantics.label(),
              reading.label(),
              credulous ? "credulous" : "sceptical",
              argument,
              accepted)
          : IccmaAnswers.acceptance(accepted) + "\n";
    }
    if (one) {
      Optional<Set<String>> e = solver.extension(semantics);
      if (format == OutputFormat.JSON) {
        return SolveJson.extensions(
            semantics.label(), reading.label(), e.map(List::of).orElse(List.of()));
      }
      return (witness ? IccmaAnswers.witness(af, e) : IccmaAnswers.extension(e)) + "\n";
    }
    List<Set<String>> all = solver.extensions(semantics);
    if (format == OutputFormat.JSON) {
      return SolveJson.extensions(semantics.label(), reading.label(), all);
    }
    if (!witness) {
      return IccmaAnswers.extensions(all) + "\n";
    }
    if (all.isEmpty()) {
      return "NO\n";
    }
    StringBuilder sb = new StringBuilder();
    all.forEach(e -> sb.append(IccmaAnswers.witness(af, e)).append('\n'));
    return sb.toString();
  }

  /** The evidential reading has one answer, its grounded labelling's IN set. */
  private String evidential(ArgumentGraph graph) {
    Set<String> in = EvidentialLabelling.of(graph).in();
    String reading = SupportReading.EVIDENTIAL.label();
    if (question != null) {
      String argument = question.credulous != null ? question.credulous : question.sceptical;
      if (argument == null || !graph.contains(argument)) {
        throw new CliException(
            "unknown node \"" + argument + "\"; the graph has no node with that id");
      }
      boolean accepted = in.contains(argument);
      return format == OutputFormat.JSON
          ? SolveJson.acceptance(
              semantics.label(),
              reading,
              question.credulous != null ? "credulous" : "sceptical",
              argument,
              accepted)
          : IccmaAnswers.acceptance(accepted) + "\n";
    }
    return format == OutputFormat.JSON
        ? SolveJson.extensions(semantics.label(), reading, List.of(in))
        : (one ? IccmaAnswers.extension(in) : IccmaAnswers.extensions(List.of(in))) + "\n";
  }
}
