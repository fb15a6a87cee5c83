package io.argraph.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A claim in an argument: a premise, a problem or a recommendation, with its statement and where it
 * comes from.
 *
 * <p>Immutable; equality is by value (all fields). Ids match {@code
 * [A-Za-z0-9][A-Za-z0-9_.:-]{0,127}}; the text is never blank. Tags and attributes keep the order
 * in which they were added.
 *
 * @since 0.1.0
 */
@Immutable
public final class Node {
  private final String id;
  private final NodeKind kind;
  private final String text;
  @Nullable private final Source source;
  @Nullable private final String section;
  private final ImmutableSet<String> tags;
  private final ImmutableMap<String, String> attributes;

  private Node(Builder b) {
    this.id = b.id;
    this.kind = b.kind;
    this.text = b.text;
    this.source = b.source;
    this.section = b.section;
    this.tags = b.tags == null ? ImmutableSet.of() : ImmutableSet.copyOf(b.tags);
    this.attributes = b.attributes == null ? ImmutableMap.of() : ImmutableMap.copyOf(b.attributes);
  }

  /**
   * Creates a node with only the required fields.
   *
   * @param id the node's id
   * @param kind its role
   * @param text its statement
   * @return the node
   * @throws IllegalArgumentException if the id is invalid or the text blank
   */
  public static Node of(String id, NodeKind kind, String text) {
    return builder(id, kind, text).build();
  }

  /**
   * Starts a node with its required fields; optional ones are set on the builder.
   *
   * @param id the node's id
   * @param kind its role
   * @param text its statement
   * @return a builder
   * @throws IllegalArgumentException if the id is invalid or the text blank
   */
  public static Builder builder(String id, NodeKind kind, String text) {
    return new Builder(id, kind, text);
  }

  /**
   * Starts a premise.
   *
   * @param id the node's id
   * @param text its statement
   * @return a builder
   */
  public static Builder premise(String id, String text) {
    return builder(id, NodeKind.PREMISE, text);
  }

  /**
   * Starts a problem.
   *
   * @param id the node's id
   * @param text its statement
   * @return a builder
   */
  public static Builder problem(String id, String text) {
    return builder(id, NodeKind.PROBLEM, text);
  }

  /**
   * Starts a recommendation.
   *
   * @param id the node's id
   * @param text its statement
   * @return a builder
   */
  public static Builder recommendation(String id, String text) {
    return builder(id, NodeKind.RECOMMENDATION, text);
  }

  /**
   * Returns a builder initialised with this node's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, kind, text);
    b.source = source;
    b.section = section;
    if (!tags.isEmpty()) {
      b.tags = new LinkedHashSet<>(tags);
    }
    if (!attributes.isEmpty()) {
      b.attributes = new LinkedHashMap<>(attributes);
    }
    return b;
  }

  /**
   * Returns the id, unique within a graph.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the node's role.
   *
   * @return the kind
   */
  public NodeKind kind() {
    return kind;
  }

  /**
   * Returns the statement.
   *
   * @return the text, never blank
   */
  public String text() {
    return text;
  }

  /**
   * Returns where the statement is quoted from, if known.
   *
   * @return the source
   */
  public Optional<Source> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the heading of the document section the node belongs to, if any.
   *
   * @return the section
   */
  public Optional<String> section() {
    return Optional.ofNullable(section);
  }

  /**
   * Returns the tags, in the order added.
   *
   * @return an unmodifiable set
   */
  public Set<String> tags() {
    return tags;
  }

  /**
   * Returns the free-form string attributes, in the order added.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Node n)) {
      return false;
    }
    return id.equals(n.id)
        && kind == n.kind
        && text.equals(n.text)
        && Objects.equals(source, n.source)
        && Objects.equals(section, n.section)
        && tags.equals(n.tags)
        && attributes.equals(n.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, text, source, section, tags, attributes);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Node")
        .omitNullValues()
        .add("id", id)
        .add("kind", kind)
        .add("text", text)
        .add("source", source)
        .add("section", section)
        .add("tags", tags.isEmpty() ? null : tags)
        .add("attributes", attributes.isEmpty() ? null : attributes)
        .toString();
  }

  /**
   * Builds a {@link Node}. {@link #build()} may be called more than once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final String id;
    private final NodeKind kind;
    private final String text;
    @Nullable private Source source;
    @Nullable private String section;
    // Made on first use: most nodes have neither, and a graph may have millions of nodes.
    private @Nullable Set<String> tags;
    private @Nullable Map<String, String> attributes;

    private Builder(String id, NodeKind kind, String text) {
      requireNonNull(id, "id");
      requireNonNull(kind, "kind");
      requireNonNull(text, "text");
      this.id = Ids.checkId("node", id);
      this.kind = kind;
      this.text =
          Ids.checkNotBlank(text, "node \"%s\": text is blank; give the node a statement", id);
    }

    /**
     * Sets where the statement is quoted from.
     *
     * @param source the source, or {@code null} for none
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder source(@Nullable Source source) {
      this.source = source;
      return this;
    }

    /**
     * Sets the heading of the section the node belongs to.
     *
     * @param section the section heading, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the section is blank
     */
    @CanIgnoreReturnValue
    public Builder section(@Nullable String section) {
      if (section != null) {
        Ids.checkNotBlank(section, "node \"%s\": section is blank; omit it or name it", id);
      }
      this.section = section;
      return this;
    }

    /**
     * Adds tags; a tag already present is kept once.
     *
     * @param tags the tags to add
     * @return this builder
     * @throws IllegalArgumentException if a tag is blank
     */
    @CanIgnoreReturnValue
    public Builder tag(String... tags) {
      for (String tag : tags) {
        requireNonNull(tag, "tag");
        Ids.checkNotBlank(tag, "node \"%s\": a tag is blank; tags need text", id);
        if (this.tags == null) {
          this.tags = new LinkedHashSet<>();
        }
        this.tags.add(tag);
      }
      return this;
    }

    /**
     * Sets a string attribute, replacing any earlier value of the key.
     *
     * @param key the attribute's name
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException if the key is blank
     */
    @CanIgnoreReturnValue
    public Builder attribute(String key, String value) {
      requireNonNull(key, "key");
      requireNonNull(value, "value");
      Ids.checkNotBlank(key, "node \"%s\": an attribute name is blank; name it", id);
      if (attributes == null) {
        attributes = new LinkedHashMap<>();
      }
      attributes.put(key, value);
      return this;
    }

    /**
     * Builds the node.
     *
     * @return a new immutable node
     */
    public Node build() {
      return new Node(this);
    }
  }
}
