package io.argraph.io.json;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.model.Source;
import io.argraph.io.ImportException;
import io.argraph.io.Location;
import io.argraph.io.ReadLimits;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads one JSON document, token by token, into a graph. One instance per read; not thread-safe.
 *
 * <p>Every value is checked as it is read, so that an error points at the offending value.
 * Relations are kept aside until the whole document is read, so that {@code "relations"} may come
 * before {@code "nodes"}; the graph is built only when everything is valid, so no half-read graph
 * can escape.
 */
final class JsonGraphReader {
  static final String ALLOWED_ROOT = "format, formatVersion, id, title, metadata, nodes, relations";
  static final String ALLOWED_NODE = "id, kind, text, source, section, tags, attributes";
  static final String ALLOWED_SOURCE = "document, quote, start, end";
  static final String ALLOWED_RELATION = "from, to, type, note";

  /** Numbers in the format are versions and offsets; anything longer is hostile. */
  static final int MAX_NUMBER_LENGTH = 64;

  private static final int MESSAGE_VALUE_LENGTH = 60;

  private final JsonParser parser;
  private final ReadLimits limits;
  private final String unit;
  private final ArgumentGraph.Builder graph = ArgumentGraph.builder();
  private final List<PendingRelation> relations = new ArrayList<>();
  private int nodeCount;

  /** Where the value most recently read by a {@code read…} method starts. */
  private Location valueAt = Location.ofLine(1);

  /**
   * Creates a reader.
   *
   * @param parser the parser, positioned before the first token
   * @param limits the limits to enforce
   * @param unit what the input is measured in, {@code bytes} or {@code characters}
   */
  JsonGraphReader(JsonParser parser, ReadLimits limits, String unit) {
    this.parser = parser;
    this.limits = limits;
    this.unit = unit;
  }

  /** A relation read but not yet added, with where its parts are. */
  private record PendingRelation(
      Relation relation, String pointer, Location at, Location fromAt, Location toAt) {}

  /** A string member of an object, with where its key is. */
  private record Entry(String key, String value, Location keyAt, String pointer) {}

  ArgumentGraph read() throws IOException {
    try {
      return readDocument();
    } catch (JacksonException e) {
      throw translate(e, parser, limits, unit);
    }
  }

  private ArgumentGraph readDocument() {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw fail(
          location(parser.currentLocation()),
          "",
          "empty input; expected a JSON object with \"format\": \"argraph\"");
    }
    if (first != JsonToken.START_OBJECT) {
      throw fail(
          tokenLocation(),
          "",
          "expected a JSON object at the top of the input, not " + describe(first));
    }
    checkDepth("");
    readRoot();
    checkTrailing();
    for (PendingRelation p : relations) {
      addRelation(p);
    }
    return graph.build();
  }

  private void checkTrailing() {
    JsonToken after;
    Location at;
    try {
      after = parser.nextToken();
      at = tokenLocation();
    } catch (StreamConstraintsException e) {
      throw e;
    } catch (JacksonException e) {
      if (e instanceof JacksonIOException) {
        throw e;
      }
      after = JsonToken.NOT_AVAILABLE;
      at = location(e.getLocation());
    }
    if (after != null) {
      throw fail(at, "", "trailing content after the graph; a document holds one JSON object");
    }
  }

  // ---- the top level ----

  private void readRoot() {
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      Location nameAt = tokenLocation();
      String ptr = "/" + escapePointer(name);
      once(seen, name, nameAt, ptr);
      switch (name) {
        case "format" -> {
          String format = readString(ptr, "\"format\"");
          if (!format.equals(JsonExporter.FORMAT)) {
            throw fail(
                valueAt,
                ptr,
                "unsupported format "
                    + quote(format)
                    + "; this reader reads \""
                    + JsonExporter.FORMAT
                    + "\" documents");
          }
        }
        case "formatVersion" -> {
          String version = readInteger(ptr, "\"formatVersion\"");
          if (!version.equals(Integer.toString(JsonExporter.FORMAT_VERSION))) {
            throw fail(
                valueAt,
                ptr,
                "unsupported formatVersion "
                    + abbreviate(version)
                    + "; supported versions: "
                    + JsonExporter.FORMAT_VERSION);
          }
        }
        case "id" -> {
          String id = readString(ptr, "\"id\"");
          located(valueAt, ptr, id, () -> graph.id(id));
        }
        case "title" -> {
          String title = readString(ptr, "\"title\"");
          located(valueAt, ptr, title, () -> graph.title(title));
        }
        case "metadata" -> {
          for (Entry e : readStringMap(ptr, "\"metadata\"")) {
            located(e.keyAt(), e.pointer(), e.key(), () -> graph.metadata(e.key(), e.value()));
          }
        }
        case "nodes" -> readNodes(ptr);
        case "relations" -> readRelations(ptr);
        default -> throw unknownField(name, nameAt, ptr, "at the top level", ALLOWED_ROOT);
      }
    }
    Location end = tokenLocation();
    require(seen, end, "", "format", "formatVersion", "nodes", "relations");
  }

  // ---- nodes ----

  private void readNodes(String ptr) {
    expectStart(JsonToken.START_ARRAY, ptr, "\"nodes\"", "an array");
    int i = 0;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      String nodePtr = ptr + "/" + i;
      if (nodeCount == limits.maxNodes()) {
        throw fail(
            tokenLocation(),
            nodePtr,
            limitMessage("too many nodes, more than " + limits.maxNodes(), "maxNodes"));
      }
      checkStart(t, JsonToken.START_OBJECT, nodePtr, "each node", "an object");
      readNode(nodePtr);
      nodeCount++;
      i++;
    }
  }

  private void readNode(String ptr) {
    Location at = valueAt;
    Set<String> seen = new HashSet<>();
    String id = "";
    String text = "";
    NodeKind kind = NodeKind.PREMISE;
    Location idAt = at;
    Location textAt = at;
    Source source = null;
    String section = null;
    Location sectionAt = at;
    List<String> tags = List.of();
    List<Location> tagsAt = List.of();
    List<Entry> attributes = List.of();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      Location nameAt = tokenLocation();
      String fieldPtr = ptr + "/" + escapePointer(name);
      once(seen, name, nameAt, fieldPtr);
      switch (name) {
        case "id" -> {
          id = readString(fieldPtr, "\"id\"");
          idAt = valueAt;
        }
        case "kind" -> kind = readEnum(fieldPtr, "kind", NodeKind.class);
        case "text" -> {
          text = readString(fieldPtr, "\"text\"");
          textAt = valueAt;
        }
        case "source" -> source = readSource(fieldPtr);
        case "section" -> {
          section = readString(fieldPtr, "\"section\"");
          sectionAt = valueAt;
        }
        case "tags" -> {
          expectStart(JsonToken.START_ARRAY, fieldPtr, "\"tags\"", "an array");
          tags = new ArrayList<>();
          tagsAt = new ArrayList<>();
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            String tag = stringValue(t, fieldPtr + "/" + tags.size(), "each tag");
            if (tags.contains(tag)) {
              throw fail(
                  valueAt,
                  fieldPtr + "/" + tags.size(),
                  "duplicate tag " + quote(tag) + "; list each tag once");
            }
            tags.add(tag);
            tagsAt.add(valueAt);
          }
        }
        case "attributes" -> attributes = readStringMap(fieldPtr, "\"attributes\"");
        default -> throw unknownField(name, nameAt, fieldPtr, "in a node", ALLOWED_NODE);
      }
    }
    require(seen, tokenLocation(), ptr, "id", "kind", "text");
    Node.Builder b = newNode(id, kind, text, idAt, textAt, ptr);
    b.source(source);
    String s = section;
    located(sectionAt, ptr + "/section", s, () -> b.section(s));
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      located(tagsAt.get(i), ptr + "/tags/" + i, tag, () -> b.tag(tag));
    }
    for (Entry e : attributes) {
      located(e.keyAt(), e.pointer(), e.key(), () -> b.attribute(e.key(), e.value()));
    }
    Node node = b.build();
    located(idAt, ptr + "/id", node.id(), () -> graph.node(node));
  }

  private static Node.Builder newNode(
      String id, NodeKind kind, String text, Location idAt, Location textAt, String ptr) {
    try {
      return Node.builder(id, kind, text);
    } catch (IllegalArgumentException e) {
      boolean aboutId = !text.isBlank() || String.valueOf(e.getMessage()).startsWith("invalid");
      throw fail(aboutId ? idAt : textAt, ptr + (aboutId ? "/id" : "/text"), problem(e, id));
    }
  }

  private Source readSource(String ptr) {
    expectStart(JsonToken.START_OBJECT, ptr, "\"source\"", "an object");
    Location at = valueAt;
    Set<String> seen = new HashSet<>();
    String document = "";
    String quote = "";
    long start = 0;
    long end = 0;
    Location documentAt = at;
    Location quoteAt = at;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      Location nameAt = tokenLocation();
      String fieldPtr = ptr + "/" + escapePointer(name);
      once(seen, name, nameAt, fieldPtr);
      switch (name) {
        case "document" -> {
          document = readString(fieldPtr, "\"document\"");
          documentAt = valueAt;
        }
        case "quote" -> {
          quote = readString(fieldPtr, "\"quote\"");
          quoteAt = valueAt;
        }
        case "start" -> start = readOffset(fieldPtr, "\"start\"");
        case "end" -> end = readOffset(fieldPtr, "\"end\"");
        default -> throw unknownField(name, nameAt, fieldPtr, "in a source", ALLOWED_SOURCE);
      }
    }
    require(seen, tokenLocation(), ptr, "document", "quote", "start", "end");
    try {
      return new Source(document, quote, (int) start, (int) end);
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      if (message.startsWith("source document name")) {
        throw fail(documentAt, ptr + "/document", problem(e, document));
      }
      if (message.startsWith("source quote")) {
        throw fail(quoteAt, ptr + "/quote", problem(e, quote));
      }
      throw fail(at, ptr, problem(e, document));
    }
  }

  // ---- relations ----

  private void readRelations(String ptr) {
    expectStart(JsonToken.START_ARRAY, ptr, "\"relations\"", "an array");
    int i = 0;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      String relPtr = ptr + "/" + i;
      if (relations.size() == limits.maxRelations()) {
        throw fail(
            tokenLocation(),
            relPtr,
            limitMessage("too many relations, more than " + limits.maxRelations(), "maxRelations"));
      }
      checkStart(t, JsonToken.START_OBJECT, relPtr, "each relation", "an object");
      relations.add(readRelation(relPtr));
      i++;
    }
  }

  private PendingRelation readRelation(String ptr) {
    Location at = valueAt;
    Set<String> seen = new HashSet<>();
    String from = "";
    String to = "";
    RelationType type = RelationType.SUPPORT;
    String note = null;
    Location fromAt = at;
    Location toAt = at;
    Location noteAt = at;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      Location nameAt = tokenLocation();
      String fieldPtr = ptr + "/" + escapePointer(name);
      once(seen, name, nameAt, fieldPtr);
      switch (name) {
        case "from" -> {
          from = readString(fieldPtr, "\"from\"");
          fromAt = valueAt;
        }
        case "to" -> {
          to = readString(fieldPtr, "\"to\"");
          toAt = valueAt;
        }
        case "type" -> type = readEnum(fieldPtr, "type", RelationType.class);
        case "note" -> {
          note = readString(fieldPtr, "\"note\"");
          noteAt = valueAt;
        }
        default -> throw unknownField(name, nameAt, fieldPtr, "in a relation", ALLOWED_RELATION);
      }
    }
    require(seen, tokenLocation(), ptr, "from", "to", "type");
    Relation plain = Relation.of(from, to, type);
    String n = note;
    Relation relation = located(noteAt, ptr + "/note", n, () -> plain.withNote(n));
    return new PendingRelation(relation, ptr, at, fromAt, toAt);
  }

  private void addRelation(PendingRelation p) {
    Relation r = p.relation();
    if (!graph.containsNode(r.from())) {
      throw fail(p.fromAt(), p.pointer() + "/from", unknownNode(r.from()));
    }
    if (!graph.containsNode(r.to())) {
      throw fail(p.toAt(), p.pointer() + "/to", unknownNode(r.to()));
    }
    located(p.at(), p.pointer(), null, () -> graph.relation(r));
  }

  private static String unknownNode(String id) {
    return "unknown node " + quote(id) + "; declare it in \"nodes\" first";
  }

  // ---- values ----

  private String readString(String ptr, String what) {
    return stringValue(parser.nextToken(), ptr, what);
  }

  private String stringValue(JsonToken t, String ptr, String what) {
    valueAt = tokenLocation();
    if (t != JsonToken.VALUE_STRING) {
      throw wrongType(ptr, what, "a string", t);
    }
    String s = parser.getString();
    if (s.length() > limits.maxStringLength()) {
      throw stringTooLong(valueAt, ptr);
    }
    return s;
  }

  /** Reads an integer and returns its digits, so that no size of number is a problem. */
  private String readInteger(String ptr, String what) {
    JsonToken t = parser.nextToken();
    valueAt = tokenLocation();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(ptr, what, "an integer", t);
    }
    return parser.getString();
  }

  private long readOffset(String ptr, String what) {
    String digits = readInteger(ptr, what);
    long value;
    try {
      value = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      value = Long.MAX_VALUE;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw fail(
          valueAt,
          ptr,
          what
              + " is out of range: "
              + abbreviate(digits)
              + "; offsets go from 0 to "
              + Integer.MAX_VALUE);
    }
    return value;
  }

  private <E extends Enum<E>> E readEnum(String ptr, String field, Class<E> type) {
    String value = readString(ptr, "\"" + field + "\"");
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(value)) {
        return e;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
    }
    throw fail(valueAt, ptr, "unknown " + field + " " + quote(value) + "; use one of " + allowed);
  }

  private List<Entry> readStringMap(String ptr, String what) {
    expectStart(JsonToken.START_OBJECT, ptr, what, "an object");
    List<Entry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      Location keyAt = tokenLocation();
      String keyPtr = ptr + "/" + escapePointer(key);
      if (!keys.add(key)) {
        throw fail(
            keyAt, keyPtr, "duplicate key " + quote(key) + " in " + what + "; give each key once");
      }
      String value = readString(keyPtr, "each value in " + what);
      entries.add(new Entry(key, value, keyAt, keyPtr));
    }
    return entries;
  }

  // ---- structure ----

  private void expectStart(JsonToken expected, String ptr, String what, String kind) {
    checkStart(parser.nextToken(), expected, ptr, what, kind);
  }

  private void checkStart(JsonToken t, JsonToken expected, String ptr, String what, String kind) {
    valueAt = tokenLocation();
    if (t != expected) {
      throw wrongType(ptr, what, kind, t);
    }
    checkDepth(ptr);
  }

  private void checkDepth(String ptr) {
    if (parser.streamReadContext().getNestingDepth() > limits.maxNestingDepth()) {
      throw depthExceeded(tokenLocation(), ptr);
    }
  }

  private void once(Set<String> seen, String name, Location at, String ptr) {
    if (!seen.add(name)) {
      throw fail(at, ptr, "duplicate field " + quote(name) + "; give each field once");
    }
  }

  private static void require(Set<String> seen, Location at, String ptr, String... fields) {
    for (String field : fields) {
      if (!seen.contains(field)) {
        throw fail(at, ptr, "missing required field \"" + field + "\"");
      }
    }
  }

  private static ImportException unknownField(
      String name, Location at, String ptr, String where, String allowed) {
    return fail(at, ptr, "unknown field " + quote(name) + " " + where + "; allowed: " + allowed);
  }

  private ImportException wrongType(
      String ptr, String what, String expected, @Nullable JsonToken found) {
    return fail(valueAt, ptr, what + " must be " + expected + ", not " + describe(found));
  }

  private static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction or exponent";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.name();
    };
  }

  // ---- errors ----

  private <T> T located(
      @Nullable Location at, String ptr, @Nullable String value, Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw fail(at, ptr, problem(e, value));
    }
  }

  private static String problem(IllegalArgumentException e, @Nullable String value) {
    String message = String.valueOf(e.getMessage());
    if (value != null && value.length() > MESSAGE_VALUE_LENGTH) {
      message = message.replace(value, abbreviate(value));
    }
    return printable(message);
  }

  private static ImportException fail(@Nullable Location at, String ptr, String problem) {
    return new ImportException(problem, at, ptr);
  }

  private ImportException stringTooLong(Location at, String ptr) {
    return fail(at, ptr, stringLimitMessage(limits));
  }

  private ImportException depthExceeded(Location at, String ptr) {
    return fail(at, ptr, depthLimitMessage(limits));
  }

  private static String stringLimitMessage(ReadLimits limits) {
    return limitMessage(
        "a string is longer than " + limits.maxStringLength() + " characters", "maxStringLength");
  }

  private static String depthLimitMessage(ReadLimits limits) {
    return limitMessage(
        "nesting is deeper than " + limits.maxNestingDepth() + " levels", "maxNestingDepth");
  }

  static String limitMessage(String what, String limit) {
    return what
        + " (ReadLimits."
        + limit
        + "); raise the limit with ReadLimits.builder()."
        + limit
        + "(n)";
  }

  /**
   * Turns a Jackson failure into an {@link ImportException}, or rethrows the {@link IOException} of
   * the input itself.
   *
   * @param parser the parser, or null if it could not be created
   */
  static ImportException translate(
      JacksonException e, @Nullable JsonParser parser, ReadLimits limits, String unit)
      throws IOException {
    Location at = failureLocation(e, parser);
    String ptr = parser == null ? "" : parser.streamReadContext().pathAsPointer().toString();
    if (e instanceof JacksonIOException) {
      Throwable cause = e.getCause();
      if (cause instanceof LimitedInput.TooLarge) {
        return new ImportException(
            limitMessage(
                "input is longer than " + limits.maxInputBytes() + " " + unit, "maxInputBytes"),
            at,
            ptr,
            cause);
      }
      if (cause instanceof CharacterCodingException) {
        return new ImportException("input is not valid UTF-8; save it as UTF-8", at, ptr, cause);
      }
      if (cause instanceof IOException io) {
        throw io;
      }
    }
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      if (original.startsWith("String value length") || original.startsWith("Name length")) {
        return new ImportException(
            stringLimitMessage(limits), parser == null ? at : tokenLocation(parser), ptr, e);
      }
      if (original.startsWith("Document nesting depth")) {
        return new ImportException(depthLimitMessage(limits), at, ptr, e);
      }
      if (original.startsWith("Number value length")) {
        return new ImportException(
            "a number is longer than "
                + MAX_NUMBER_LENGTH
                + " digits; numbers here are versions and offsets",
            at,
            ptr,
            e);
      }
      return new ImportException("input is past a parser limit: " + original, at, ptr, e);
    }
    if (original.startsWith("Invalid UTF-8")) {
      return new ImportException(
          "input is not valid UTF-8 (" + lowerFirst(original) + "); save it as UTF-8", at, ptr, e);
    }
    if (original.startsWith("Unexpected end-of-input")) {
      return new ImportException(
          "malformed JSON: the input ends before the document is complete", at, ptr, e);
    }
    return new ImportException("malformed JSON: " + printable(original), at, ptr, e);
  }

  private static Location failureLocation(JacksonException e, @Nullable JsonParser parser) {
    TokenStreamLocation l = e.getLocation();
    if ((l == null || l.getLineNr() < 1) && parser != null) {
      l = parser.currentLocation();
    }
    return location(l);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private Location tokenLocation() {
    return tokenLocation(parser);
  }

  private static Location tokenLocation(JsonParser parser) {
    return location(parser.currentTokenLocation());
  }

  static Location location(@Nullable TokenStreamLocation l) {
    if (l == null) {
      return Location.ofLine(1);
    }
    long offset = l.getCharOffset() >= 0 ? l.getCharOffset() : l.getByteOffset();
    return new Location(
        Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()), Math.max(-1, offset));
  }

  // ---- text ----

  static String quote(String value) {
    return "\"" + printable(abbreviate(value)) + "\"";
  }

  static String abbreviate(String s) {
    return s.length() <= MESSAGE_VALUE_LENGTH
        ? s
        : s.substring(0, MESSAGE_VALUE_LENGTH - 3) + "...";
  }

  /** Escapes control characters so that a message stays on one line and shows what is there. */
  static String printable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Escapes a key as a JSON pointer segment (RFC 6901). */
  static String escapePointer(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
