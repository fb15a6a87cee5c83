package io.argraph.io.iccma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.testing.RandomFrameworks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IccmaWriterTest {

  private static ArgumentationFramework nixon() {
    return ArgumentationFramework.builder()
        .argument("quaker")
        .argument("republican")
        .argument("c3")
        .attack("quaker", "republican")
        .attack("republican", "quaker")
        .attack("republican", "c3")
        .build();
  }

  @Test
  void apx_writesOneFactPerLine() {
    assertThat(IccmaWriter.of(IccmaFormat.APX).toString(nixon()))
        .isEqualTo(
            """
            arg(quaker).
            arg(republican).
            arg(c3).
            att(quaker,republican).
            att(republican,quaker).
            att(republican,c3).
            """);
  }

  @Test
  void tgf_writesArgumentsSeparatorAttacks() {
    assertThat(IccmaWriter.of(IccmaFormat.TGF).toString(nixon()))
        .isEqualTo(
            "quaker\nrepublican\nc3\n#\nquaker republican\nrepublican quaker\nrepublican c3\n");
  }

  @Test
  void iccma2023_numbersArgumentsInOrder() {
    assertThat(IccmaWriter.of(IccmaFormat.ICCMA_2023).toString(nixon()))
        .isEqualTo("p af 3\n1 2\n2 1\n2 3\n");
    assertThat(IccmaWriter.of(IccmaFormat.ICCMA_2023).format()).isEqualTo(IccmaFormat.ICCMA_2023);
  }

  @Test
  void apx_refusesNamesIccmaToolsCannotRead() {
    for (String name : new String[] {"Nixon", "007", "a-b", "_x", "nixon diamond"}) {
      ArgumentationFramework af = ArgumentationFramework.builder().argument(name).build();
      assertThatThrownBy(() -> IccmaWriter.of(IccmaFormat.APX).toString(af))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "argument \""
                  + name
                  + "\" cannot be written as APX: ICCMA tools read only names of the form"
                  + " [a-z][A-Za-z0-9_]* or integers without leading zeros; rename it, or write"
                  + " ICCMA 2023, which numbers the arguments");
    }
  }

  @Test
  void tgf_refusesNamesWithSpacesOrHash(@TempDir Path dir) throws IOException {
    for (String name : new String[] {"a b", "#x", "#"}) {
      ArgumentationFramework af = ArgumentationFramework.builder().argument(name).build();
      assertThatThrownBy(() -> IccmaWriter.of(IccmaFormat.TGF).toString(af))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "argument \""
                  + name
                  + "\" cannot be written as TGF: names must not contain white space or start"
                  + " with #; rename it, or write ICCMA 2023, which numbers the arguments");
    }
    // A refused framework leaves an existing file untouched.
    Path file = dir.resolve("kept.tgf");
    Files.writeString(file, "old\n", StandardCharsets.UTF_8);
    ArgumentationFramework bad = ArgumentationFramework.builder().argument("a b").build();
    assertThatThrownBy(() -> IccmaWriter.of(IccmaFormat.TGF).write(bad, file))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("old\n");
  }

  @Test
  void iccma2023_takesAnyName() {
    ArgumentationFramework af =
        ArgumentationFramework.builder()
            .argument("Nixon diamond")
            .argument("#1")
            .attack("#1", "Nixon diamond")
            .build();
    assertThat(IccmaWriter.of(IccmaFormat.ICCMA_2023).toString(af)).isEqualTo("p af 2\n2 1\n");
  }

  @Test
  void write_toFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("nixon.af");
    IccmaWriter.of(IccmaFormat.ICCMA_2023).write(nixon(), file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("p af 3\n1 2\n2 1\n2 3\n");
  }

  static Stream<Long> seeds() {
    return io.argraph.core.testing.RandomGraphs.seeds(200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void roundTrip_everyFormatGivesBackTheFramework(long seed) {
    ArgumentationFramework af = RandomFrameworks.dense(seed, (int) (seed % 25));
    for (IccmaFormat format : new IccmaFormat[] {IccmaFormat.APX, IccmaFormat.TGF}) {
      String text = IccmaWriter.of(format).toString(af);
      ArgumentationFramework back = IccmaReader.of(format).read(text);
      assertThat(back).as(format.name()).isEqualTo(af);
      assertThat(back.attacks()).isEqualTo(af.attacks());
      assertThat(IccmaWriter.of(format).toString(back)).isEqualTo(text);
    }
    String numbered = IccmaWriter.of(IccmaFormat.ICCMA_2023).toString(af);
    ArgumentationFramework back = IccmaReader.of(IccmaFormat.ICCMA_2023).read(numbered);
    assertThat(back.argumentCount()).isEqualTo(af.argumentCount());
    for (int i = 0; i < af.argumentCount(); i++) {
      assertThat(back.attacked(Integer.toString(i + 1)))
          .isEqualTo(
              af.attacked(af.name(i)).stream()
                  .map(t -> Integer.toString(af.indexOf(t) + 1))
                  .toList());
    }
    assertThat(IccmaWriter.of(IccmaFormat.ICCMA_2023).toString(back)).isEqualTo(numbered);
  }
}
