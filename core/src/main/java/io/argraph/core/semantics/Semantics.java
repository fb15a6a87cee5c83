package io.argraph.core.semantics;

import java.util.Locale;

/**
 * Dung's extension-based semantics, each a set of labellings of an {@link ArgumentationFramework}.
 *
 * <p>Over a framework: a set of arguments is conflict-free if none attacks another or itself, and
 * admissible if it is conflict-free and attacks every attacker of its members.
 *
 * @since 0.1.0
 */
public enum Semantics {
  /** The least complete extension: what every rational position must accept. Exactly one. */
  GROUNDED,
  /** Admissible sets that contain every argument they defend. At least one. */
  COMPLETE,
  /** Maximal admissible sets (equivalently maximal complete extensions). At least one. */
  PREFERRED,
  /** Conflict-free sets that attack every argument outside them. Possibly none. */
  STABLE;

  /**
   * Returns the lower-case name used on the command line and in machine-readable output.
   *
   * @return e.g. {@code preferred}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a semantics' name in any case.
   *
   * @param label e.g. {@code grounded} or {@code STABLE}
   * @return the semantics
   * @throws IllegalArgumentException naming the allowed values if the label is unknown
   */
  public static Semantics fromLabel(String label) {
    for (Semantics s : values()) {
      if (s.name().equalsIgnoreCase(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown semantics \"" + label + "\"; use one of grounded, complete, preferred, stable");
  }
}
