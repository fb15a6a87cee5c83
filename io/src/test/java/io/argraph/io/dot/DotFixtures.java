package io.argraph.io.dot;

import io.argraph.core.check.Finding;
import io.argraph.core.check.Report;
import io.argraph.core.check.Severity;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Graphs shared by the DOT tests: a small brief-like graph and a corpus of hostile texts. */
final class DotFixtures {
  private DotFixtures() {}

  /** A small graph in the shape of the brief: sections, all kinds, a note, support and attack. */
  static ArgumentGraph sample() {
    return ArgumentGraph.builder()
        .id("us-mexico-sample")
        .title("U.S. policy toward Mexico")
        .node(
            Node.premise(
                    "drug-flow",
                    "The flow of drugs from Mexico has not been reduced significantly.")
                .section("Overview")
                .build())
        .node(
            Node.premise("trade", "Mexico is the third largest trading partner of the U.S.")
                .section("Overview")
                .build())
        .node(
            Node.problem("counternarcotics-failed", "Counternarcotics policy has failed.")
                .section("Key Problems")
                .build())
        .node(
            Node.problem("certification-strain", "Certification strains relations with Mexico.")
                .section("Key Problems")
                .build())
        .node(
            Node.recommendation("end-certification", "End annual drug certification of Mexico.")
                .section("Key Recommendations")
                .build())
        .recommendation("expand-trade", "Expand trade ties through NAFTA & the border.")
        .supports("drug-flow", "counternarcotics-failed")
        .relation(
            Relation.support("counternarcotics-failed", "end-certification")
                .withNote("Failure calls for change."))
        .supports("certification-strain", "end-certification")
        .supports("trade", "expand-trade")
        .supports("trade", "end-certification")
        .attacks("trade", "end-certification")
        .build();
  }

  /** A report on {@link #sample()}, naming nodes and relations at every severity. */
  static Report sampleReport() {
    ArgumentGraph g = sample();
    return Report.of(
        g,
        List.of(
            Finding.of(
                "unsupported-problem",
                Severity.WARNING,
                "problem certification-strain has no support; support it with evidence",
                List.of("certification-strain")),
            new Finding(
                "contradictory-relations",
                Severity.ERROR,
                "trade both supports and attacks end-certification; keep one of them",
                List.of("trade", "end-certification"),
                List.of(
                    Relation.support("trade", "end-certification"),
                    Relation.attack("trade", "end-certification"))),
            Finding.of(
                "unmotivated-recommendation",
                Severity.WARNING,
                "recommendation expand-trade is reached from no problem; link it to one",
                List.of("expand-trade")),
            Finding.of(
                "duplicate-text",
                Severity.INFO,
                "trade and expand-trade say the same; merge them",
                List.of("trade", "expand-trade"))));
  }

  /** A hostile text and the id of the node that carries it. */
  record Hostile(String id, NodeKind kind, String text) {
    @Override
    public String toString() {
      return id;
    }
  }

  /** Texts and ids that break naive DOT writers. */
  static List<Hostile> hostile() {
    String longText =
        IntStream.range(0, 4000)
            .mapToObj(i -> "word" + i)
            .collect(Collectors.joining(" "))
            .substring(0, 20_000);
    return List.of(
        new Hostile("node", NodeKind.PREMISE, "He said \"stop\" and \"go\""),
        new Hostile("Edge", NodeKind.PROBLEM, "ends with a backslash \\"),
        new Hostile("subgraph", NodeKind.RECOMMENDATION, "C:\\New\\Table and \\\\server\\share"),
        new Hostile("graph", NodeKind.PREMISE, "\\N \\G \\L \\E \\T \\H \\n \\l \\r \\\\N"),
        new Hostile("STRICT", NodeKind.PROBLEM, "first line\r\nsecond\rthird\nfourth\tcolumn"),
        new Hostile("1-2", NodeKind.PREMISE, "drugs & guns && more"),
        new Hostile("digraph", NodeKind.PREMISE, "&amp; &lt; &#38; &#x26; &nbsp; &bogus;"),
        new Hostile("a--b", NodeKind.PROBLEM, "<b>bold</b> <i>x</i> a > b < c"),
        new Hostile("x:y.z", NodeKind.RECOMMENDATION, "{ a | b } <port> { | } \\{ \\|"),
        new Hostile("emoji", NodeKind.PREMISE, "🙂 👨‍👩‍👧 🇲🇽 flags"),
        new Hostile("rtl", NodeKind.PREMISE, "العربية עברית mixed with English"),
        new Hostile("combining", NodeKind.PREMISE, "e\u0301 n\u0303 a\u030A\u0301 Z\u0351\u0352"),
        new Hostile("injection", NodeKind.PROBLEM, "\"]; n0 -> n1; digraph x { a -> b } //"),
        new Hostile("comments", NodeKind.PROBLEM, "/* not a comment */ // nor this # nor this"),
        new Hostile("concat", NodeKind.PREMISE, "\" + \" still one string"),
        new Hostile("long-word", NodeKind.RECOMMENDATION, "Donaudampfschiff".repeat(20) + "!"),
        new Hostile("long", NodeKind.PREMISE, longText));
  }

  /** A graph of the hostile texts, with hostile sections, title and notes. */
  static ArgumentGraph hostileGraph() {
    ArgumentGraph.Builder b =
        ArgumentGraph.builder().id("hostile").title("Title with \"quotes\" & \\N\nand a line");
    List<Hostile> all = hostile();
    for (int i = 0; i < all.size(); i++) {
      Hostile h = all.get(i);
      b.node(
          Node.builder(h.id(), h.kind(), h.text())
              .section(i % 2 == 0 ? "Section \"A\" & {B}" : "\\N section")
              .build());
    }
    for (int i = 1; i < all.size(); i++) {
      String from = all.get(i - 1).id();
      String to = all.get(i).id();
      b.relation(Relation.support(from, to).withNote("note " + i + ": \"q\" & \\G <x>"));
      if (i % 3 == 0) {
        b.attacks(to, from);
      }
    }
    return b.attacks("node", "Edge").build();
  }
}
