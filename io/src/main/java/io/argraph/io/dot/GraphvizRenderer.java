package io.argraph.io.dot;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.argraph.io.AtomicFiles;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders DOT text to SVG or PNG by running the Graphviz {@code dot} program.
 *
 * <p>Immutable and thread-safe; each call runs its own {@code dot} process. A process that runs
 * past the timeout is killed. Output files are written atomically: a failed rendering leaves the
 * target as it was. When {@code dot} cannot be started, the {@link GraphvizException} says how to
 * install Graphviz.
 *
 * <pre>{@code
 * GraphvizRenderer renderer = GraphvizRenderer.create().withTimeout(Duration.ofSeconds(20));
 * renderer.render(DotExporter.create().toString(graph), GraphvizRenderer.Format.SVG,
 *     Path.of("brief.svg"));
 * }</pre>
 *
 * @since 0.1.0
 */
@Immutable
public final class GraphvizRenderer {
  /** Where to get Graphviz, for the message when {@code dot} is missing. */
  static final String INSTALL_HINT =
      "install Graphviz: apt-get install graphviz (Debian, Ubuntu), brew install graphviz"
          + " (macOS), or see https://graphviz.org/download/";

  private static final GraphvizRenderer DEFAULT =
      new GraphvizRenderer("dot", Duration.ofSeconds(60));
  private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(10);

  /**
   * An output format of {@code dot}.
   *
   * @since 0.1.0
   */
  public enum Format {
    /** Scalable Vector Graphics; keeps tooltips. */
    SVG,
    /** A PNG bitmap. */
    PNG;

    /**
     * Returns the name {@code dot} gives the format, as in {@code -Tsvg}.
     *
     * @return {@code svg} or {@code png}
     */
    public String graphviz() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final String executable;
  private final Duration timeout;

  private GraphvizRenderer(String executable, Duration timeout) {
    this.executable = executable;
    this.timeout = timeout;
  }

  /**
   * Returns a renderer that runs {@code dot} from the {@code PATH} with a timeout of 60 seconds.
   *
   * @return the renderer
   */
  public static GraphvizRenderer create() {
    return DEFAULT;
  }

  /**
   * Returns a renderer like this one that runs another executable.
   *
   * @param newExecutable a program name looked up on the {@code PATH}, or a path to {@code dot}
   * @return the new renderer
   * @throws IllegalArgumentException if the name is blank
   */
  public GraphvizRenderer withExecutable(String newExecutable) {
    requireNonNull(newExecutable, "newExecutable");
    checkArgument(!newExecutable.isBlank(), "executable is blank; name dot or give its path");
    return new GraphvizRenderer(newExecutable, timeout);
  }

  /**
   * Returns a renderer like this one with another timeout.
   *
   * @param newTimeout how long one run of {@code dot} may take, at least 1 ms
   * @return the new renderer
   * @throws IllegalArgumentException if the timeout is under 1 ms
   */
  public GraphvizRenderer withTimeout(Duration newTimeout) {
    requireNonNull(newTimeout, "newTimeout");
    checkArgument(newTimeout.toMillis() >= 1, "timeout %s: allow at least 1 ms", newTimeout);
    return new GraphvizRenderer(executable, newTimeout);
  }

  /**
   * Returns the executable run.
   *
   * @return a program name or path
   */
  public String executable() {
    return executable;
  }

  /**
   * Returns how long one run may take.
   *
   * @return the timeout
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Returns the version line {@code dot -V} prints, e.g. {@code dot - graphviz version 2.43.0 (0)},
   * or empty if it cannot be run.
   *
   * @return the version, or empty if Graphviz is not available
   */
  public Optional<String> version() {
    Duration limit = timeout.compareTo(VERSION_TIMEOUT) < 0 ? timeout : VERSION_TIMEOUT;
    try {
      Run run = run(List.of(executable, "-V"), "", limit);
      String text =
          run.stderr().isBlank() ? new String(run.stdout(), StandardCharsets.UTF_8) : run.stderr();
      return run.exitCode() == 0 ? Optional.of(text.strip()) : Optional.empty();
    } catch (GraphvizException | IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Tells whether {@code dot} can be run.
   *
   * @return true if {@code dot -V} succeeds
   */
  public boolean isAvailable() {
    return version().isPresent();
  }

  /**
   * Renders DOT text.
   *
   * @param dot the DOT text
   * @param format the output format
   * @return the rendered bytes
   * @throws GraphvizException if {@code dot} is missing, fails (its error output in the message) or
   *     times out
   * @throws IOException if the temporary files cannot be written or read, or the thread is
   *     interrupted
   */
  public byte[] render(String dot, Format format) throws IOException {
    requireNonNull(dot, "dot");
    requireNonNull(format, "format");
    String flag = "-T" + format.graphviz();
    Run run = run(List.of(executable, flag), dot, timeout);
    if (run.exitCode() != 0) {
      String stderr = run.stderr().strip();
      throw new GraphvizException(
          GraphvizException.Reason.FAILED,
          executable
              + " "
              + flag
              + " failed with exit code "
              + run.exitCode()
              + ": "
              + (stderr.isEmpty() ? "(it wrote no error message)" : stderr),
          null);
    }
    return run.stdout();
  }

  /**
   * Renders DOT text to a file, atomically: on any failure the file is left as it was.
   *
   * @param dot the DOT text
   * @param format the output format
   * @param file the file to create or replace
   * @throws GraphvizException if {@code dot} is missing, fails or times out
   * @throws IOException if the file cannot be written, or the thread is interrupted
   */
  public void render(String dot, Format format, Path file) throws IOException {
    requireNonNull(file, "file");
    byte[] bytes = render(dot, format);
    AtomicFiles.writeBytes(file, out -> out.write(bytes));
  }

  /** What one run of a program gave. */
  private static final class Run {
    private final int exitCode;
    private final byte[] stdout;
    private final String stderr;

    Run(int exitCode, byte[] stdout, String stderr) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }

    int exitCode() {
      return exitCode;
    }

    byte[] stdout() {
      return stdout;
    }

    String stderr() {
      return stderr;
    }
  }

  /**
   * Runs a program with its input, output and error output in temporary files, so that no thread
   * has to pump pipes and a large output cannot block the process.
   */
  private static Run run(List<String> command, String input, Duration limit) throws IOException {
    Path dir = Files.createTempDirectory("argraph-dot-");
    Path in = dir.resolve("in.dot");
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    try {
      Files.writeString(in, input, StandardCharsets.UTF_8);
      ProcessBuilder builder =
          new ProcessBuilder(ImmutableList.copyOf(command))
              .redirectInput(in.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new GraphvizException(
            GraphvizException.Reason.NOT_INSTALLED,
            "cannot run \""
                + command.get(0)
                + "\" ("
                + e.getMessage()
                + "); Graphviz is not installed or dot is not on the PATH: "
                + INSTALL_HINT
                + "; or give the path of dot with GraphvizRenderer.withExecutable",
            e);
      }
      boolean finished;
      try {
        finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        kill(process);
        Thread.currentThread().interrupt();
        InterruptedIOException stop = new InterruptedIOException("interrupted while dot ran");
        stop.initCause(e);
        throw stop;
      }
      if (!finished) {
        kill(process);
        throw new GraphvizException(
            GraphvizException.Reason.TIMED_OUT,
            command.get(0)
                + " did not finish within "
                + limit.toMillis()
                + " ms and was stopped; allow more time with GraphvizRenderer.withTimeout, or"
                + " render a smaller graph",
            null);
      }
      return new Run(
          process.exitValue(),
          Files.readAllBytes(out),
          new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      Files.deleteIfExists(dir);
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      // Reap it if it goes quickly; the OS has been told to kill it, so never hang the caller.
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "GraphvizRenderer{executable=" + executable + ", timeout=" + timeout + "}";
  }
}
