package io.argraph.examples;

import io.argraph.core.check.Checks;
import io.argraph.core.check.Report;
import io.argraph.core.check.Severity;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.io.AtomicFiles;
import io.argraph.io.dot.DotDecorations;
import io.argraph.io.dot.DotExporter;
import io.argraph.io.dot.GraphvizException;
import io.argraph.io.dot.GraphvizRenderer;
import io.argraph.io.json.JsonExporter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main job: builds the U.S.-Mexico brief, checks it, and writes its JSON, DOT and SVG.
 *
 * <p>{@code mvn -B -q -pl examples -am package -DskipTests exec:java} runs it; the output folder is
 * the first argument, by default {@code target/us-mexico-policy}; {@code -Dexec.args=docs}
 * regenerates the copies the README shows. Without Graphviz the SVG is skipped with a message that
 * says how to install it, and everything else is still written.
 *
 * @since 0.1.0
 */
public final class BriefJob {
  /** The name every output file starts with. */
  public static final String BASE_NAME = "us-mexico-policy";

  private BriefJob() {}

  /**
   * Returns the DOT the job writes: the default style with the check findings highlighted.
   *
   * @param graph the graph
   * @param report the checks' report on it
   * @return the DOT text
   */
  public static String dot(ArgumentGraph graph, Report report) {
    return DotExporter.create().withDecorator(DotDecorations.findings(report)).toString(graph);
  }

  /**
   * Runs the job.
   *
   * @param outputFolder where to write the files
   * @param renderer the Graphviz renderer for the SVG
   * @param out where to print the report and the files written
   * @return the check report
   * @throws IOException if a file cannot be written
   */
  public static Report run(Path outputFolder, GraphvizRenderer renderer, PrintStream out)
      throws IOException {
    ArgumentGraph graph = UsMexicoBrief.graph();
    Report report = Checks.standard().run(graph);
    out.printf(
        "%s: %d nodes, %d relations%n",
        graph.title().orElse(BASE_NAME), graph.nodeCount(), graph.relationCount());
    out.printf(
        "checks: %d error(s), %d warning(s), %d info%n",
        report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO));
    out.print(report.toText());

    Files.createDirectories(outputFolder);
    Path json = outputFolder.resolve(BASE_NAME + ".json");
    new JsonExporter().write(graph, json);
    Path dotFile = outputFolder.resolve(BASE_NAME + ".dot");
    String dot = dot(graph, report);
    AtomicFiles.write(dotFile, w -> w.write(dot));
    out.println("wrote " + json);
    out.println("wrote " + dotFile);
    Path svg = outputFolder.resolve(BASE_NAME + ".svg");
    try {
      renderer.render(dot, GraphvizRenderer.Format.SVG, svg);
      out.println("wrote " + svg);
    } catch (GraphvizException e) {
      if (e.reason() != GraphvizException.Reason.NOT_INSTALLED) {
        throw e;
      }
      out.println("skipped " + svg + ": " + e.getMessage());
    }
    out.println("output folder: " + outputFolder.toAbsolutePath().normalize());
    return report;
  }

  /**
   * Runs the job from the command line.
   *
   * @param args optionally the output folder
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/" + BASE_NAME);
    Report report = run(folder, GraphvizRenderer.create(), System.out);
    if (report.hasErrors()) {
      System.exit(1);
    }
  }
}
