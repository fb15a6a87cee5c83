package io.argraph.io.json;

import static java.util.Objects.requireNonNull;

import io.argraph.core.check.Finding;
import io.argraph.core.check.Report;
import io.argraph.core.check.Severity;
import io.argraph.core.model.Relation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a check {@link Report} as JSON, the machine-readable output of {@code argraph check
 * --format json}:
 *
 * <pre>{@code
 * {
 *   "graph": "us-mexico-policy",
 *   "findings": [
 *     {
 *       "code": "contradictory-relations",
 *       "severity": "error",
 *       "message": "…",
 *       "nodes": ["a", "b"],
 *       "relations": [{"from": "a", "to": "b", "type": "support"}, …]
 *     }
 *   ],
 *   "summary": {"error": 1, "warning": 0, "info": 0}
 * }
 * }</pre>
 *
 * <p>{@code graph} is {@code null} when the graph has no id; {@code relations} appears only on
 * findings about relations. Findings keep the report order; the layout is that of {@link
 * JsonExporter} (two-space indent, {@code \n} line ends, a final newline, UTF-8 text unescaped).
 *
 * @since 0.1.0
 */
public final class JsonReports {
  private JsonReports() {}

  /**
   * Writes a report as JSON.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(Report report, Writer out) throws IOException {
    requireNonNull(report, "report");
    JsonWriter json = new JsonWriter(requireNonNull(out, "out"));
    json.beginObject();
    json.name("graph");
    if (report.graphId().isPresent()) {
      json.value(report.graphId().get());
    } else {
      json.nullValue();
    }
    json.name("findings");
    json.beginArray();
    for (Finding finding : report.findings()) {
      finding(json, finding);
    }
    json.endArray();
    json.name("summary");
    json.beginObject();
    for (Severity severity : Severity.values()) {
      json.member(severity.label(), report.count(severity));
    }
    json.endObject();
    json.endObject();
    json.finish();
  }

  /**
   * Returns a report as a JSON string.
   *
   * @param report the report
   * @return the JSON text, ending with a newline
   */
  public static String toString(Report report) {
    StringWriter out = new StringWriter();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void finding(JsonWriter json, Finding finding) throws IOException {
    json.beginObject();
    json.member("code", finding.code());
    json.member("severity", finding.severity().label());
    json.member("message", finding.message());
    json.name("nodes");
    json.beginArray();
    for (String node : finding.nodes()) {
      json.value(node);
    }
    json.endArray();
    if (!finding.relations().isEmpty()) {
      json.name("relations");
      json.beginArray();
      for (Relation r : finding.relations()) {
        json.beginObject();
        json.member("from", r.from());
        json.member("to", r.to());
        json.member("type", r.type().name().toLowerCase(Locale.ROOT));
        json.endObject();
      }
      json.endArray();
    }
    json.endObject();
  }
}
