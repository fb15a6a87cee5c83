package io.argraph.io.iccma;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.semantics.Attack;
import io.argraph.io.AtomicFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Writes an argumentation framework in one of the {@link IccmaFormat}s, with {@code \n} line ends,
 * arguments in framework order and attacks in attack order.
 *
 * <p>APX and TGF keep argument names, so names the ICCMA tools cannot read are refused with an
 * {@link IllegalArgumentException} naming the argument, before anything is written: APX takes only
 * {@code [a-z][A-Za-z0-9_]*} or integers without leading zeros (anything else is an ASP variable or
 * a syntax error), TGF only names without white space that do not start with {@code #}. ICCMA 2023
 * numbers the arguments 1..N in framework order, so it takes any framework; {@link
 * IccmaAnswers#witness(ArgumentationFramework, java.util.Set)} uses the same numbers.
 *
 * <p>Stateless and thread-safe. The caller closes what it opened.
 *
 * @since 0.1.0
 */
public final class IccmaWriter {
  private static final Pattern APX_NAME = Pattern.compile(IccmaReader.APX_NAME);
  private static final Pattern TGF_NAME = Pattern.compile("[^\\s#]\\S*");

  private final IccmaFormat format;

  private IccmaWriter(IccmaFormat format) {
    this.format = format;
  }

  /**
   * Returns a writer of a format.
   *
   * @param format the format
   * @return the writer
   */
  public static IccmaWriter of(IccmaFormat format) {
    return new IccmaWriter(requireNonNull(format, "format"));
  }

  /**
   * Returns the format this writer writes.
   *
   * @return the format
   */
  public IccmaFormat format() {
    return format;
  }

  /**
   * Writes a framework.
   *
   * @param framework the framework
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an argument's name cannot be written in this format
   */
  public void write(ArgumentationFramework framework, Writer out) throws IOException {
    requireNonNull(framework, "framework");
    requireNonNull(out, "out");
    checkNames(framework);
    switch (format) {
      case APX -> {
        for (String a : framework.arguments()) {
          out.write("arg(" + a + ").\n");
        }
        for (Attack a : framework.attacks()) {
          out.write("att(" + a.attacker() + "," + a.target() + ").\n");
        }
      }
      case TGF -> {
        for (String a : framework.arguments()) {
          out.write(a + "\n");
        }
        out.write("#\n");
        for (Attack a : framework.attacks()) {
          out.write(a.attacker() + " " + a.target() + "\n");
        }
      }
      case ICCMA_2023 -> {
        out.write("p af " + framework.argumentCount() + "\n");
        for (Attack a : framework.attacks()) {
          out.write(
              (framework.indexOf(a.attacker()) + 1)
                  + " "
                  + (framework.indexOf(a.target()) + 1)
                  + "\n");
        }
      }
    }
    out.flush();
  }

  /**
   * Writes a framework to a UTF-8 file atomically: the file is left as it was or replaced whole.
   *
   * @param framework the framework
   * @param file the file to create or replace
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an argument's name cannot be written in this format
   */
  public void write(ArgumentationFramework framework, Path file) throws IOException {
    checkNames(requireNonNull(framework, "framework"));
    AtomicFiles.write(file, out -> write(framework, out));
  }

  /**
   * Returns a framework in this format as a string.
   *
   * @param framework the framework
   * @return the text
   * @throws IllegalArgumentException if an argument's name cannot be written in this format
   */
  public String toString(ArgumentationFramework framework) {
    StringWriter out = new StringWriter();
    try {
      write(framework, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private void checkNames(ArgumentationFramework framework) {
    for (String name : framework.arguments()) {
      switch (format) {
        case APX ->
            checkArgument(
                APX_NAME.matcher(name).matches(),
                "argument \"%s\" cannot be written as APX: ICCMA tools read only names of the"
                    + " form [a-z][A-Za-z0-9_]* or integers without leading zeros; rename it, or"
                    + " write ICCMA 2023, which numbers the arguments",
                name);
        case TGF ->
            checkArgument(
                TGF_NAME.matcher(name).matches(),
                "argument \"%s\" cannot be written as TGF: names must not contain white space or"
                    + " start with #; rename it, or write ICCMA 2023, which numbers the arguments",
                name);
        case ICCMA_2023 -> {
          return;
        }
      }
    }
  }
}
