package io.argraph.io.aif;

import io.argraph.io.ImportException;
import io.argraph.io.Location;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON document read with Jackson's streaming parser into a small tree whose every value knows
 * where it stood (line, column) and its JSON pointer, so that an importer can say exactly where an
 * input is wrong. AIF files are small; the whole tree is held in memory.
 */
final class JsonTree {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonTree() {}

  /**
   * A value of the tree: its kind, its members (objects), elements (arrays) or text (strings and
   * numbers), where it stood and its pointer.
   */
  record Value(
      Kind kind,
      Map<String, Value> members,
      List<Value> elements,
      @Nullable String text,
      Location location,
      String pointer) {

    static Value scalar(Kind kind, @Nullable String text, Location location, String pointer) {
      return new Value(kind, Map.of(), List.of(), text, location, pointer);
    }

    @Nullable Value get(String name) {
      return members.get(name);
    }
  }

  /** The kinds of JSON value, numbers split into integers and the rest. */
  enum Kind {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    INTEGER("an integer"),
    DECIMAL("a decimal number"),
    BOOLEAN("a boolean"),
    NULL("null");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  /**
   * Parses a whole document.
   *
   * @throws ImportException if the input is not well-formed JSON, has a duplicate key, or continues
   *     after the first value
   */
  static Value parse(Reader in) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new ImportException(
            "the input is empty; expected an AIF JSON object", new Location(1, 1, 0), null);
      }
      Value root = value(p, "");
      if (p.nextToken() != null) {
        throw new ImportException(
            "unexpected content after the end of the JSON document; an AIF file holds one object",
            location(p.currentTokenLocation()),
            null);
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new ImportException(
          "malformed JSON: " + e.getOriginalMessage(), at == null ? null : location(at), null, e);
    }
  }

  private static Value value(JsonParser p, String pointer) {
    Location at = location(p.currentTokenLocation());
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Value> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          Location nameAt = location(p.currentTokenLocation());
          String child = pointer + "/" + escape(name);
          p.nextToken();
          if (members.containsKey(name)) {
            throw new ImportException(
                "duplicate key \"" + name + "\"; each key may appear once in an object",
                nameAt,
                child);
          }
          members.put(name, value(p, child));
        }
        return new Value(Kind.OBJECT, members, List.of(), null, at, pointer);
      }
      case START_ARRAY -> {
        List<Value> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          elements.add(value(p, pointer + "/" + elements.size()));
        }
        return new Value(Kind.ARRAY, Map.of(), elements, null, at, pointer);
      }
      case VALUE_STRING -> {
        return Value.scalar(Kind.STRING, p.getString(), at, pointer);
      }
      case VALUE_NUMBER_INT -> {
        return Value.scalar(Kind.INTEGER, p.getString(), at, pointer);
      }
      case VALUE_NUMBER_FLOAT -> {
        return Value.scalar(Kind.DECIMAL, p.getString(), at, pointer);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return Value.scalar(Kind.BOOLEAN, p.getString(), at, pointer);
      }
      default -> {
        return Value.scalar(Kind.NULL, null, at, pointer);
      }
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static Location location(TokenStreamLocation at) {
    return new Location(
        Math.max(1, at.getLineNr()),
        Math.max(1, at.getColumnNr()),
        Math.max(-1, at.getCharOffset()));
  }
}
