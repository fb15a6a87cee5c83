package io.argraph.cli;

import static java.util.Objects.requireNonNull;

import io.argraph.io.dot.GraphvizRenderer;
import java.io.Console;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * What the commands take from the process beyond their arguments, so that tests can supply their
 * own: standard input, whether standard output is a terminal (colour is used only then), and the
 * Graphviz renderer.
 *
 * @param stdin read for the input file {@code -}
 * @param terminal true if standard output is a terminal that shows colour
 * @param graphviz renders DOT for {@code argraph render}
 */
record Environment(InputStream stdin, boolean terminal, GraphvizRenderer graphviz) {
  Environment {
    requireNonNull(stdin, "stdin");
    requireNonNull(graphviz, "graphviz");
  }

  /**
   * The real process: {@code System.in}, a terminal when {@code System.console()} is present and
   * the {@code NO_COLOR} variable is unset, and {@code dot} from the PATH.
   */
  static Environment system() {
    return new Environment(
        System.in,
        stdoutIsTerminal() && System.getenv("NO_COLOR") == null,
        GraphvizRenderer.create());
  }

  /**
   * Before JDK 22 a console exists only when both standard streams are a terminal; from JDK 22 on
   * one always exists and {@code Console.isTerminal()} (absent from JDK 17) says it.
   */
  private static boolean stdoutIsTerminal() {
    // The console is null on JDK 17 to 21 when a stream is redirected; never null from JDK 22 on.
    Optional<Console> console = Optional.ofNullable(System.console());
    if (console.isEmpty()) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console.get()));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
