package io.argraph.io.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Fuzzes the importer with Jazzer: whatever the bytes, it reads a graph that round-trips or throws
 * an {@code ImportException}.
 *
 * <p>{@code mvn test} runs it in regression mode over the seed corpus, which the io pom copies from
 * the goldens and the hostile corpus into {@code JsonImporterFuzzTestInputs/read_fuzzedBytes}. To
 * fuzz (findings are saved as new seeds under {@code src/test/resources}, the growing corpus in
 * {@code io/.cifuzz-corpus}; {@code jazzer.max_duration} overrides the 10 minutes below):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -pl io -am test -Dtest=JsonImporterFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -Djazzer.max_duration=1h
 * }</pre>
 */
class JsonImporterFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void read_fuzzedBytes(byte[] input) throws IOException {
    JsonImporterRobustnessTest.readOrRefuse(input);
  }
}
