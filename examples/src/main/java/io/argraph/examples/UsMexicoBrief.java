package io.argraph.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The argument graph of the 1999 policy brief on U.S. policy toward Mexico by Eric L. Olson
 * (Washington Office on Latin America), built in code with the public core API.
 *
 * <p>The graph has the brief's premises (its statistics, facts and cited reports), the problems it
 * diagnoses and the recommendations it makes, joined by supports; the positions the brief argues
 * against are nodes too (tagged {@value #COUNTER_CLAIM}), attacked by the brief's rebuttals. The
 * argument runs: evidence &rarr; problems &rarr; the three key problems &rarr; the conclusion that
 * policy must change &rarr; the new foreign policy &rarr; its four components &rarr; the concrete
 * measures under each; specific problems also support the measures that answer them directly.
 *
 * <p>Every node quotes the brief verbatim; the quote is located with {@link
 * SourceDocument#quote(String)}, so no offset is typed by hand. Nodes are added in the order their
 * quotes appear in the brief, so an export reads like the brief.
 *
 * <p>A node's section is the heading its quote sits under. The brief's opening has no heading of
 * its own; it is called {@value #OVERVIEW} here. Bullets carry the heading of their list, body text
 * the heading of its section:
 *
 * <ul>
 *   <li>{@value #KEY_POINTS}: the three bullets that open the brief;
 *   <li>{@value #OVERVIEW}: the opening text after those bullets;
 *   <li>{@value #KEY_PROBLEMS}: the three bullets at the head of the problems section;
 *   <li>{@value #PROBLEMS}: the text of the problems section after its bullets;
 *   <li>{@value #KEY_RECOMMENDATIONS}: the three bullets at the head of the last section;
 *   <li>{@value #NEW_POLICY}: the text of the last section after its bullets.
 * </ul>
 *
 * <p>Tags: {@value #KEY_POINT}, {@value #KEY_PROBLEM} and {@value #KEY_RECOMMENDATION} mark the
 * bullets; {@value #STATISTIC} a figure; {@value #REPORT} a cited report or official statement;
 * {@value #COUNTER_CLAIM} a position the brief argues against (its {@value #ACTOR} attribute says
 * who holds it); {@value #REBUTTAL} a node the brief uses to answer one; {@value #CONCESSION} a
 * point the brief grants; {@value #COMPONENT} one of the four components of the proposed policy;
 * {@value #MEASURE} a concrete measure under a component; {@value #CONCLUSION} the brief's closing
 * call.
 *
 * @since 0.1.0
 */
public final class UsMexicoBrief {
  /** The name of the brief as a source document, also the {@code source} metadata entry. */
  public static final String DOCUMENT_NAME = "us-mexico-policy-brief.txt";

  /** Section of the three bullets that open the brief. */
  public static final String KEY_POINTS = "Key Points";

  /** Section of the opening text after the key points; the brief gives it no heading. */
  public static final String OVERVIEW = "Overview";

  /** Section of the three bullets that head the problems section. */
  public static final String KEY_PROBLEMS = "Key Problems";

  /** Section of the problems text after its bullets. */
  public static final String PROBLEMS = "Problems with Current U.S. Policy";

  /** Section of the three bullets that head the recommendations. */
  public static final String KEY_RECOMMENDATIONS = "Key Recommendations";

  /** Section of the recommendations text after its bullets. */
  public static final String NEW_POLICY = "Toward a New Foreign Policy";

  /** Tag of a "Key Points" bullet. */
  public static final String KEY_POINT = "key-point";

  /** Tag of a "Key Problems" bullet. */
  public static final String KEY_PROBLEM = "key-problem";

  /** Tag of a "Key Recommendations" bullet. */
  public static final String KEY_RECOMMENDATION = "key-recommendation";

  /** Tag of a premise that is a figure. */
  public static final String STATISTIC = "statistic";

  /** Tag of a premise that is a cited report or official statement. */
  public static final String REPORT = "report";

  /** Tag of a position the brief argues against. */
  public static final String COUNTER_CLAIM = "counter-claim";

  /** Tag of a node the brief uses to answer a counter-claim. */
  public static final String REBUTTAL = "rebuttal";

  /** Tag of a point the brief grants. */
  public static final String CONCESSION = "concession";

  /** Tag of one of the four components of the proposed policy. */
  public static final String COMPONENT = "component";

  /** Tag of a concrete measure under a component. */
  public static final String MEASURE = "measure";

  /** Tag of the brief's closing call for change. */
  public static final String CONCLUSION = "conclusion";

  /** Attribute naming who holds a counter-claim. */
  public static final String ACTOR = "actor";

  private static final String RESOURCE = "us-mexico-policy-brief.txt";

  private UsMexicoBrief() {}

  /**
   * Returns the text of the brief, without the web page's boilerplate lines, as the document that
   * every node quotes.
   *
   * @return the document named {@value #DOCUMENT_NAME}
   * @throws IllegalStateException if the brief is missing from the class path
   * @throws UncheckedIOException if it cannot be read
   */
  public static SourceDocument document() {
    return Holder.DOCUMENT;
  }

  /**
   * Builds the argument graph of the brief; each call returns an equal graph.
   *
   * @return the graph {@code us-mexico-policy}
   * @throws IllegalStateException if the brief is missing from the class path
   * @throws UncheckedIOException if it cannot be read
   */
  public static ArgumentGraph graph() {
    SourceDocument doc = document();
    ArgumentGraph.Builder b =
        ArgumentGraph.builder()
            .id("us-mexico-policy")
            .title("U.S. policy toward Mexico")
            .metadata("author", "Eric L. Olson, Washington Office on Latin America")
            .metadata("source", DOCUMENT_NAME)
            .metadata("year", "1999");
    // All nodes first, in the brief's order; then the relations, grouped by their target's section.
    BriefOverview.addNodes(b, doc);
    BriefProblems.addNodes(b, doc);
    BriefRecommendations.addNodes(b, doc);
    BriefOverview.addRelations(b);
    BriefProblems.addRelations(b);
    BriefRecommendations.addRelations(b);
    return b.build();
  }

  /**
   * Reads a class-path resource next to this class as a UTF-8 document named {@value
   * #DOCUMENT_NAME}.
   */
  static SourceDocument load(String resource) {
    try (InputStream in = UsMexicoBrief.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource "
                + resource
                + " not found next to "
                + UsMexicoBrief.class.getName()
                + "; the examples jar is incomplete, rebuild it");
      }
      return new SourceDocument(DOCUMENT_NAME, new String(in.readAllBytes(), UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  /** Loads the brief once, on first use. */
  private static final class Holder {
    static final SourceDocument DOCUMENT = load(RESOURCE);

    private Holder() {}
  }
}
