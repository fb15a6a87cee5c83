package io.argraph.io.json;

import static java.util.Objects.requireNonNull;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.io.GraphImporter;
import io.argraph.io.ImportException;
import io.argraph.io.Location;
import io.argraph.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a graph in the native JSON format, version 1, strictly: anything the format does not allow
 * fails with an {@link ImportException} that gives the line, the column and the JSON pointer of the
 * offending value and says how to fix it, e.g. {@code line 14, column 9 (/relations/3/to): unknown
 * node "r9"; declare it in "nodes" first}.
 *
 * <p>Refused, among others: malformed JSON, content after the document, another {@code format} or
 * {@code formatVersion}, missing required fields, values of the wrong JSON type, unknown fields,
 * unknown kinds and relation types, invalid ids, blank texts, duplicate ids, fields, keys, tags or
 * relations, relations to unknown nodes, source offsets that do not match the quote, input that is
 * not UTF-8, and input past the {@link ReadLimits}. A failed read returns nothing: the graph is
 * built only once the whole document is valid. {@code "relations"} may come before {@code "nodes"}.
 *
 * <p>The document is read as a stream of tokens by a private Jackson parser (no tree of the whole
 * document is built, and no global Jackson setting is changed), so memory stays proportional to the
 * graph. Lines and columns count from 1; when reading bytes ({@link #read(InputStream)}, {@link
 * #read(java.nio.file.Path)}) columns and offsets count bytes, when reading text ({@link
 * #read(Reader)}, {@link #fromString(String)}) they count characters.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ArgumentGraph graph = new JsonImporter().read(Path.of("brief.json"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonImporter implements GraphImporter {
  private static final String BYTES = "bytes";
  private static final String CHARACTERS = "characters";

  private final ReadLimits limits;
  private final JsonFactory factory;

  /** Creates an importer with the {@linkplain ReadLimits#defaults() default limits}. */
  public JsonImporter() {
    this(ReadLimits.defaults());
  }

  /**
   * Creates an importer with the given limits.
   *
   * @param limits the limits to enforce
   */
  public JsonImporter(ReadLimits limits) {
    this.limits = requireNonNull(limits, "limits");
    // Jackson's own nesting limit sits one level above ours, so that our check, which knows the
    // JSON pointer, fires first.
    int depth =
        limits.maxNestingDepth() == Integer.MAX_VALUE
            ? Integer.MAX_VALUE
            : limits.maxNestingDepth() + 1;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(depth)
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxNumberLength(JsonGraphReader.MAX_NUMBER_LENGTH)
            .build();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
  }

  /**
   * Returns the limits this importer enforces.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a graph from JSON text.
   *
   * @param in the text; not closed
   * @return the graph
   * @throws ImportException if the text is not a valid graph in format version 1, or is past a
   *     limit
   * @throws IOException if reading fails
   */
  @Override
  public ArgumentGraph read(Reader in) throws IOException {
    Reader limited = new LimitedInput.Chars(requireNonNull(in, "in"), limits.maxInputBytes());
    JsonParser parser;
    try {
      parser = factory.createParser(ObjectReadContext.empty(), limited);
    } catch (JacksonException e) {
      throw JsonGraphReader.translate(e, null, limits, CHARACTERS);
    }
    try (parser) {
      return new JsonGraphReader(parser, limits, CHARACTERS).read();
    }
  }

  /**
   * Reads a graph from UTF-8 JSON bytes; a UTF-8 byte order mark is skipped, other encodings are
   * refused.
   *
   * @param in the bytes; not closed
   * @return the graph
   * @throws ImportException if the input is not UTF-8, not a valid graph in format version 1, or
   *     past a limit
   * @throws IOException if reading fails
   */
  @Override
  public ArgumentGraph read(InputStream in) throws IOException {
    PushbackInputStream bytes =
        new PushbackInputStream(
            new LimitedInput.Bytes(requireNonNull(in, "in"), limits.maxInputBytes()), 4);
    refuseOtherEncodings(bytes);
    JsonParser parser;
    try {
      parser = factory.createParser(ObjectReadContext.empty(), bytes);
    } catch (JacksonException e) {
      throw JsonGraphReader.translate(e, null, limits, BYTES);
    }
    try (parser) {
      return new JsonGraphReader(parser, limits, BYTES).read();
    }
  }

  /**
   * Refuses UTF-16 and UTF-32, which Jackson would otherwise detect and accept: JSON text in
   * argraph is UTF-8. A JSON document in UTF-8 has no NUL byte among its first four.
   */
  private void refuseOtherEncodings(PushbackInputStream in) throws IOException {
    byte[] head = new byte[4];
    int n = 0;
    try {
      while (n < head.length) {
        int r = in.read(head, n, head.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (LimitedInput.TooLarge e) {
      throw new ImportException(
          JsonGraphReader.limitMessage(
              "input is longer than " + limits.maxInputBytes() + " " + BYTES, "maxInputBytes"),
          new Location(1, 1, 0),
          "",
          e);
    }
    boolean bom =
        n >= 2
            && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
    boolean nul = false;
    for (int i = 0; i < n; i++) {
      nul |= head[i] == 0;
    }
    in.unread(head, 0, n);
    if (bom || nul) {
      throw new ImportException(
          "input is not UTF-8 (it looks like UTF-16 or UTF-32); save it as UTF-8",
          new Location(1, 1, 0),
          "");
    }
  }
}
