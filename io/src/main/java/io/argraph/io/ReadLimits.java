package io.argraph.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * Limits that keep an importer safe on untrusted input: an input past one of them fails with an
 * {@link ImportException} naming the limit and how to raise it.
 *
 * <p>Immutable. The defaults, chosen so that any real argument graph fits and no input can exhaust
 * memory or the stack:
 *
 * <table>
 *   <caption>Default limits</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxInputBytes()}</td><td>{@value #DEFAULT_MAX_INPUT_BYTES} (64 MiB)</td></tr>
 *   <tr><td>{@link #maxNodes()}</td><td>{@value #DEFAULT_MAX_NODES}</td></tr>
 *   <tr><td>{@link #maxRelations()}</td><td>{@value #DEFAULT_MAX_RELATIONS}</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>{@value #DEFAULT_MAX_STRING_LENGTH}</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>{@value #DEFAULT_MAX_NESTING_DEPTH}</td></tr>
 * </table>
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.builder().maxNodes(10_000).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Immutable
public final class ReadLimits {
  /** Default of {@link #maxInputBytes()}: 64 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1024 * 1024;

  /** Default of {@link #maxNodes()}. */
  public static final int DEFAULT_MAX_NODES = 1_000_000;

  /** Default of {@link #maxRelations()}. */
  public static final int DEFAULT_MAX_RELATIONS = 2_000_000;

  /** Default of {@link #maxStringLength()}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** Default of {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  private static final ReadLimits DEFAULTS = builder().build();

  private final long maxInputBytes;
  private final int maxNodes;
  private final int maxRelations;
  private final int maxStringLength;
  private final int maxNestingDepth;

  private ReadLimits(Builder b) {
    this.maxInputBytes = b.maxInputBytes;
    this.maxNodes = b.maxNodes;
    this.maxRelations = b.maxRelations;
    this.maxStringLength = b.maxStringLength;
    this.maxNestingDepth = b.maxNestingDepth;
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Starts from the default limits.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these limits, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxInputBytes = maxInputBytes;
    b.maxNodes = maxNodes;
    b.maxRelations = maxRelations;
    b.maxStringLength = maxStringLength;
    b.maxNestingDepth = maxNestingDepth;
    return b;
  }

  /**
   * Returns the largest input read: bytes when reading bytes, characters when reading text.
   *
   * @return the maximum input size
   */
  public long maxInputBytes() {
    return maxInputBytes;
  }

  /**
   * Returns the most nodes a graph may have.
   *
   * @return the maximum node count
   */
  public int maxNodes() {
    return maxNodes;
  }

  /**
   * Returns the most relations a graph may have.
   *
   * @return the maximum relation count
   */
  public int maxRelations() {
    return maxRelations;
  }

  /**
   * Returns the longest string (a value or a key), in characters.
   *
   * @return the maximum string length
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the deepest nesting of objects and arrays; the top-level object is depth 1.
   *
   * @return the maximum nesting depth
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReadLimits l
        && maxInputBytes == l.maxInputBytes
        && maxNodes == l.maxNodes
        && maxRelations == l.maxRelations
        && maxStringLength == l.maxStringLength
        && maxNestingDepth == l.maxNestingDepth;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        maxInputBytes, maxNodes, maxRelations, maxStringLength, maxNestingDepth);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxInputBytes="
        + maxInputBytes
        + ", maxNodes="
        + maxNodes
        + ", maxRelations="
        + maxRelations
        + ", maxStringLength="
        + maxStringLength
        + ", maxNestingDepth="
        + maxNestingDepth
        + "}";
  }

  /**
   * Builds {@link ReadLimits}, starting from the defaults. {@link #build()} may be called more than
   * once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private int maxNodes = DEFAULT_MAX_NODES;
    private int maxRelations = DEFAULT_MAX_RELATIONS;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;

    private Builder() {}

    /**
     * Sets the largest input read: bytes when reading bytes, characters when reading text.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code max < 1}
     */
    @CanIgnoreReturnValue
    public Builder maxInputBytes(long max) {
      checkArgument(max >= 1, "maxInputBytes %s: must be at least 1", max);
      this.maxInputBytes = max;
      return this;
    }

    /**
     * Sets the most nodes a graph may have.
     *
     * @param max at least 0
     * @return this builder
     * @throws IllegalArgumentException if {@code max < 0}
     */
    @CanIgnoreReturnValue
    public Builder maxNodes(int max) {
      checkArgument(max >= 0, "maxNodes %s: must be at least 0", max);
      this.maxNodes = max;
      return this;
    }

    /**
     * Sets the most relations a graph may have.
     *
     * @param max at least 0
     * @return this builder
     * @throws IllegalArgumentException if {@code max < 0}
     */
    @CanIgnoreReturnValue
    public Builder maxRelations(int max) {
      checkArgument(max >= 0, "maxRelations %s: must be at least 0", max);
      this.maxRelations = max;
      return this;
    }

    /**
     * Sets the longest string (a value or a key), in characters.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code max < 1}
     */
    @CanIgnoreReturnValue
    public Builder maxStringLength(int max) {
      checkArgument(max >= 1, "maxStringLength %s: must be at least 1", max);
      this.maxStringLength = max;
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays; the top-level object is depth 1, and a
     * complete graph needs 4.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code max < 1}
     */
    @CanIgnoreReturnValue
    public Builder maxNestingDepth(int max) {
      checkArgument(max >= 1, "maxNestingDepth %s: must be at least 1", max);
      this.maxNestingDepth = max;
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return immutable limits
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }
  }
}
