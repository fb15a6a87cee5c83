package io.argraph.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A place in a text input.
 *
 * <p>Columns and offsets count in the unit the importer read: characters when it read text (a
 * {@code Reader} or a {@code String}), bytes when it read bytes (an {@code InputStream} or a file),
 * as Jackson's parser reports them. They differ once non-ASCII text comes before the place (on its
 * line, for the column).
 *
 * @param line the line, counting from 1
 * @param column the column, counting from 1
 * @param offset the offset from the start of the input, counting from 0, or -1 if unknown
 * @since 0.1.0
 */
public record Location(long line, long column, long offset) {

  /**
   * Creates a location.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @param offset the character offset, from 0, or -1 if unknown
   * @throws IllegalArgumentException if line or column is below 1 or offset below -1
   */
  public Location {
    checkArgument(line >= 1 && column >= 1, "line %s, column %s: both count from 1", line, column);
    checkArgument(offset >= -1, "offset %s: offsets count from 0, -1 if unknown", offset);
  }

  /**
   * Returns a location that knows only its line.
   *
   * @param line the line, from 1
   * @return the location, column 1, offset unknown
   */
  public static Location ofLine(long line) {
    return new Location(line, 1, -1);
  }

  /** Returns e.g. {@code line 14, column 9}. */
  @Override
  public String toString() {
    return "line " + line + ", column " + column;
  }
}
