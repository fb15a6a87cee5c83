package io.argraph.io.dot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Graphviz as test oracle: runs {@code dot -Tcanon} and {@code dot -Tsvg} in one process
 * on a DOT text and reads back what the SVG draws.
 */
final class GraphvizJudge {
  private static final boolean AVAILABLE = GraphvizRenderer.create().isAvailable();

  private GraphvizJudge() {}

  /**
   * Skips the calling test, with the reason shown, when {@code dot} is missing; but fails it when
   * the environment variable {@code CI} is set, since CI must run the Graphviz tests.
   */
  static void requireDot() {
    if (AVAILABLE) {
      return;
    }
    if (System.getenv("CI") != null) {
      fail(
          "Graphviz dot is missing but CI is set; the CI image must install it (apt-get install -y graphviz)");
    }
    Assumptions.abort(
        "Graphviz dot is not installed, so the Graphviz tests are skipped; install it with"
            + " apt-get install graphviz or brew install graphviz");
  }

  /** What Graphviz made of one DOT text. */
  record Verdict(int exitCode, String stderr, String canon, String svg) {
    /** Asserts that dot accepted the text silently: exit 0 and nothing on standard error. */
    Verdict assertClean() {
      assertThat(stderr).as("dot standard error").isEmpty();
      assertThat(exitCode).as("dot exit code").isZero();
      return this;
    }

    /** Returns, per DOT node name ({@code n0}, …), the text lines the SVG draws for it, joined. */
    Map<String, String> nodeTexts() {
      Map<String, String> texts = new LinkedHashMap<>();
      for (Group g : groups("node")) {
        texts.put(g.title(), g.texts());
      }
      return texts;
    }

    /** Returns the tooltips of the nodes, per DOT node name. */
    Map<String, String> nodeTooltips() {
      Map<String, String> tips = new LinkedHashMap<>();
      for (Group g : groups("node")) {
        tips.put(g.title(), g.tooltip());
      }
      return tips;
    }

    /** Returns the titles of the SVG's edges ({@code n0->n1}), in drawing order. */
    List<String> edgeTitles() {
      return groups("edge").stream().map(Group::title).toList();
    }

    /** Returns the tooltips of the edges, in drawing order. */
    List<String> edgeTooltips() {
      return groups("edge").stream().map(Group::tooltip).toList();
    }

    /** Returns, per cluster name, the label lines the SVG draws for it, joined. */
    Map<String, String> clusterTexts() {
      Map<String, String> texts = new LinkedHashMap<>();
      for (Group g : groups("cluster")) {
        texts.put(g.title(), g.texts());
      }
      return texts;
    }

    /** Returns the text lines drawn directly in the graph (its title), joined. */
    String graphLabel() {
      return groups("graph").get(0).texts();
    }

    /**
     * Splits the SVG into the groups Graphviz writes for the graph, each cluster, node and edge.
     * Graphviz writes them one after another (only the graph's group encloses the others), so a
     * group's part of the text runs to the start of the next one.
     */
    private List<Group> groups(String cssClass) {
      assertThat(svg).startsWith("<?xml");
      List<Group> out = new ArrayList<>();
      Matcher m = GROUP.matcher(svg);
      List<Integer> starts = new ArrayList<>();
      List<String> classes = new ArrayList<>();
      while (m.find()) {
        starts.add(m.start());
        classes.add(m.group(1));
      }
      starts.add(svg.length());
      for (int i = 0; i < classes.size(); i++) {
        if (classes.get(i).equals(cssClass)) {
          out.add(new Group(svg.substring(starts.get(i), starts.get(i + 1))));
        }
      }
      return out;
    }
  }

  private static final Pattern GROUP =
      Pattern.compile("<g id=\"[^\"]*\" class=\"(graph|cluster|node|edge)\"");
  private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
  private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
  private static final Pattern TOOLTIP = Pattern.compile("<a xlink:title=\"([^\"]*)\"");
  private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);");

  /** One group of the SVG, as text. */
  private record Group(String xml) {
    String title() {
      Matcher m = TITLE.matcher(xml);
      assertThat(m.find()).as("a <title> in %s", xml).isTrue();
      return unescape(m.group(1));
    }

    String texts() {
      StringBuilder sb = new StringBuilder();
      Matcher m = TEXT.matcher(xml);
      while (m.find()) {
        sb.append(unescape(m.group(1))).append('\n');
      }
      return sb.toString();
    }

    String tooltip() {
      Matcher m = TOOLTIP.matcher(xml);
      return m.find() ? unescape(m.group(1)) : "";
    }
  }

  /** Resolves XML character and entity references; any other entity is an error. */
  static String unescape(String xml) {
    Matcher m = REFERENCE.matcher(xml);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String ref = m.group(1);
      String text =
          switch (ref) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
              assertThat(ref).as("an XML reference").startsWith("#");
              int cp =
                  ref.startsWith("#x")
                      ? Integer.parseInt(ref.substring(2), 16)
                      : Integer.parseInt(ref.substring(1));
              yield new String(Character.toChars(cp));
            }
          };
      m.appendReplacement(sb, Matcher.quoteReplacement(text));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Runs {@code dot -Tcanon} and {@code -Tsvg} on a DOT text; call {@link #requireDot()} first. */
  static Verdict judge(String dot) throws IOException, InterruptedException {
    return run(dot);
  }

  /**
   * Judges several DOT texts, each as {@link #judge(String)} would, but in one {@code dot} process
   * when they all pass: starting {@code dot} costs about 0.2 s, laying out a small graph far less.
   * If the batch is not clean, each text is judged alone so that its verdict is its own.
   */
  static List<Verdict> judgeAll(List<String> dots) throws IOException, InterruptedException {
    Verdict batch = run(String.join("", dots));
    List<String> canons = split(batch.canon(), CANON_START);
    List<String> svgs = split(batch.svg(), SVG_START);
    List<Verdict> verdicts = new ArrayList<>();
    if (batch.exitCode() == 0
        && batch.stderr().isEmpty()
        && canons.size() == dots.size()
        && svgs.size() == dots.size()) {
      for (int i = 0; i < dots.size(); i++) {
        verdicts.add(new Verdict(0, "", canons.get(i), svgs.get(i)));
      }
    } else {
      for (String dot : dots) {
        verdicts.add(run(dot));
      }
    }
    return verdicts;
  }

  private static final Pattern CANON_START = Pattern.compile("(?m)^(?:strict )?digraph ");
  private static final Pattern SVG_START = Pattern.compile("<\\?xml ");

  private static List<String> split(String text, Pattern start) {
    List<Integer> starts = new ArrayList<>();
    Matcher m = start.matcher(text);
    while (m.find()) {
      starts.add(m.start());
    }
    starts.add(text.length());
    List<String> parts = new ArrayList<>();
    for (int i = 0; i + 1 < starts.size(); i++) {
      parts.add(text.substring(starts.get(i), starts.get(i + 1)));
    }
    return parts;
  }

  /**
   * Runs {@code dot -Tcanon} and {@code dot -Tsvg} on a text that may hold several graphs. Two
   * processes writing to standard output, because with {@code -o FILE} {@code dot} writes only the
   * first of several graphs to the file.
   */
  private static Verdict run(String dot) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("argraph-judge-");
    Path in = dir.resolve("in.dot");
    Path canon = dir.resolve("out.canon");
    Path svg = dir.resolve("out.svg");
    Path canonErr = dir.resolve("canon.err");
    Path svgErr = dir.resolve("svg.err");
    try {
      Files.writeString(in, dot, StandardCharsets.UTF_8);
      Process canonRun = start(in, "-Tcanon", canon, canonErr);
      Process svgRun = start(in, "-Tsvg", svg, svgErr);
      int canonExit = await(canonRun);
      int svgExit = await(svgRun);
      return new Verdict(
          canonExit != 0 ? canonExit : svgExit,
          Files.readString(canonErr, StandardCharsets.UTF_8)
              + Files.readString(svgErr, StandardCharsets.UTF_8),
          Files.readString(canon, StandardCharsets.UTF_8),
          Files.readString(svg, StandardCharsets.UTF_8));
    } finally {
      for (Path f : List.of(in, canon, svg, canonErr, svgErr)) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    }
  }

  private static Process start(Path in, String format, Path out, Path err) throws IOException {
    return new ProcessBuilder("dot", format)
        .redirectInput(in.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
  }

  private static int await(Process p) throws InterruptedException {
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("dot ran for over 120 s");
    }
    return p.exitValue();
  }

  /** Removes all white space, so that texts compare whatever their wrap points. */
  static String squeeze(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
