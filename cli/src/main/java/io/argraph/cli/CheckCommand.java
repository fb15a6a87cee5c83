package io.argraph.cli;

import io.argraph.core.check.Checks;
import io.argraph.core.check.Finding;
import io.argraph.core.check.Report;
import io.argraph.core.check.Severity;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.semantics.SupportReading;
import io.argraph.io.json.JsonReports;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argraph check FILE}: the standard checks, as text or JSON; exit 1 on error findings. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Argraph.Version.class,
    description = {
      "Run the standard checks on an argument graph and report the findings.",
      "Exit code 0 when there is no error finding, 1 when there is, 2 for bad input."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argraph check brief.json",
      "  argraph check brief.json --format json",
      "  argraph check brief.json --disable isolated-node",
      "  argraph check brief.json --severity unused-premise=warning",
      "  cat brief.json | argraph check -"
    })
final class CheckCommand extends InputCommand {
  private static final String RESET = "\u001B[0m";
  private static final Map<Severity, String> COLORS =
      Map.of(
          Severity.ERROR, "\u001B[1;31m",
          Severity.WARNING, "\u001B[33m",
          Severity.INFO, "\u001B[36m");

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The graph (JSON or AIF), - for stdin.")
  String file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      description = "text (default) or json.")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--disable",
      paramLabel = "CODE",
      description = "Turn a check off, e.g. isolated-node; repeatable.")
  List<String> disabled = new ArrayList<>();

  @Option(
      names = "--severity",
      paramLabel = "CODE=LEVEL",
      description = "Report a check's findings as error, warning or info; repeatable.")
  Map<String, String> severities = new LinkedHashMap<>();

  @Option(
      names = "--support",
      paramLabel = "READING",
      converter = Converters.Reading.class,
      description =
          "Reading of support for defeated- and undecided-recommendation: none, deductive,"
              + " necessary, classic or evidential (default: evidential).")
  @Nullable SupportReading support;

  @Option(names = "--no-color", description = "Never colour the text report.")
  boolean noColor;

  CheckCommand(Environment env) {
    super(env);
  }

  @Override
  public Integer call() {
    Checks checks = checks();
    Input input = read(file);
    ArgumentGraph graph = input.graph("check");
    Report report = checks.run(graph);
    PrintWriter out = out();
    if (format == OutputFormat.JSON) {
      out.print(JsonReports.toString(report));
    } else {
      out.print(text(report, env.terminal() && !noColor));
    }
    out.flush();
    return report.hasErrors() ? 1 : 0;
  }

  private Checks checks() {
    Checks.Builder b = Checks.builder();
    if (support != null) {
      b.supportReading(support);
    }
    for (String code : disabled) {
      try {
        b.disable(code);
      } catch (IllegalArgumentException e) {
        throw new CliException("--disable: " + e.getMessage(), e);
      }
    }
    for (Map.Entry<String, String> e : severities.entrySet()) {
      try {
        b.severity(e.getKey(), Severity.fromLabel(e.getValue()));
      } catch (IllegalArgumentException x) {
        throw new CliException(
            "--severity " + e.getKey() + "=" + e.getValue() + ": " + x.getMessage(), x);
      }
    }
    return b.build();
  }

  /** The report's text, each severity coloured when asked, and a summary line. */
  static String text(Report report, boolean color) {
    StringBuilder sb = new StringBuilder();
    String[] lines = report.toText().split("\n", -1);
    List<Finding> findings = report.findings();
    for (int i = 0; i < findings.size(); i++) {
      String line = lines[i];
      if (color) {
        String label = findings.get(i).severity().label();
        line =
            COLORS.get(findings.get(i).severity()) + label + RESET + line.substring(label.length());
      }
      sb.append(line).append('\n');
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%d %s, %d %s, %d info\n",
            report.count(Severity.ERROR),
            report.count(Severity.ERROR) == 1 ? "error" : "errors",
            report.count(Severity.WARNING),
            report.count(Severity.WARNING) == 1 ? "warning" : "warnings",
            report.count(Severity.INFO)));
    return sb.toString();
  }
}
