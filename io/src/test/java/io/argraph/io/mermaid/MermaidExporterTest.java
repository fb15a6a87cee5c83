package io.argraph.io.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.testing.RandomGraphs;
import io.argraph.io.testing.Goldens;
import io.argraph.io.testing.HostileLabels;
import io.argraph.io.testing.SmallGraphs;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MermaidExporterTest {
  private static final MermaidExporter EXPORTER = new MermaidExporter();

  /** A quoted label holds no raw quote, markup or line end, so it cannot end early. */
  private static final Pattern SAFE_LINE =
      Pattern.compile(
          "flowchart BT|  n\\d+(\\[|\\{\\{|\\(\\[)\"[^\"<>\\n\\r&]*(<br>[^\"<>\\n\\r&]*)*\""
              + "(]|}}|]\\))|  n\\d+ (-->|-\\.-x)(\\|\"[^\"<>\\n\\r&]*(<br>[^\"<>\\n\\r&]*)*\"\\|)?"
              + " n\\d+|  classDef \\w+ [\\w:#,-]+|  class (n\\d+,)*n\\d+ \\w+"
              + "|  linkStyle \\d+ [\\w:#,-]+");

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(40);
  }

  @Test
  void write_smallBrief_matchesGolden() {
    Goldens.assertMatches(EXPORTER.toString(SmallGraphs.brief()), "mermaid/brief.mmd");
  }

  @Test
  void write_hostileLabels_matchesGolden() {
    Goldens.assertMatches(EXPORTER.toString(HostileLabels.graph()), "mermaid/hostile.mmd");
  }

  @Test
  void write_smallBrief_shapesClassesAndAttackStyle() {
    assertThat(EXPORTER.toString(SmallGraphs.brief()))
        .isEqualTo(
            """
            flowchart BT
              n0["The flow of drugs has not been reduced."]
              n1["Mexico cooperates on extraditions."]
              n2{{"Counternarcotics policy has failed."}}
              n3(["Rethink the militarised approach."])
              n0 --> n2
              n1 -.-x|"Partial success only"| n2
              n2 --> n3
              classDef premise fill:#e3f2fd,stroke:#1565c0,color:#0d47a1
              classDef problem fill:#fff3e0,stroke:#e65100,color:#bf360c
              classDef recommendation fill:#e8f5e9,stroke:#2e7d32,color:#1b5e20
              class n0,n1 premise
              class n2 problem
              class n3 recommendation
              linkStyle 1 stroke:#c62828,stroke-width:2px,color:#c62828
            """);
  }

  @Test
  void label_escapesPerMermaidEntityCodes() {
    assertThat(MermaidExporter.label("a \"q\" #1 <b> & c\r\nd\re\nf"))
        .isEqualTo("a #quot;q#quot; #35;1 #lt;b#gt; #amp; c<br>d<br>e<br>f");
    assertThat(MermaidExporter.label("#35; #quot;")).isEqualTo("#35;35; #35;quot;");
    assertThat(MermaidExporter.label("ctl\u0001\u001F\uFFFE\uFFFF tab\t 🙂 \uD800x\uDC00"))
        .isEqualTo("ctl tab\t 🙂 x");
    assertThat(MermaidExporter.label("C:\\New end")).isEqualTo("C:\\New end");
  }

  @Test
  void write_hostileLabels_everyLineIsWellFormed() {
    List<String> lines = EXPORTER.toString(HostileLabels.graph()).lines().toList();
    assertThat(lines).allSatisfy(l -> assertThat(l).matches(SAFE_LINE));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void write_randomGraph_isWellFormedAndDeterministic(long seed) {
    ArgumentGraph g = RandomGraphs.graph(seed);
    String out = EXPORTER.toString(g);
    assertThat(out).isEqualTo(EXPORTER.toString(RandomGraphs.graph(seed)));
    assertThat(out.lines()).allSatisfy(l -> assertThat(l).matches(SAFE_LINE));
    assertThat(out.lines().filter(l -> l.matches("  n\\d+ (-->|-\\.-x).*")).count())
        .isEqualTo(g.relationCount());
    assertThat(out.lines().filter(l -> l.startsWith("  linkStyle ")).count())
        .isEqualTo(g.relations().stream().filter(r -> r.type().name().equals("ATTACK")).count());
  }

  @Test
  void write_exactly500Edges_isWritten() {
    String out = EXPORTER.toString(RandomGraphs.large(100, 500, 5));
    assertThat(out.lines().filter(l -> l.matches("  n\\d+ (-->|-\\.-x) n\\d+")).count())
        .isEqualTo(500);
  }

  @Test
  void write_moreThan500Edges_isRefusedAndNothingWritten() {
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> EXPORTER.write(RandomGraphs.large(100, 501, 5), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Mermaid cannot render this graph: it has 501 relations and Mermaid renderers"
                + " (GitHub's included) draw at most 500 edges; export it as DOT instead");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void write_moreThan50000Characters_isRefusedAndNothingWritten() {
    ArgumentGraph g =
        ArgumentGraph.builder()
            .premise("a", "x".repeat(25_000))
            .problem("b", "y".repeat(24_990))
            .supports("a", "b")
            .build();
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> EXPORTER.write(g, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Mermaid cannot render this graph: its diagram has 50263 characters and Mermaid"
                + " renderers (GitHub's included) accept at most 50000; export it as DOT instead");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void write_escapesCountTowardTheTextLimit() {
    // 12,000 quotes are 12,000 characters of text but 72,000 once escaped as #quot;.
    ArgumentGraph g = ArgumentGraph.builder().premise("a", "\"".repeat(12_000)).build();
    assertThatThrownBy(() -> EXPORTER.toString(g))
        .hasMessageContaining("its diagram has 72231 characters");
  }
}
