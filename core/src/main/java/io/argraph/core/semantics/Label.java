package io.argraph.core.semantics;

import java.util.Locale;

/**
 * The status of an argument or node in a labelling.
 *
 * @since 0.1.0
 */
public enum Label {
  /** Accepted: it stands. */
  IN,
  /** Rejected: something that stands defeats it. */
  OUT,
  /** Undecided: neither accepted nor rejected. */
  UNDEC;

  /**
   * Returns the lower-case name used in text and machine-readable output.
   *
   * @return {@code in}, {@code out} or {@code undec}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
