package io.argraph.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Input that cannot be read as an argument graph: malformed, invalid, or past a limit. Says what is
 * wrong and where, e.g. {@code line 14, column 9 (/relations/3/to): unknown node "r9"; declare it
 * in "nodes" first}.
 *
 * <p>An importer that throws this returns nothing: no partly read graph escapes.
 *
 * @since 0.1.0
 */
public class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final @Nullable Location location;
  private final @Nullable String pointer;

  /**
   * Creates an exception.
   *
   * @param problem what is wrong and how to fix it, without the location
   * @param location where, or {@code null} if unknown
   * @param pointer the JSON pointer (or similar path) of the offending value, or {@code null}
   * @param cause the underlying error, or {@code null}
   */
  public ImportException(
      String problem,
      @Nullable Location location,
      @Nullable String pointer,
      @Nullable Throwable cause) {
    super(format(requireNonNull(problem, "problem"), location, pointer), cause);
    this.problem = problem;
    this.location = location;
    this.pointer = pointer;
  }

  /**
   * Creates an exception without a cause.
   *
   * @param problem what is wrong and how to fix it
   * @param location where, or {@code null} if unknown
   * @param pointer the path of the offending value, or {@code null}
   */
  public ImportException(String problem, @Nullable Location location, @Nullable String pointer) {
    this(problem, location, pointer, null);
  }

  private static String format(
      String problem, @Nullable Location location, @Nullable String pointer) {
    StringBuilder sb = new StringBuilder();
    if (location != null) {
      sb.append(location);
    }
    if (pointer != null) {
      sb.append(sb.length() > 0 ? " " : "").append('(').append(pointer.isEmpty() ? "/" : pointer);
      sb.append(')');
    }
    return sb.length() == 0 ? problem : sb.append(": ").append(problem).toString();
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns where the problem is, if known.
   *
   * @return the location
   */
  public Optional<Location> location() {
    return Optional.ofNullable(location);
  }

  /**
   * Returns the path of the offending value (a JSON pointer for JSON input), if known.
   *
   * @return the pointer
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }
}
