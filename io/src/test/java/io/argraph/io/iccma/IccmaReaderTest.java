package io.argraph.io.iccma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.semantics.Attack;
import io.argraph.io.ImportException;
import io.argraph.io.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IccmaReaderTest {
  private static final IccmaReader APX = IccmaReader.of(IccmaFormat.APX);
  private static final IccmaReader TGF = IccmaReader.of(IccmaFormat.TGF);
  private static final IccmaReader AF = IccmaReader.of(IccmaFormat.ICCMA_2023);

  private static List<String> pairs(ArgumentationFramework af) {
    return af.attacks().stream().map(a -> a.attacker() + ">" + a.target()).toList();
  }

  private static void assertFails(IccmaReader reader, String text, long line, String problem) {
    assertThatThrownBy(() -> reader.read(text))
        .isInstanceOf(ImportException.class)
        .hasMessage("line " + line + ", column 1: " + problem)
        .satisfies(
            e -> {
              ImportException ie = (ImportException) e;
              assertThat(ie.problem()).isEqualTo(problem);
              assertThat(ie.location()).contains(Location.ofLine(line));
            });
  }

  @Test
  void apx_readsArgumentsAttacksCommentsAndBlankLines() {
    ArgumentationFramework af =
        APX.read("% Nixon\narg(a).\n\n  arg( b ) .\narg(7).\natt(a,b).\natt(b, a).\natt(7,7).\n");
    assertThat(af.arguments()).containsExactly("a", "b", "7");
    assertThat(pairs(af)).containsExactly("a>b", "b>a", "7>7");
    assertThat(APX.format()).isEqualTo(IccmaFormat.APX);
  }

  @Test
  void apx_attackMayPrecedeItsArguments_andRepeatsCountOnce() {
    ArgumentationFramework af = APX.read("att(a,b).\natt(a,b).\narg(a).\narg(b).\n");
    assertThat(pairs(af)).containsExactly("a>b");
  }

  @Test
  void apx_rejectsMalformedLine() {
    assertFails(
        APX,
        "arg(a).\natt(a b).\n",
        2,
        "malformed APX line \"att(a b).\": expected arg(name). or att(name,name). with names of"
            + " the form [a-z][A-Za-z0-9_]* or integers");
  }

  @Test
  void apx_rejectsUpperCaseName_anAspVariable() {
    assertFails(
        APX,
        "arg(Nixon).\n",
        1,
        "malformed APX line \"arg(Nixon).\": expected arg(name). or att(name,name). with names"
            + " of the form [a-z][A-Za-z0-9_]* or integers");
  }

  @Test
  void apx_rejectsDuplicateArgument() {
    assertFails(
        APX,
        "arg(a).\narg(b).\narg(a).\n",
        3,
        "duplicate argument \"a\" in \"arg(a).\"; it is first declared on line 1");
  }

  @Test
  void apx_rejectsAttackOnUndeclaredArgument() {
    assertFails(
        APX,
        "arg(a).\natt(a,c).\n",
        2,
        "attack on undeclared argument \"c\" in \"att(a,c).\"; declare it with arg(c).");
  }

  @Test
  void tgf_readsArgumentsThenAttacks() {
    ArgumentationFramework af = TGF.read("a\nb\nc\n#\na b\nb  c\n\n");
    assertThat(af.arguments()).containsExactly("a", "b", "c");
    assertThat(pairs(af)).containsExactly("a>b", "b>c");
  }

  @Test
  void tgf_withoutSeparatorHasNoAttacks() {
    assertThat(TGF.read("a\nb\n").attackCount()).isZero();
  }

  @Test
  void tgf_rejectsMalformedArgumentLine() {
    assertFails(
        TGF,
        "a\nb c\n#\n",
        2,
        "malformed TGF argument line \"b c\": expected one name without spaces, or # before the"
            + " attacks");
  }

  @Test
  void tgf_rejectsMalformedAttackLine() {
    assertFails(
        TGF,
        "a\nb\n#\na b c\n",
        4,
        "malformed TGF attack line \"a b c\": expected two argument names separated by a space");
    assertFails(
        TGF,
        "a\n#\n#\n",
        3,
        "malformed TGF attack line \"#\": expected two argument names separated by a space");
  }

  @Test
  void tgf_rejectsDuplicateAndUndeclaredArguments() {
    assertFails(
        TGF, "a\na\n", 2, "duplicate argument \"a\" in \"a\"; it is first declared on line 1");
    assertFails(
        TGF,
        "a\n#\na z\n",
        3,
        "attack on undeclared argument \"z\" in \"a z\"; list z before the # line");
  }

  @Test
  void iccma2023_readsHeaderAttacksAndComments() {
    ArgumentationFramework af = AF.read("# a comment\np af 3\n1 2\n# another\n2 3\n3 3\n");
    assertThat(af.arguments()).containsExactly("1", "2", "3");
    assertThat(pairs(af)).containsExactly("1>2", "2>3", "3>3");
    assertThat(af.attacks().get(0)).isInstanceOf(Attack.class);
  }

  @Test
  void iccma2023_emptyFramework() {
    assertThat(AF.read("p af 0\n").argumentCount()).isZero();
  }

  @Test
  void iccma2023_rejectsMissingHeader() {
    assertFails(
        AF,
        "# c\n1 2\n",
        2,
        "missing header: the first line that is not a comment must be \"p af N\", found \"1 2\"");
    assertThatThrownBy(() -> AF.read("# only a comment\n\n"))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "missing header \"p af N\": the input has no line that is not blank or a comment");
  }

  @ParameterizedTest
  @CsvSource({"p af x", "p af -1", "p af 3 4", "p af 10000001", "p af 99999999999"})
  void iccma2023_rejectsMalformedHeader(String header) {
    assertFails(
        AF,
        header + "\n",
        1,
        "malformed header \""
            + header
            + "\": expected \"p af N\" with N a whole number from 0 to 10000000");
  }

  @Test
  void iccma2023_rejectsAttackOutsideTheHeaderRange() {
    assertFails(
        AF,
        "p af 5\n1 2\n1 7\n",
        3,
        "attack \"1 7\" names argument 7, but the header \"p af 5\" declares arguments 1 to 5");
    assertFails(
        AF,
        "p af 5\n0 2\n",
        2,
        "attack \"0 2\" names argument 0, but the header \"p af 5\" declares arguments 1 to 5");
  }

  @Test
  void iccma2023_rejectsMalformedAttackLineAndSecondHeader() {
    assertFails(
        AF, "p af 2\n1\n", 2, "malformed attack line \"1\": expected two argument numbers \"i j\"");
    assertFails(
        AF,
        "p af 2\np af 3\n",
        2,
        "malformed attack line \"p af 3\": expected two argument numbers \"i j\"");
  }

  @Test
  void read_fromFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("nixon.apx");
    Files.writeString(file, "arg(a).\narg(b).\natt(a,b).\n", StandardCharsets.UTF_8);
    assertThat(
            pairs(
                IccmaReader.of(IccmaFormat.forFileName(file.toString()).orElseThrow()).read(file)))
        .containsExactly("a>b");
  }

  @Test
  void format_fromFileName() {
    assertThat(IccmaFormat.forFileName("x.APX")).contains(IccmaFormat.APX);
    assertThat(IccmaFormat.forFileName("dir/x.tgf")).contains(IccmaFormat.TGF);
    assertThat(IccmaFormat.forFileName("x.af")).contains(IccmaFormat.ICCMA_2023);
    assertThat(IccmaFormat.forFileName("x.json")).isEmpty();
    assertThat(IccmaFormat.ICCMA_2023.extension()).isEqualTo("af");
  }
}
