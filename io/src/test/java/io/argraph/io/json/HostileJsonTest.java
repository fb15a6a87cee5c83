package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.argraph.io.ImportException;
import io.argraph.io.Location;
import io.argraph.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile documents under {@code hostile/json/}: one file per way a document can be
 * wrong, each refused with an exact message at an exact place.
 */
class HostileJsonTest {
  static final String DIR = "hostile/json/";

  record Case(
      String file, ReadLimits limits, int line, int column, String pointer, String problem) {
    String message() {
      return "line "
          + line
          + ", column "
          + column
          + " ("
          + (pointer.isEmpty() ? "/" : pointer)
          + "): "
          + problem;
    }

    @Override
    public String toString() {
      return file;
    }
  }

  static Case hostile(
      String file,
      ReadLimits.Builder limits,
      int line,
      int column,
      String pointer,
      String problem) {
    return new Case(file, limits.build(), line, column, pointer, problem);
  }

  static Stream<Case> cases() {
    return Stream.of(
        hostile(
            "blank-metadata-key.json",
            ReadLimits.builder(),
            4,
            16,
            "/metadata/ ",
            "metadata key is blank; name the entry"),
        hostile(
            "blank-note.json",
            ReadLimits.builder(),
            10,
            59,
            "/relations/0/note",
            "relation p1 -> q1: note is blank; omit it or write it"),
        hostile(
            "blank-text.json",
            ReadLimits.builder(),
            6,
            45,
            "/nodes/1/text",
            "node \"q1\": text is blank; give the node a statement"),
        hostile(
            "deep-nesting.json",
            ReadLimits.builder(),
            1,
            53,
            "/nodes/0",
            "each node must be an object, not an array"),
        hostile(
            "duplicate-attribute-key.json",
            ReadLimits.builder(),
            5,
            107,
            "/nodes/0/attributes/actor",
            "duplicate key \"actor\" in \"attributes\"; give each key once"),
        hostile(
            "duplicate-field.json",
            ReadLimits.builder(),
            5,
            76,
            "/nodes/0/text",
            "duplicate field \"text\"; give each field once"),
        hostile(
            "duplicate-node-id.json",
            ReadLimits.builder(),
            7,
            12,
            "/nodes/2/id",
            "duplicate node id \"p1\": each node needs its own id; rename one of them"),
        hostile(
            "duplicate-relation.json",
            ReadLimits.builder(),
            12,
            5,
            "/relations/2",
            "duplicate relation p1 -> q1 (support): the graph already has it; add each relation once"),
        hostile(
            "duplicate-tag.json",
            ReadLimits.builder(),
            5,
            97,
            "/nodes/0/tags/1",
            "duplicate tag \"evidence\"; list each tag once"),
        hostile(
            "empty-input.json",
            ReadLimits.builder(),
            1,
            1,
            "",
            "empty input; expected a JSON object with \"format\": \"argraph\""),
        hostile(
            "invalid-id.json",
            ReadLimits.builder(),
            6,
            12,
            "/nodes/1/id",
            "invalid node id \"q 1!\": an id is 1 to 128 characters from A-Z a-z 0-9 _ . : - and starts with a letter or digit"),
        hostile(
            "invalid-utf8-truncated-sequence.json",
            ReadLimits.builder(),
            5,
            53,
            "/nodes/0/text",
            "input is not valid UTF-8 (invalid UTF-8 middle byte 0x20); save it as UTF-8"),
        hostile(
            "invalid-utf8.json",
            ReadLimits.builder(),
            5,
            52,
            "/nodes/0/text",
            "input is not valid UTF-8 (invalid UTF-8 start byte 0xff); save it as UTF-8"),
        hostile(
            "limit-input-bytes.json",
            ReadLimits.builder().maxInputBytes(100),
            1,
            1,
            "",
            "input is longer than 100 bytes (ReadLimits.maxInputBytes); raise the limit with ReadLimits.builder().maxInputBytes(n)"),
        hostile(
            "limit-nesting-depth.json",
            ReadLimits.builder().maxNestingDepth(3),
            6,
            17,
            "/nodes/0/source",
            "nesting is deeper than 3 levels (ReadLimits.maxNestingDepth); raise the limit with ReadLimits.builder().maxNestingDepth(n)"),
        hostile(
            "limit-nodes.json",
            ReadLimits.builder().maxNodes(2),
            7,
            5,
            "/nodes/2",
            "too many nodes, more than 2 (ReadLimits.maxNodes); raise the limit with ReadLimits.builder().maxNodes(n)"),
        hostile(
            "limit-relations.json",
            ReadLimits.builder().maxRelations(1),
            11,
            5,
            "/relations/1",
            "too many relations, more than 1 (ReadLimits.maxRelations); raise the limit with ReadLimits.builder().maxRelations(n)"),
        hostile(
            "limit-string-length.json",
            ReadLimits.builder().maxStringLength(20),
            5,
            45,
            "/nodes/0/text",
            "a string is longer than 20 characters (ReadLimits.maxStringLength); raise the limit with ReadLimits.builder().maxStringLength(n)"),
        hostile(
            "malformed.json",
            ReadLimits.builder(),
            3,
            22,
            "/formatVersion",
            "malformed JSON: Unexpected character (',' (code 44)): was expecting double-quote to start property name"),
        hostile(
            "missing-field-node.json",
            ReadLimits.builder(),
            6,
            35,
            "/nodes/1",
            "missing required field \"text\""),
        hostile(
            "missing-field-top.json",
            ReadLimits.builder(),
            9,
            1,
            "",
            "missing required field \"relations\""),
        hostile(
            "not-an-object.json",
            ReadLimits.builder(),
            1,
            1,
            "",
            "expected a JSON object at the top of the input, not an array"),
        hostile(
            "nul-in-id-escaped.json",
            ReadLimits.builder(),
            6,
            12,
            "/nodes/1/id",
            "invalid node id \"q\\u00001\": an id is 1 to 128 characters from A-Z a-z 0-9 _ . : - and starts with a letter or digit"),
        hostile(
            "nul-in-id-raw.json",
            ReadLimits.builder(),
            6,
            14,
            "/nodes/1/id",
            "malformed JSON: Illegal unquoted character ((CTRL-CHAR, code 0)): has to be escaped using backslash to be included in string value"),
        hostile(
            "number-too-long.json",
            ReadLimits.builder(),
            3,
            121,
            "/formatVersion",
            "a number is longer than 64 digits; numbers here are versions and offsets"),
        hostile(
            "offset-out-of-range.json",
            ReadLimits.builder(),
            6,
            75,
            "/nodes/0/source/start",
            "\"start\" is out of range: 99999999999; offsets go from 0 to 2147483647"),
        hostile(
            "offsets-mismatch.json",
            ReadLimits.builder(),
            6,
            17,
            "/nodes/0/source",
            "source offsets 100..105 in \"brief.txt\" span 5 chars but the quote has 10; locate the quote with SourceDocument.quote"),
        hostile(
            "trailing-content.json",
            ReadLimits.builder(),
            14,
            1,
            "",
            "trailing content after the graph; a document holds one JSON object"),
        hostile(
            "truncated-inside-object.json",
            ReadLimits.builder(),
            9,
            3,
            "/nodes",
            "malformed JSON: the input ends before the document is complete"),
        hostile(
            "truncated.json",
            ReadLimits.builder(),
            6,
            81,
            "/nodes/1/text",
            "malformed JSON: the input ends before the document is complete"),
        hostile(
            "unknown-field-node.json",
            ReadLimits.builder(),
            6,
            37,
            "/nodes/1/label",
            "unknown field \"label\" in a node; allowed: id, kind, text, source, section, tags, attributes"),
        hostile(
            "unknown-field-top.json",
            ReadLimits.builder(),
            4,
            3,
            "/colour",
            "unknown field \"colour\" at the top level; allowed: format, formatVersion, id, title, metadata, nodes, relations"),
        hostile(
            "unknown-kind.json",
            ReadLimits.builder(),
            6,
            26,
            "/nodes/1/kind",
            "unknown kind \"claim\"; use one of premise, problem, recommendation"),
        hostile(
            "unknown-node.json",
            ReadLimits.builder(),
            14,
            9,
            "/relations/3/to",
            "unknown node \"r9\"; declare it in \"nodes\" first"),
        hostile(
            "unknown-type.json",
            ReadLimits.builder(),
            10,
            40,
            "/relations/0/type",
            "unknown type \"rebut\"; use one of support, attack"),
        hostile(
            "unsupported-version.json",
            ReadLimits.builder(),
            3,
            20,
            "/formatVersion",
            "unsupported formatVersion 2; supported versions: 1"),
        hostile(
            "utf16.json",
            ReadLimits.builder(),
            1,
            1,
            "",
            "input is not UTF-8 (it looks like UTF-16 or UTF-32); save it as UTF-8"),
        hostile(
            "wrong-format.json",
            ReadLimits.builder(),
            2,
            13,
            "/format",
            "unsupported format \"graphml\"; this reader reads \"argraph\" documents"),
        hostile(
            "wrong-type-nodes.json",
            ReadLimits.builder(),
            4,
            12,
            "/nodes",
            "\"nodes\" must be an array, not an object"),
        hostile(
            "wrong-type-null.json",
            ReadLimits.builder(),
            5,
            87,
            "/nodes/0/section",
            "\"section\" must be a string, not null"),
        hostile(
            "wrong-type-relation.json",
            ReadLimits.builder(),
            10,
            5,
            "/relations/0",
            "each relation must be an object, not an array"),
        hostile(
            "wrong-type.json",
            ReadLimits.builder(),
            3,
            20,
            "/formatVersion",
            "\"formatVersion\" must be an integer, not a string"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void read_refusesHostileDocumentWithExactMessageAndLocation(Case c) {
    byte[] bytes = JsonFixtures.bytes(DIR + c.file());

    ImportException e =
        catchThrowableOfType(
            ImportException.class,
            () -> new JsonImporter(c.limits()).read(new ByteArrayInputStream(bytes)));

    assertThat(e.getMessage()).isEqualTo(c.message());
    assertThat(e.problem()).isEqualTo(c.problem());
    assertThat(e.pointer()).contains(c.pointer());
    Location at = e.location().orElseThrow();
    assertThat(List.of(at.line(), at.column())).containsExactly((long) c.line(), (long) c.column());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void readPath_refusesHostileDocumentWithTheSameMessage(Case c) {
    Path file = JsonFixtures.resourceDir(DIR + c.file());

    ImportException e =
        catchThrowableOfType(ImportException.class, () -> new JsonImporter(c.limits()).read(file));

    assertThat(e.getMessage()).isEqualTo(c.message());
  }

  @Test
  void corpus_hasExactlyOneCasePerFile() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(JsonFixtures.resourceDir(DIR))) {
      files = list.map(p -> p.getFileName().toString()).sorted().toList();
    }

    assertThat(files).containsExactlyElementsOf(cases().map(Case::file).sorted().toList());
  }
}
