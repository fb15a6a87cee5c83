package io.argraph.io.testing;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.model.Source;
import java.util.List;

/**
 * Labels that break careless exporters: quotes, backslashes, line ends, markup, characters XML
 * cannot carry, unpaired surrogates, emoji, right-to-left text and a very long text.
 */
public final class HostileLabels {
  /** Each label on its own, in a fixed order. */
  public static final List<String> LABELS =
      List.of(
          "She said \"no\" and 'maybe'",
          "C:\\New\\table \\N \\G \\L",
          "line one\r\nline two\rline three\nline four",
          "tab\there",
          "Tom & Jerry &amp; <b>bold</b> </script> ]]> <!-- x -->",
          "control \u0001 \u0008 \u000B \u000C \u001F and \uFFFE \uFFFF",
          "lone \uD800 high and \uDC00 low",
          "emoji 🙂 and flag 🇲🇽",
          "RTL: مرحبا بالعالم עברית",
          "hash #35; #quot; % {braces} [brackets] (parens) |pipe| ; semicolon",
          "end",
          "A" + " very long".repeat(2_000));

  private HostileLabels() {}

  /**
   * Returns a graph whose every text field holds a hostile label: one node per label, a chain of
   * supports and attacks between them, hostile notes, sections, tags, attributes and metadata.
   *
   * @return the graph
   */
  public static ArgumentGraph graph() {
    NodeKind[] kinds = NodeKind.values();
    ArgumentGraph.Builder b =
        ArgumentGraph.builder()
            .id("hostile")
            .title("Hostile \"labels\" & <friends>")
            .metadata("author", "O'Brien \"the\" <author>\ttab")
            .metadata("odd key \"quoted\"", "value\nwith\rbreaks \u0001");
    for (int i = 0; i < LABELS.size(); i++) {
      String label = LABELS.get(i);
      Node.Builder nb = Node.builder("h" + i, kinds[i % kinds.length], label);
      if (i % 3 == 0) {
        nb.section(label);
      }
      if (i % 4 == 1) {
        nb.tag(label, "plain");
        nb.attribute("quote \"key\"", label);
      }
      if (i % 5 == 2) {
        String quote = label.substring(0, Math.min(12, label.length()));
        nb.source(new Source("brief <draft> & \"notes\".txt", quote, 10, 10 + quote.length()));
      }
      b.node(nb.build());
    }
    for (int i = 0; i + 1 < LABELS.size(); i++) {
      RelationType type = i % 3 == 2 ? RelationType.ATTACK : RelationType.SUPPORT;
      b.relation(Relation.of("h" + i, "h" + (i + 1), type).withNote(LABELS.get(i)));
    }
    b.attacks("h1", "h0");
    return b.build();
  }
}
