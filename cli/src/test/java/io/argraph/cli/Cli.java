package io.argraph.cli;

import io.argraph.io.dot.GraphvizRenderer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in-process with captured streams. */
final class Cli {
  /** The brief's graph, as the README uses it. */
  static final Path BRIEF = Path.of("..", "docs", "us-mexico-policy.json");

  private final String stdin;
  private final boolean terminal;
  private final GraphvizRenderer graphviz;

  private Cli(String stdin, boolean terminal, GraphvizRenderer graphviz) {
    this.stdin = stdin;
    this.terminal = terminal;
    this.graphviz = graphviz;
  }

  static Cli create() {
    return new Cli("", false, GraphvizRenderer.create());
  }

  Cli stdin(String text) {
    return new Cli(text, terminal, graphviz);
  }

  Cli terminal() {
    return new Cli(stdin, true, graphviz);
  }

  Cli graphviz(GraphvizRenderer renderer) {
    return new Cli(stdin, terminal, renderer);
  }

  /** What one run gave. */
  record Result(int code, String out, String err) {}

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env =
        new Environment(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), terminal, graphviz);
    int code =
        Argraph.commandLine(env, new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  static Result exec(String... args) {
    return create().run(args);
  }
}
