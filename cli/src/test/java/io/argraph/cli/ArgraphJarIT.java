package io.argraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end runs of the packaged {@code target/argraph.jar} and of {@code bin/argraph} as
 * subprocesses; failsafe runs these after {@code package} built the jar.
 */
class ArgraphJarIT {
  private static final Path JAR = Path.of(System.getProperty("argraph.jar", "target/argraph.jar"));
  private static final Path ROOT = Path.of(System.getProperty("argraph.root", ".."));
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run run(String stdin, List<String> command) throws IOException, InterruptedException {
    Path in = Files.writeString(dir.resolve("stdin.txt"), stdin, StandardCharsets.UTF_8);
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectInput(in.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("argraph finished").isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Run jar(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(stdin, command);
  }

  @Test
  void jar_checksTheBriefWithExitZero() throws Exception {
    Run r = jar("", "check", ROOT.resolve("docs/us-mexico-policy.json").toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("0 errors, 0 warnings, 0 info\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void jar_errorFindingsOnStandardInputExitOne() throws Exception {
    Run r = jar(Fixtures.FLAWED, "check", "-", "--format", "json");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).startsWith("{\n  \"graph\": \"flawed\",").doesNotContain("\u001B[");
  }

  @Test
  void jar_badInputIsOneLineAndExitTwo() throws Exception {
    Run r = jar("{", "check", "-");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("argraph: <stdin>: line 1, column 2").hasLineCount(1);
  }

  @Test
  void jar_solvesAnIccmaFileFromStandardInput() throws Exception {
    Run r = jar(Fixtures.NIXON_AF, "solve", "-", "--from", "iccma23", "--semantics", "preferred");
    assertThat(r.out()).isEqualTo("w 1 3\nw 2\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void launcher_findsTheJarAndPassesArguments() throws Exception {
    Path launcher = ROOT.resolve("bin").resolve("argraph");
    assertThat(launcher.toFile().canExecute()).isTrue();
    Run r = run("", List.of("bash", launcher.toString(), "--version"));
    assertThat(r.out()).startsWith("argraph ");
    assertThat(r.code()).isZero();
    assertThat(new File(JAR.toString())).exists();
  }
}
