package io.argraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.semantics.Semantics;
import io.argraph.core.semantics.Solver;
import io.argraph.core.testing.RandomFrameworks;
import io.argraph.io.iccma.IccmaFormat;
import io.argraph.io.iccma.IccmaWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code solve --format json} on ICCMA files says what the library's {@link Solver} says. */
class SolveAgreementTest {
  @TempDir Path dir;

  static Stream<Arguments> cases() {
    return Stream.iterate(1L, s -> s + 1)
        .limit(12)
        .flatMap(
            seed ->
                Stream.of(Semantics.values())
                    .map(
                        s ->
                            Arguments.of(
                                seed,
                                s,
                                seed % 2 == 0
                                    ? RandomFrameworks.dense(seed, 4 + seed.intValue() % 5)
                                    : RandomFrameworks.sparse(
                                        seed, 6 + seed.intValue(), 2 * seed.intValue()))));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("cases")
  void solveJson_agreesWithTheSolver(long seed, Semantics semantics, ArgumentationFramework af)
      throws Exception {
    List<IccmaFormat> formats = List.of(IccmaFormat.APX, IccmaFormat.TGF, IccmaFormat.ICCMA_2023);
    IccmaFormat format = formats.get((int) (seed % formats.size()));
    Path file =
        Fixtures.write(
            dir, "random-" + seed + "." + format.extension(), IccmaWriter.of(format).toString(af));
    ArgumentationFramework read = io.argraph.io.iccma.IccmaReader.of(format).read(file);
    Cli.Result r =
        Cli.exec("solve", file.toString(), "--semantics", semantics.label(), "--format", "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            SolveJson.extensions(semantics.label(), "none", Solver.of(read).extensions(semantics)));
    assertThat(read.arguments().size()).isEqualTo(af.argumentCount());
  }
}
