package io.argraph.core.check;

import java.util.Locale;

/**
 * How serious a finding is. Declared from most to least serious; reports list errors first.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The argument is broken: a recommendation rests on nothing, or support is circular. */
  ERROR,
  /** The argument is weak or incomplete in a way a reader would notice. */
  WARNING,
  /** Worth knowing, often harmless. */
  INFO;

  /**
   * Returns the lower-case name used in reports and machine-readable output.
   *
   * @return {@code error}, {@code warning} or {@code info}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a lower- or upper-case name.
   *
   * @param label {@code error}, {@code warning} or {@code info}, in any case
   * @return the severity
   * @throws IllegalArgumentException naming the allowed values if the label is unknown
   */
  public static Severity fromLabel(String label) {
    for (Severity s : values()) {
      if (s.name().equalsIgnoreCase(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity \"" + label + "\"; use one of error, warning, info");
  }
}
