package io.argraph.core.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A support or an attack from one node to another, by node id.
 *
 * <p>Immutable; equality is by value, the note included. Within a graph, {@code (from, to, type)}
 * is unique.
 *
 * @since 0.1.0
 */
@Immutable
public final class Relation {
  private final String from;
  private final String to;
  private final RelationType type;
  @Nullable private final String note;

  private Relation(String from, String to, RelationType type, @Nullable String note) {
    this.from = requireNonNull(from, "from");
    this.to = requireNonNull(to, "to");
    this.type = requireNonNull(type, "type");
    if (note != null) {
      Ids.checkNotBlank(note, "relation %s -> %s: note is blank; omit it or write it", from, to);
    }
    this.note = note;
  }

  /**
   * Creates a relation without a note.
   *
   * @param from the source node's id
   * @param to the target node's id
   * @param type support or attack
   * @return the relation
   */
  public static Relation of(String from, String to, RelationType type) {
    return new Relation(from, to, type, null);
  }

  /**
   * Creates a support.
   *
   * @param from the supporting node's id
   * @param to the supported node's id
   * @return the relation
   */
  public static Relation support(String from, String to) {
    return of(from, to, RelationType.SUPPORT);
  }

  /**
   * Creates an attack.
   *
   * @param from the attacking node's id
   * @param to the attacked node's id
   * @return the relation
   */
  public static Relation attack(String from, String to) {
    return of(from, to, RelationType.ATTACK);
  }

  /**
   * Returns a copy of this relation with the given note.
   *
   * @param note a short explanation of the relation, or {@code null} for none
   * @return the new relation
   * @throws IllegalArgumentException if the note is blank
   */
  public Relation withNote(@Nullable String note) {
    return new Relation(from, to, type, note);
  }

  /**
   * Returns the source node's id.
   *
   * @return the id
   */
  public String from() {
    return from;
  }

  /**
   * Returns the target node's id.
   *
   * @return the id
   */
  public String to() {
    return to;
  }

  /**
   * Returns support or attack.
   *
   * @return the type
   */
  public RelationType type() {
    return type;
  }

  /**
   * Returns the note, if any.
   *
   * @return the note
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * Tells whether another relation has the same source, target and type, whatever their notes.
   *
   * @param other the relation to compare with
   * @return true if both join the same nodes the same way
   */
  public boolean sameEnds(Relation other) {
    return from.equals(other.from) && to.equals(other.to) && type == other.type;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Relation r)) {
      return false;
    }
    return sameEnds(r) && Objects.equals(note, r.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, type, note);
  }

  /** Returns e.g. {@code a -> b (support)}. */
  @Override
  public String toString() {
    return from + " -> " + to + " (" + type.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
