package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.testing.RandomGraphs;
import io.argraph.io.ImportException;
import io.argraph.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutates valid documents thousands of times (byte flips, truncation, duplication, deletion, deep
 * nesting, stray tokens) and checks that the importer either reads a graph that round-trips or
 * throws an {@link ImportException} with a location: never another exception.
 */
class JsonImporterRobustnessTest {
  private static final int MUTATIONS_PER_SEED = 250;
  private static final byte[] TOKENS_POOL =
      "{}[]\",:0123456789.-+eEtrufalsn \\u\n\t".getBytes(StandardCharsets.US_ASCII);

  private static final JsonExporter EXPORTER = new JsonExporter();
  private static final JsonImporter IMPORTER =
      new JsonImporter(
          ReadLimits.builder()
              .maxNodes(200)
              .maxRelations(400)
              .maxStringLength(4_000)
              .maxInputBytes(200_000)
              .build());

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(24);
  }

  private static List<byte[]> corpus(long seed) throws IOException {
    List<byte[]> docs = new ArrayList<>();
    docs.add(JsonFixtures.bytes("golden/json/full.json"));
    docs.add(JsonFixtures.bytes("golden/json/empty.json"));
    docs.add(EXPORTER.toString(RandomGraphs.graph(seed)).getBytes(StandardCharsets.UTF_8));
    try (Stream<Path> hostile = Files.list(JsonFixtures.resourceDir(HostileJsonTest.DIR))) {
      List<Path> files = hostile.sorted().toList();
      docs.add(Files.readAllBytes(files.get((int) (seed % files.size()))));
    }
    return docs;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void read_ofMutatedDocumentsThrowsOnlyImportException(long seed) throws IOException {
    Random random = new Random(seed);
    List<byte[]> docs = corpus(seed);
    for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
      byte[] doc = docs.get(random.nextInt(docs.size()));
      byte[] mutated = mutate(doc, random);
      readOrRefuse(mutated);
    }
  }

  static void readOrRefuse(byte[] input) throws IOException {
    try {
      ArgumentGraph graph = IMPORTER.read(new ByteArrayInputStream(input));
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      EXPORTER.write(graph, again);
      assertThat(IMPORTER.read(new ByteArrayInputStream(again.toByteArray())))
          .as("round trip of an accepted input")
          .isEqualTo(graph);
    } catch (ImportException e) {
      assertThat(e.location()).isPresent();
      assertThat(e.pointer()).isPresent();
      assertThat(e.problem()).isNotBlank().doesNotContain("\n");
    } catch (RuntimeException e) {
      throw new AssertionError(
          "not an ImportException for input " + HexFormat.of().formatHex(input), e);
    }
    // The same input as text must behave the same way: a graph or an ImportException.
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      IMPORTER.read(new StringReader(text));
    } catch (ImportException e) {
      assertThat(e.problem()).isNotBlank();
    }
  }

  static byte[] mutate(byte[] doc, Random random) {
    byte[] out = doc.clone();
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      out = mutateOnce(out, random);
    }
    return out;
  }

  private static byte[] mutateOnce(byte[] doc, Random random) {
    if (doc.length == 0) {
      return new byte[] {TOKENS_POOL[random.nextInt(TOKENS_POOL.length)]};
    }
    int at = random.nextInt(doc.length);
    switch (random.nextInt(7)) {
      case 0 -> { // flip bits of one byte
        byte[] out = doc.clone();
        out[at] ^= (byte) (1 << random.nextInt(8));
        return out;
      }
      case 1 -> { // replace one byte by any byte
        byte[] out = doc.clone();
        out[at] = (byte) random.nextInt(256);
        return out;
      }
      case 2 -> { // truncate
        return java.util.Arrays.copyOf(doc, at);
      }
      case 3 -> { // duplicate a slice
        int len = Math.min(doc.length - at, 1 + random.nextInt(64));
        return splice(doc, at, 0, java.util.Arrays.copyOfRange(doc, at, at + len));
      }
      case 4 -> { // delete a slice
        int len = Math.min(doc.length - at, 1 + random.nextInt(32));
        return splice(doc, at, len, new byte[0]);
      }
      case 5 -> { // deep nesting
        int depth = 1 + random.nextInt(20_000);
        byte open = random.nextBoolean() ? (byte) '[' : (byte) '{';
        byte[] nest = new byte[depth];
        java.util.Arrays.fill(nest, open);
        return splice(doc, at, 0, nest);
      }
      default -> { // a stray token character
        return splice(doc, at, 0, new byte[] {TOKENS_POOL[random.nextInt(TOKENS_POOL.length)]});
      }
    }
  }

  private static byte[] splice(byte[] doc, int at, int remove, byte[] insert) {
    byte[] out = new byte[doc.length - remove + insert.length];
    System.arraycopy(doc, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(doc, at + remove, out, at + insert.length, doc.length - at - remove);
    return out;
  }
}
