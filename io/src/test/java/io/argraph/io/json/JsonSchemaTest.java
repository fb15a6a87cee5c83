package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.argraph.core.testing.RandomGraphs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema shipped in argraph-io accepts everything the exporter writes and rejects the
 * hostile documents wherever a schema can express the fault.
 */
class JsonSchemaTest {
  static final String SCHEMA = "/io/argraph/io/json/argraph-v1.schema.json";

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = JsonExporter.class.getResourceAsStream(SCHEMA)) {
      assertThat(in).as("schema resource in argraph-io").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  private static List<Error> validate(String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  private static String resource(String path) {
    return new String(JsonFixtures.bytes(path), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"empty.json", "full.json"})
  void schema_acceptsGoldens(String golden) {
    assertThat(validate(resource("golden/json/" + golden))).isEmpty();
  }

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void schema_acceptsEveryGeneratedGraph(long seed) {
    String json = new JsonExporter().toString(RandomGraphs.graph(seed));

    assertThat(validate(json)).isEmpty();
  }

  /**
   * Faults of a single value or of the structure: a schema expresses them. (deep-nesting.json is
   * left out: the validator's own parser stops at its nesting limit before the schema applies.)
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "blank-metadata-key.json",
        "blank-note.json",
        "blank-text.json",
        "duplicate-tag.json",
        "invalid-id.json",
        "missing-field-node.json",
        "missing-field-top.json",
        "not-an-object.json",
        "nul-in-id-escaped.json",
        "number-too-long.json",
        "offset-out-of-range.json",
        "unknown-field-node.json",
        "unknown-field-top.json",
        "unknown-kind.json",
        "unknown-type.json",
        "unsupported-version.json",
        "wrong-format.json",
        "wrong-type-nodes.json",
        "wrong-type-null.json",
        "wrong-type-relation.json",
        "wrong-type.json"
      })
  void schema_rejectsHostileDocument(String file) {
    assertThat(validate(resource(HostileJsonTest.DIR + file))).isNotEmpty();
  }

  /**
   * Faults that relate values to each other (ids across nodes and relations, offsets against the
   * quote) or to the reader's limits: only the importer finds them, the schema cannot.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "duplicate-node-id.json",
        "duplicate-relation.json",
        "unknown-node.json",
        "offsets-mismatch.json",
        "limit-nodes.json",
        "limit-relations.json",
        "limit-string-length.json",
        "limit-nesting-depth.json"
      })
  void schema_acceptsWhatOnlyTheImporterCanRefuse(String file) {
    assertThat(validate(resource(HostileJsonTest.DIR + file))).isEmpty();
  }
}
