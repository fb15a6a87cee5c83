package io.argraph.io.iccma;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * The abstract-framework formats of the ICCMA solver competitions.
 *
 * @since 0.1.0
 */
public enum IccmaFormat {
  /**
   * ASP facts, one per line: {@code arg(a).} and {@code att(a,b).}; file extension {@code .apx}.
   */
  APX("apx"),
  /**
   * Trivial Graph Format: argument names one per line, a line {@code #}, then {@code a b} attacks.
   */
  TGF("tgf"),
  /**
   * ICCMA 2023: a header {@code p af N}, then {@code i j} lines (argument i attacks j, both in
   * 1..N); lines starting with {@code #} are comments. File extension {@code .af}.
   */
  ICCMA_2023("af");

  private final String extension;

  IccmaFormat(String extension) {
    this.extension = extension;
  }

  /**
   * Returns the usual file extension, without the dot.
   *
   * @return {@code apx}, {@code tgf} or {@code af}
   */
  public String extension() {
    return extension;
  }

  /**
   * Guesses the format from a file name's extension, ignoring case.
   *
   * @param fileName a file name such as {@code nixon.apx}
   * @return the format, or empty if the extension is none of {@code .apx}, {@code .tgf}, {@code
   *     .af}
   */
  public static Optional<IccmaFormat> forFileName(String fileName) {
    String lower = requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
    for (IccmaFormat f : values()) {
      if (lower.endsWith("." + f.extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
