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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * Relations that come after {@code "nodes"} are added to the graph as they are read; those that
 * come before are kept aside until the nodes are known. A relation that cannot be added (an unknown
 * end, a duplicate) is reported only once the whole document has been read, as if every relation
 * were added at the end; the graph is built only when everything is valid, so no half-read graph
 * can escape.
 *
 * <p>Reading a valid document builds no error detail: where each value is goes into reused {@link
 * Mark}s of primitives, the JSON pointer into a {@link PointerPath}, and a {@link Location} or a
 * pointer string is made only when an error is thrown.
 */
final class JsonGraphReader {
  static final String ALLOWED_ROOT = "format, formatVersion, id, title, metadata, nodes, relations";
  static final String ALLOWED_NODE = "id, kind, text, source, section, tags, attributes";
  static final String ALLOWED_SOURCE = "document, quote, start, end";
  static final String ALLOWED_RELATION = "from, to, type, note";

  /** Numbers in the format are versions and offsets; anything longer is hostile. */
  static final int MAX_NUMBER_LENGTH = 64;

  private static final int MESSAGE_VALUE_LENGTH = 60;

  // Each object's fields, numbered in the order of its ALLOWED_ list; the required ones are
  // reported missing in that order.
  private static final String[] ROOT_FIELDS = ALLOWED_ROOT.split(", ");
  private static final String[] NODE_FIELDS = ALLOWED_NODE.split(", ");
  private static final String[] SOURCE_FIELDS = ALLOWED_SOURCE.split(", ");
  private static final String[] RELATION_FIELDS = ALLOWED_RELATION.split(", ");
  private static final int FORMAT = 0;
  private static final int FORMAT_VERSION = 1;
  private static final int ROOT_ID = 2;
  private static final int TITLE = 3;
  private static final int METADATA = 4;
  private static final int NODES = 5;
  private static final int RELATIONS = 6;
  private static final int ROOT_REQUIRED =
      1 << FORMAT | 1 << FORMAT_VERSION | 1 << NODES | 1 << RELATIONS;
  private static final int NODE_ID = 0;
  private static final int KIND = 1;
  private static final int TEXT = 2;
  private static final int SOURCE = 3;
  private static final int SECTION = 4;
  private static final int TAGS = 5;
  private static final int ATTRIBUTES = 6;
  private static final int NODE_REQUIRED = 1 << NODE_ID | 1 << KIND | 1 << TEXT;
  private static final int DOCUMENT = 0;
  private static final int QUOTE = 1;
  private static final int START = 2;
  private static final int END = 3;
  private static final int SOURCE_REQUIRED = 1 << DOCUMENT | 1 << QUOTE | 1 << START | 1 << END;
  private static final int FROM = 0;
  private static final int TO = 1;
  private static final int TYPE = 2;
  private static final int NOTE = 3;
  private static final int RELATION_REQUIRED = 1 << FROM | 1 << TO | 1 << TYPE;

  private static final NodeKind[] KINDS = NodeKind.values();
  private static final String[] KIND_NAMES = lowerCaseNames(KINDS);
  private static final String KIND_LIST = String.join(", ", KIND_NAMES);
  private static final RelationType[] TYPES = RelationType.values();
  private static final String[] TYPE_NAMES = lowerCaseNames(TYPES);
  private static final String TYPE_LIST = String.join(", ", TYPE_NAMES);

  private final JsonParser parser;
  private final ReadLimits limits;
  private final String unit;
  private final ArgumentGraph.Builder graph = ArgumentGraph.builder();
  private final PointerPath path = new PointerPath();
  private final IdTable ids = new IdTable();

  /** Relations read before {@code "nodes"}, added once the nodes are known. */
  private final List<PendingRelation> pending = new ArrayList<>();

  private boolean nodesRead;
  private int nodeCount;
  private int relationCount;

  /** Why the first relation that could not be added was refused; thrown after the document. */
  private @Nullable ImportException refused;

  // Where the parts of the node, source or relation being read are, for the checks made when it
  // ends. Reused from one object to the next.
  private final Mark idAt = new Mark();
  private final Mark textAt = new Mark();
  private final Mark sectionAt = new Mark();
  private Mark[] tagsAt = new Mark[0];
  private final Mark sourceAt = new Mark();
  private final Mark documentAt = new Mark();
  private final Mark quoteAt = new Mark();
  private final Mark relationAt = new Mark();
  private final Mark fromAt = new Mark();
  private final Mark toAt = new Mark();
  private final Mark noteAt = new Mark();

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

  /**
   * Where a token starts, as primitives, so that remembering it costs no allocation; a {@link
   * Location} is made from it only for an error.
   */
  static final class Mark {
    private long line = 1;
    private long column = 1;
    private long offset = -1;

    /**
     * Remembers where the parser's current token starts.
     *
     * @param parser the parser
     * @return this mark
     */
    Mark set(JsonParser parser) {
      TokenStreamLocation l = parser.currentTokenLocation();
      long o = l.getCharOffset() >= 0 ? l.getCharOffset() : l.getByteOffset();
      line = Math.max(1, l.getLineNr());
      column = Math.max(1, l.getColumnNr());
      offset = Math.max(-1, o);
      return this;
    }

    Mark copy() {
      Mark m = new Mark();
      m.line = line;
      m.column = column;
      m.offset = offset;
      return m;
    }

    Location location() {
      return new Location(line, column, offset);
    }
  }

  /** A relation read before the nodes, with where its parts are. */
  private record PendingRelation(Relation relation, int index, Mark at, Mark fromAt, Mark toAt) {}

  /** A string member of an object, with where its key is. */
  private record Entry(String key, String value, Mark keyAt) {}

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
    checkDepth();
    readRoot();
    checkTrailing();
    if (refused != null) {
      throw refused;
    }
    for (PendingRelation p : pending) {
      ImportException e =
          add(p.relation(), p.at(), p.fromAt(), p.toAt(), "/relations/" + p.index());
      if (e != null) {
        throw e;
      }
    }
    return graph.build();
  }

  private void checkTrailing() {
    JsonToken after;
    @Nullable Location at;
    try {
      after = parser.nextToken();
      at = after == null ? null : tokenLocation();
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
    int seen = 0;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      path.push(name);
      int field =
          switch (name) {
            case "format" -> FORMAT;
            case "formatVersion" -> FORMAT_VERSION;
            case "id" -> ROOT_ID;
            case "title" -> TITLE;
            case "metadata" -> METADATA;
            case "nodes" -> NODES;
            case "relations" -> RELATIONS;
            default -> throw unknownField(name, "at the top level", ALLOWED_ROOT);
          };
      seen = once(seen, field, name);
      switch (field) {
        case FORMAT -> {
          String format = readString("\"format\"");
          if (!format.equals(JsonExporter.FORMAT)) {
            throw failHere(
                "unsupported format "
                    + quote(format)
                    + "; this reader reads \""
                    + JsonExporter.FORMAT
                    + "\" documents");
          }
        }
        case FORMAT_VERSION -> {
          String version = readInteger("\"formatVersion\"");
          if (!version.equals(Integer.toString(JsonExporter.FORMAT_VERSION))) {
            throw failHere(
                "unsupported formatVersion "
                    + abbreviate(version)
                    + "; supported versions: "
                    + JsonExporter.FORMAT_VERSION);
          }
        }
        case ROOT_ID -> {
          String id = readString("\"id\"");
          try {
            graph.id(id);
          } catch (IllegalArgumentException e) {
            throw failHere(problem(e, id));
          }
        }
        case TITLE -> {
          String title = readString("\"title\"");
          try {
            graph.title(title);
          } catch (IllegalArgumentException e) {
            throw failHere(problem(e, title));
          }
        }
        case METADATA -> {
          for (Entry e : readStringMap("\"metadata\"")) {
            try {
              graph.metadata(e.key(), e.value());
            } catch (IllegalArgumentException x) {
              throw fail(
                  e.keyAt().location(), path + "/" + escapePointer(e.key()), problem(x, e.key()));
            }
          }
        }
        case NODES -> {
          readNodes();
          nodesRead = true;
        }
        default -> readRelations();
      }
      path.pop();
    }
    require(seen, ROOT_REQUIRED, ROOT_FIELDS);
  }

  // ---- nodes ----

  private void readNodes() {
    expectStart(JsonToken.START_ARRAY, "\"nodes\"", "an array");
    int i = 0;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      path.push(i);
      if (nodeCount == limits.maxNodes()) {
        throw failHere(limitMessage("too many nodes, more than " + limits.maxNodes(), "maxNodes"));
      }
      checkStart(t, JsonToken.START_OBJECT, "each node", "an object");
      readNode();
      path.pop();
      nodeCount++;
      i++;
    }
  }

  private void readNode() {
    int seen = 0;
    String id = "";
    String text = "";
    NodeKind kind = NodeKind.PREMISE;
    Source source = null;
    String section = null;
    List<String> tags = List.of();
    List<Entry> attributes = List.of();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      path.push(name);
      int field =
          switch (name) {
            case "id" -> NODE_ID;
            case "kind" -> KIND;
            case "text" -> TEXT;
            case "source" -> SOURCE;
            case "section" -> SECTION;
            case "tags" -> TAGS;
            case "attributes" -> ATTRIBUTES;
            default -> throw unknownField(name, "in a node", ALLOWED_NODE);
          };
      seen = once(seen, field, name);
      switch (field) {
        case NODE_ID -> {
          id = readString("\"id\"");
          idAt.set(parser);
        }
        case KIND -> kind = KINDS[readEnum("kind", "\"kind\"", KIND_NAMES, KIND_LIST)];
        case TEXT -> {
          text = readString("\"text\"");
          textAt.set(parser);
        }
        case SOURCE -> source = readSource();
        case SECTION -> {
          section = readString("\"section\"");
          sectionAt.set(parser);
        }
        case TAGS -> tags = readTags();
        default -> attributes = readStringMap("\"attributes\"");
      }
      path.pop();
    }
    require(seen, NODE_REQUIRED, NODE_FIELDS);
    Node.Builder b;
    try {
      b = Node.builder(id, kind, text);
    } catch (IllegalArgumentException e) {
      boolean aboutId = !text.isBlank() || String.valueOf(e.getMessage()).startsWith("invalid");
      throw fail(
          (aboutId ? idAt : textAt).location(), path + (aboutId ? "/id" : "/text"), problem(e, id));
    }
    b.source(source);
    if (section != null) {
      try {
        b.section(section);
      } catch (IllegalArgumentException e) {
        throw fail(sectionAt.location(), path + "/section", problem(e, section));
      }
    }
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      try {
        b.tag(tag);
      } catch (IllegalArgumentException e) {
        throw fail(tagsAt[i].location(), path + "/tags/" + i, problem(e, tag));
      }
    }
    for (Entry e : attributes) {
      try {
        b.attribute(e.key(), e.value());
      } catch (IllegalArgumentException x) {
        throw fail(
            e.keyAt().location(),
            path + "/attributes/" + escapePointer(e.key()),
            problem(x, e.key()));
      }
    }
    Node node = b.build();
    try {
      graph.node(node);
    } catch (IllegalArgumentException e) {
      throw fail(idAt.location(), path + "/id", problem(e, node.id()));
    }
    ids.add(node.id());
  }

  private List<String> readTags() {
    expectStart(JsonToken.START_ARRAY, "\"tags\"", "an array");
    List<String> tags = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      path.push(tags.size());
      String tag = stringValue(t, "each tag");
      if (tags.contains(tag)) {
        throw failHere("duplicate tag " + quote(tag) + "; list each tag once");
      }
      if (tags.size() == tagsAt.length) {
        tagsAt = Arrays.copyOf(tagsAt, Math.max(4, 2 * tagsAt.length));
      }
      Mark at = tagsAt[tags.size()];
      if (at == null) {
        at = new Mark();
        tagsAt[tags.size()] = at;
      }
      at.set(parser);
      tags.add(tag);
      path.pop();
    }
    return tags;
  }

  private Source readSource() {
    expectStart(JsonToken.START_OBJECT, "\"source\"", "an object");
    sourceAt.set(parser);
    int seen = 0;
    String document = "";
    String quote = "";
    long start = 0;
    long end = 0;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      path.push(name);
      int field =
          switch (name) {
            case "document" -> DOCUMENT;
            case "quote" -> QUOTE;
            case "start" -> START;
            case "end" -> END;
            default -> throw unknownField(name, "in a source", ALLOWED_SOURCE);
          };
      seen = once(seen, field, name);
      switch (field) {
        case DOCUMENT -> {
          document = readString("\"document\"");
          documentAt.set(parser);
        }
        case QUOTE -> {
          quote = readString("\"quote\"");
          quoteAt.set(parser);
        }
        case START -> start = readOffset("\"start\"");
        default -> end = readOffset("\"end\"");
      }
      path.pop();
    }
    require(seen, SOURCE_REQUIRED, SOURCE_FIELDS);
    try {
      return new Source(document, quote, (int) start, (int) end);
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      if (message.startsWith("source document name")) {
        throw fail(documentAt.location(), path + "/document", problem(e, document));
      }
      if (message.startsWith("source quote")) {
        throw fail(quoteAt.location(), path + "/quote", problem(e, quote));
      }
      throw fail(sourceAt.location(), path.toString(), problem(e, document));
    }
  }

  // ---- relations ----

  private void readRelations() {
    expectStart(JsonToken.START_ARRAY, "\"relations\"", "an array");
    int i = 0;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      path.push(i);
      if (relationCount == limits.maxRelations()) {
        throw failHere(
            limitMessage("too many relations, more than " + limits.maxRelations(), "maxRelations"));
      }
      checkStart(t, JsonToken.START_OBJECT, "each relation", "an object");
      readRelation(i);
      path.pop();
      relationCount++;
      i++;
    }
  }

  private void readRelation(int index) {
    relationAt.set(parser);
    int seen = 0;
    String from = "";
    String to = "";
    int fromSlot = -1;
    int toSlot = -1;
    RelationType type = RelationType.SUPPORT;
    String note = null;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      path.push(name);
      int field =
          switch (name) {
            case "from" -> FROM;
            case "to" -> TO;
            case "type" -> TYPE;
            case "note" -> NOTE;
            default -> throw unknownField(name, "in a relation", ALLOWED_RELATION);
          };
      seen = once(seen, field, name);
      switch (field) {
        case FROM -> {
          fromSlot = readEnd("\"from\"");
          from = fromSlot < 0 ? parser.getString() : "";
          fromAt.set(parser);
        }
        case TO -> {
          toSlot = readEnd("\"to\"");
          to = toSlot < 0 ? parser.getString() : "";
          toAt.set(parser);
        }
        case TYPE -> type = TYPES[readEnum("type", "\"type\"", TYPE_NAMES, TYPE_LIST)];
        default -> {
          note = readString("\"note\"");
          noteAt.set(parser);
        }
      }
      path.pop();
    }
    require(seen, RELATION_REQUIRED, RELATION_FIELDS);
    if (nodesRead && fromSlot >= 0 && toSlot >= 0 && note == null) {
      // Both ends are nodes already added: add the relation by their positions.
      if (refused == null) {
        refused = add(ids.position(fromSlot), ids.position(toSlot), type);
      }
      return;
    }
    Relation relation =
        Relation.of(
            fromSlot >= 0 ? ids.id(fromSlot) : from, toSlot >= 0 ? ids.id(toSlot) : to, type);
    if (note != null) {
      try {
        relation = relation.withNote(note);
      } catch (IllegalArgumentException e) {
        throw fail(noteAt.location(), path + "/note", problem(e, note));
      }
    }
    if (!nodesRead) {
      pending.add(
          new PendingRelation(relation, index, relationAt.copy(), fromAt.copy(), toAt.copy()));
    } else if (refused == null) {
      refused = add(relation, relationAt, fromAt, toAt, null);
    }
  }

  /**
   * Adds a relation to the graph, or returns why it cannot be added.
   *
   * @param pointer the relation's pointer, or null for the current path
   */
  private @Nullable ImportException add(
      Relation r, Mark at, Mark fromAt, Mark toAt, @Nullable String pointer) {
    try {
      graph.relation(r);
      return null;
    } catch (IllegalArgumentException e) {
      String ptr = pointer == null ? path.toString() : pointer;
      if (!graph.containsNode(r.from())) {
        return fail(fromAt.location(), ptr + "/from", unknownNode(r.from()));
      }
      if (!graph.containsNode(r.to())) {
        return fail(toAt.location(), ptr + "/to", unknownNode(r.to()));
      }
      return fail(at.location(), ptr, problem(e, null));
    }
  }

  /**
   * Adds a relation between nodes already added, or returns why it cannot be added: only as a
   * duplicate, reported as {@link #add(Relation, Mark, Mark, Mark, String)} does.
   */
  private @Nullable ImportException add(int from, int to, RelationType type) {
    try {
      graph.relation(from, to, type);
      return null;
    } catch (IllegalArgumentException e) {
      return fail(relationAt.location(), path.toString(), problem(e, null));
    }
  }

  private static String unknownNode(String id) {
    return "unknown node " + quote(id) + "; declare it in \"nodes\" first";
  }

  // ---- values ----

  private String readString(String what) {
    return stringValue(parser.nextToken(), what);
  }

  private String stringValue(@Nullable JsonToken t, String what) {
    if (t != JsonToken.VALUE_STRING) {
      throw wrongType(what, "a string", t);
    }
    String s = parser.getString();
    if (s.length() > limits.maxStringLength()) {
      throw failHere(stringLimitMessage(limits));
    }
    return s;
  }

  /**
   * Reads a relation's end, a string, and finds it among the nodes read, without making a string.
   *
   * @return its slot in the table of ids read, or -1 if it is not there; the parser's string is
   *     then the end
   */
  private int readEnd(String what) {
    JsonToken t = parser.nextToken();
    if (t != JsonToken.VALUE_STRING) {
      throw wrongType(what, "a string", t);
    }
    char[] chars = parser.getStringCharacters();
    int offset = parser.getStringOffset();
    int length = parser.getStringLength();
    if (length > limits.maxStringLength()) {
      throw failHere(stringLimitMessage(limits));
    }
    return ids.slot(chars, offset, length);
  }

  /** Reads an integer and returns its digits, so that no size of number is a problem. */
  private String readInteger(String what) {
    JsonToken t = parser.nextToken();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(what, "an integer", t);
    }
    return parser.getString();
  }

  private long readOffset(String what) {
    String digits = readInteger(what);
    long value;
    try {
      value = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      value = Long.MAX_VALUE;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw failHere(
          what
              + " is out of range: "
              + abbreviate(digits)
              + "; offsets go from 0 to "
              + Integer.MAX_VALUE);
    }
    return value;
  }

  /**
   * Reads one of a few lower-case names, comparing the parser's characters in place.
   *
   * @return the name's index in {@code names}
   */
  private int readEnum(String field, String what, String[] names, String allowed) {
    JsonToken t = parser.nextToken();
    if (t != JsonToken.VALUE_STRING) {
      throw wrongType(what, "a string", t);
    }
    char[] chars = parser.getStringCharacters();
    int offset = parser.getStringOffset();
    int length = parser.getStringLength();
    if (length > limits.maxStringLength()) {
      throw failHere(stringLimitMessage(limits));
    }
    for (int k = 0; k < names.length; k++) {
      if (matches(names[k], chars, offset, length)) {
        return k;
      }
    }
    throw failHere(
        "unknown " + field + " " + quote(parser.getString()) + "; use one of " + allowed);
  }

  private static boolean matches(String name, char[] chars, int offset, int length) {
    if (name.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private List<Entry> readStringMap(String what) {
    expectStart(JsonToken.START_OBJECT, what, "an object");
    List<Entry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    String valueWhat = "each value in " + what;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      path.push(key);
      if (!keys.add(key)) {
        throw failHere("duplicate key " + quote(key) + " in " + what + "; give each key once");
      }
      Mark keyAt = new Mark().set(parser);
      String value = readString(valueWhat);
      entries.add(new Entry(key, value, keyAt));
      path.pop();
    }
    return entries;
  }

  // ---- structure ----

  private void expectStart(JsonToken expected, String what, String kind) {
    checkStart(parser.nextToken(), expected, what, kind);
  }

  private void checkStart(@Nullable JsonToken t, JsonToken expected, String what, String kind) {
    if (t != expected) {
      throw wrongType(what, kind, t);
    }
    checkDepth();
  }

  private void checkDepth() {
    if (parser.streamReadContext().getNestingDepth() > limits.maxNestingDepth()) {
      throw failHere(depthLimitMessage(limits));
    }
  }

  /** Marks a known field as seen, refusing it if it was seen before in the same object. */
  private int once(int seen, int field, String name) {
    int bit = 1 << field;
    if ((seen & bit) != 0) {
      throw failHere("duplicate field " + quote(name) + "; give each field once");
    }
    return seen | bit;
  }

  /** Refuses an object, at its end, that lacks a required field. */
  private void require(int seen, int required, String[] fields) {
    int missing = required & ~seen;
    if (missing != 0) {
      String field = fields[Integer.numberOfTrailingZeros(missing)];
      throw failHere("missing required field \"" + field + "\"");
    }
  }

  private ImportException unknownField(String name, String where, String allowed) {
    return failHere("unknown field " + quote(name) + " " + where + "; allowed: " + allowed);
  }

  private ImportException wrongType(String what, String expected, @Nullable JsonToken found) {
    return failHere(what + " must be " + expected + ", not " + describe(found));
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

  private static String[] lowerCaseNames(Enum<?>[] values) {
    String[] names = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      names[i] = values[i].name().toLowerCase(Locale.ROOT);
    }
    return names;
  }

  // ---- errors ----

  /** Fails at the parser's current token and the current path. */
  private ImportException failHere(String problem) {
    return fail(tokenLocation(), path.toString(), problem);
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
