package io.argraph.core.semantics;

import java.util.Locale;

/**
 * How support relations of an {@link io.argraph.core.model.ArgumentGraph} take part in the
 * evaluation of its nodes.
 *
 * <p>Four readings flatten the graph into a Dung {@link ArgumentationFramework} by adding derived
 * attacks (Cayrol &amp; Lagasquie-Schiex 2005/2013; Boella et al. 2010; Nouioua &amp; Risch), where
 * {@code supports⁺} is a path of one or more supports:
 *
 * <ul>
 *   <li>supported attack: a supports⁺ c, c attacks b ⇒ a attacks b;
 *   <li>secondary attack: a attacks c, c supports⁺ b ⇒ a attacks b;
 *   <li>mediated attack: b supports⁺ c, a attacks c ⇒ a attacks b;
 *   <li>extended attack: c supports⁺ a, c attacks b ⇒ a attacks b.
 * </ul>
 *
 * <p>{@link #EVIDENTIAL} does not flatten: it is evaluated directly on the graph by {@link
 * EvidentialLabelling}.
 *
 * @since 0.1.0
 */
public enum SupportReading {
  /** Attacks only; supports are ignored. */
  NONE,
  /** Deductive support: supported and mediated attacks. */
  DEDUCTIVE,
  /** Necessary support: secondary and extended attacks. */
  NECESSARY,
  /** The 2005 bipolar proposal: supported and secondary attacks. */
  CLASSIC,
  /**
   * A premise stands unless an attacker stands; a problem or a recommendation stands only if one of
   * its supporters stands and no attacker stands. Not a flattening: see {@link
   * EvidentialLabelling}.
   */
  EVIDENTIAL;

  /**
   * Tells whether this reading turns the graph into a Dung framework.
   *
   * @return false only for {@link #EVIDENTIAL}
   */
  public boolean flattens() {
    return this != EVIDENTIAL;
  }

  /**
   * Tells whether this reading derives attacks of a kind.
   *
   * @param kind a kind of attack
   * @return true if graphs read this way get attacks of that kind ({@link AttackKind#DIRECT} for
   *     every flattening reading)
   */
  public boolean derives(AttackKind kind) {
    return switch (this) {
      case NONE -> kind == AttackKind.DIRECT;
      case DEDUCTIVE ->
          kind == AttackKind.DIRECT || kind == AttackKind.SUPPORTED || kind == AttackKind.MEDIATED;
      case NECESSARY ->
          kind == AttackKind.DIRECT || kind == AttackKind.SECONDARY || kind == AttackKind.EXTENDED;
      case CLASSIC ->
          kind == AttackKind.DIRECT || kind == AttackKind.SUPPORTED || kind == AttackKind.SECONDARY;
      case EVIDENTIAL -> false;
    };
  }

  /**
   * Returns the lower-case name used on the command line and in machine-readable output.
   *
   * @return e.g. {@code deductive}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a reading's name in any case.
   *
   * @param label e.g. {@code none} or {@code DEDUCTIVE}
   * @return the reading
   * @throws IllegalArgumentException naming the allowed values if the label is unknown
   */
  public static SupportReading fromLabel(String label) {
    for (SupportReading r : values()) {
      if (r.name().equalsIgnoreCase(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown support reading \""
            + label
            + "\"; use one of none, deductive, necessary, classic, evidential");
  }
}
