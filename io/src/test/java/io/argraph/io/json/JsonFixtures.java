package io.argraph.io.json;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import io.argraph.core.model.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/** Graphs with known JSON forms, and access to the test resources. */
final class JsonFixtures {
  static final String BRIEF =
      "Key Points: The flow of drugs from Mexico has not been reduced significantly. "
          + "Mexico's economy — NAFTA et año 1994 — grew. 中文 🙂";

  private JsonFixtures() {}

  /** A graph with no id, title, metadata, nodes or relations. */
  static ArgumentGraph empty() {
    return ArgumentGraph.builder().build();
  }

  /** A graph that uses every optional field, non-ASCII text and characters JSON must escape. */
  static ArgumentGraph full() {
    SourceDocument brief = new SourceDocument("us-mexico-policy-brief.txt", BRIEF);
    return ArgumentGraph.builder()
        .id("us-mexico-policy")
        .title("U.S. policy toward Mexico — año 1999")
        .metadata("author", "Foreign Policy In Focus")
        .metadata("source", "us-mexico-policy-brief.txt")
        .metadata("empty", "")
        .node(
            Node.premise(
                    "drug-flow-unchanged",
                    "The flow of drugs from Mexico has not been reduced significantly.")
                .source(
                    brief.quote(
                        "The flow of drugs from Mexico has not been reduced significantly."))
                .section("Key Points")
                .tag("evidence", "drugs")
                .attribute("actor", "U.S. DEA")
                .attribute("year", "1998")
                .build())
        .node(
            Node.premise("nafta", "Mexico's economy — NAFTA et año 1994 — grew. 中文 🙂")
                .source(brief.quote("Mexico's economy — NAFTA et año 1994 — grew. 中文 🙂"))
                .build())
        .problem("counternarcotics-failed", "Counternarcotics \"aid\" failed:\n\tC:\\dea\u0001")
        .recommendation("r1", "End the militarised approach.")
        .relation(
            Relation.support("drug-flow-unchanged", "counternarcotics-failed")
                .withNote("direct evidence — see p. 2"))
        .supports("counternarcotics-failed", "r1")
        .attacks("nafta", "counternarcotics-failed")
        .attacks("r1", "r1")
        .build();
  }

  static InputStream resource(String path) {
    return Objects.requireNonNull(
        JsonFixtures.class.getResourceAsStream("/" + path), () -> "missing resource " + path);
  }

  static byte[] bytes(String path) {
    try (InputStream in = resource(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resourceDir(String path) {
    URL url = Objects.requireNonNull(JsonFixtures.class.getResource("/" + path), path);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
