package io.argraph.io.iccma;

import static java.util.Objects.requireNonNull;

import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.io.ImportException;
import io.argraph.io.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an argumentation framework in one of the {@link IccmaFormat}s.
 *
 * <p>Strict: a malformed line, a duplicate argument, an attack on an undeclared argument, or an
 * ICCMA 2023 attack outside the range its header declares is an {@link ImportException} giving the
 * line and the offending text, never a silent repair. Blank lines are skipped everywhere, as are
 * comment lines ({@code %} in APX, {@code #} in ICCMA 2023). An attack listed twice counts once.
 * Argument order is the order of declaration (1..N for ICCMA 2023, named {@code "1"}..{@code "N"});
 * attacks may come before the declaration of their arguments in APX.
 *
 * <p>Stateless and thread-safe. The caller closes what it opened.
 *
 * @since 0.1.0
 */
public final class IccmaReader {
  /** The most arguments an ICCMA 2023 header may declare. */
  public static final int MAX_ARGUMENTS = 10_000_000;

  static final String APX_NAME = "[a-z][A-Za-z0-9_]*|0|[1-9][0-9]*";
  private static final Pattern APX_ARG =
      Pattern.compile("arg\\(\\s*(" + APX_NAME + ")\\s*\\)\\s*\\.");
  private static final Pattern APX_ATT =
      Pattern.compile("att\\(\\s*(" + APX_NAME + ")\\s*,\\s*(" + APX_NAME + ")\\s*\\)\\s*\\.");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern HEADER = Pattern.compile("p\\s+af\\s+(\\d{1,10})");
  private static final Pattern NUMBERS = Pattern.compile("(\\d{1,10})\\s+(\\d{1,10})");

  private final IccmaFormat format;

  private IccmaReader(IccmaFormat format) {
    this.format = format;
  }

  /**
   * Returns a reader of a format.
   *
   * @param format the format
   * @return the reader
   */
  public static IccmaReader of(IccmaFormat format) {
    return new IccmaReader(requireNonNull(format, "format"));
  }

  /**
   * Returns the format this reader reads.
   *
   * @return the format
   */
  public IccmaFormat format() {
    return format;
  }

  /**
   * Reads a framework.
   *
   * @param in the text; not closed
   * @return the framework
   * @throws IOException if reading fails
   * @throws ImportException if the text is not a valid framework in this format
   */
  public ArgumentationFramework read(Reader in) throws IOException {
    BufferedReader lines = new BufferedReader(requireNonNull(in, "in"));
    return switch (format) {
      case APX -> readApx(lines);
      case TGF -> readTgf(lines);
      case ICCMA_2023 -> readIccma2023(lines);
    };
  }

  /**
   * Reads a framework from a string.
   *
   * @param text the text
   * @return the framework
   * @throws ImportException if the text is not a valid framework in this format
   */
  public ArgumentationFramework read(String text) {
    try {
      return read(new StringReader(requireNonNull(text, "text")));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /**
   * Reads a framework from a UTF-8 file.
   *
   * @param file the file
   * @return the framework
   * @throws IOException if reading fails
   * @throws ImportException if the file is not a valid framework in this format
   */
  public ArgumentationFramework read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  private static ImportException error(long line, String problem) {
    return new ImportException(problem, Location.ofLine(line), null);
  }

  /** An attack as read, kept until all arguments are known. */
  private record PendingAttack(String from, String to, long line, String text) {}

  private static final class Declarations {
    final ArgumentationFramework.Builder builder = ArgumentationFramework.builder();
    final Map<String, Long> declaredOn = new HashMap<>();

    void declare(String name, long line, String text) {
      Long first = declaredOn.putIfAbsent(name, line);
      if (first != null) {
        throw error(
            line,
            "duplicate argument \""
                + name
                + "\" in \""
                + text
                + "\"; it is first declared on line "
                + first);
      }
      builder.argument(name);
    }

    ArgumentationFramework build(List<PendingAttack> attacks, String howToDeclare) {
      for (PendingAttack a : attacks) {
        for (String end : List.of(a.from(), a.to())) {
          if (!declaredOn.containsKey(end)) {
            throw error(
                a.line(),
                "attack on undeclared argument \""
                    + end
                    + "\" in \""
                    + a.text()
                    + "\"; "
                    + howToDeclare.replace("NAME", end));
          }
        }
        builder.attack(a.from(), a.to());
      }
      return builder.build();
    }
  }

  private static ArgumentationFramework readApx(BufferedReader in) throws IOException {
    Declarations args = new Declarations();
    List<PendingAttack> attacks = new ArrayList<>();
    long number = 0;
    for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("%")) {
        continue;
      }
      Matcher arg = APX_ARG.matcher(line);
      Matcher att = APX_ATT.matcher(line);
      if (arg.matches()) {
        args.declare(arg.group(1), number, line);
      } else if (att.matches()) {
        attacks.add(new PendingAttack(att.group(1), att.group(2), number, line));
      } else {
        throw error(
            number,
            "malformed APX line \""
                + line
                + "\": expected arg(name). or att(name,name). with names of the form"
                + " [a-z][A-Za-z0-9_]* or integers");
      }
    }
    return args.build(attacks, "declare it with arg(NAME).");
  }

  private static ArgumentationFramework readTgf(BufferedReader in) throws IOException {
    Declarations args = new Declarations();
    List<PendingAttack> attacks = new ArrayList<>();
    boolean inAttacks = false;
    long number = 0;
    for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
      number++;
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      List<String> tokens = List.of(WHITESPACE.split(line));
      if (!inAttacks) {
        if (line.equals("#")) {
          inAttacks = true;
        } else if (tokens.size() == 1 && !line.startsWith("#")) {
          args.declare(line, number, line);
        } else {
          throw error(
              number,
              "malformed TGF argument line \""
                  + line
                  + "\": expected one name without spaces, or # before the attacks");
        }
      } else if (tokens.size() == 2) {
        attacks.add(new PendingAttack(tokens.get(0), tokens.get(1), number, line));
      } else {
        throw error(
            number,
            "malformed TGF attack line \""
                + line
                + "\": expected two argument names separated by a space");
      }
    }
    return args.build(attacks, "list NAME before the # line");
  }

  private static ArgumentationFramework readIccma2023(BufferedReader in) throws IOException {
    ArgumentationFramework.Builder builder = ArgumentationFramework.builder();
    int n = -1;
    String header = null;
    long number = 0;
    for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (header == null) {
        if (!line.startsWith("p ")) {
          throw error(
              number,
              "missing header: the first line that is not a comment must be \"p af N\", found \""
                  + line
                  + "\"");
        }
        Matcher m = HEADER.matcher(line);
        long declared = m.matches() ? Long.parseLong(m.group(1)) : -1;
        if (declared < 0 || declared > MAX_ARGUMENTS) {
          throw error(
              number,
              "malformed header \""
                  + line
                  + "\": expected \"p af N\" with N a whole number from 0 to "
                  + MAX_ARGUMENTS);
        }
        header = line;
        n = (int) declared;
        for (int i = 1; i <= n; i++) {
          builder.argument(Integer.toString(i));
        }
        continue;
      }
      Matcher m = NUMBERS.matcher(line);
      if (!m.matches()) {
        throw error(
            number,
            "malformed attack line \"" + line + "\": expected two argument numbers \"i j\"");
      }
      for (int g = 1; g <= 2; g++) {
        long arg = Long.parseLong(m.group(g));
        if (arg < 1 || arg > n) {
          throw error(
              number,
              "attack \""
                  + line
                  + "\" names argument "
                  + arg
                  + ", but the header \""
                  + header
                  + "\" declares arguments 1 to "
                  + n);
        }
      }
      builder.attack(
          Long.toString(Long.parseLong(m.group(1))), Long.toString(Long.parseLong(m.group(2))));
    }
    if (header == null) {
      throw new ImportException(
          "missing header \"p af N\": the input has no line that is not blank or a comment",
          null,
          null);
    }
    return builder.build();
  }
}
