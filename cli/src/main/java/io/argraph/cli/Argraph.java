package io.argraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code argraph} command: checks, exports, renders, solves and explains argument graphs.
 *
 * <p>Exit codes follow linters: 0 when there is no error finding, 1 when {@code check} finds
 * errors, 2 for bad usage or an input that cannot be read (one line on standard error, naming the
 * file and the place; {@code --verbose} adds the stack trace).
 *
 * @since 0.1.0
 */
@Command(
    name = "argraph",
    mixinStandardHelpOptions = true,
    versionProvider = Argraph.Version.class,
    description = "Check, export, render, solve and explain argument graphs.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  argraph check brief.json",
      "  argraph render brief.json -o brief.svg --overlay findings",
      "  argraph solve nixon.af --semantics preferred --format json",
      "",
      "Exit codes: 0 no error findings, 1 error findings (check), 2 bad usage or invalid input."
    })
public final class Argraph implements Callable<Integer> {
  /** Exit code for bad usage and for inputs or outputs that cannot be read or written. */
  static final int USAGE = 2;

  @Spec CommandSpec spec;

  private Argraph() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line in this process, writing UTF-8 to standard output and error.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = commandLine(Environment.system(), out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command line with its subcommands, writing to the given streams. */
  static CommandLine commandLine(Environment env, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Argraph());
    cl.addSubcommand(new CheckCommand(env));
    cl.addSubcommand(new ExportCommand(env));
    cl.addSubcommand(new RenderCommand(env));
    cl.addSubcommand(new SolveCommand(env));
    cl.addSubcommand(new ExplainCommand(env));
    // Set after adding the subcommands: these settings reach only the subcommands present.
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(Argraph::handleFailure);
    cl.setParameterExceptionHandler(Argraph::handleUsageError);
    return cl;
  }

  /** With no command: the usage on standard error, exit 2. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("argraph: missing command; choose one of check, export, render, solve, explain");
    spec.commandLine().usage(err);
    return USAGE;
  }

  private static int handleFailure(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    err.println("argraph: " + message(e));
    if (verbose(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return USAGE;
  }

  private static String message(Exception e) {
    if (e instanceof CliException
        || e instanceof IllegalArgumentException
        || e instanceof io.argraph.io.dot.GraphvizException) {
      return Input.oneLine(e.getMessage());
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return "input or output failed: " + Input.oneLine(e.getMessage());
    }
    return "unexpected " + e + "; rerun with --verbose and report it";
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static int handleUsageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    PrintWriter err = cmd.getErr();
    err.println(name + ": " + Input.oneLine(e.getMessage()) + " (see " + name + " --help)");
    err.flush();
    return USAGE;
  }

  /** Reads the version Maven wrote into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"argraph " + version()};
    }

    static String version() {
      Properties p = new Properties();
      try (InputStream in = Argraph.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p.getProperty("version", "(unknown version)");
    }
  }
}
