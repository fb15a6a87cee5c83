package io.argraph.io.dot;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Extra drawing instructions for one node or relation, given by a {@link DotDecorator}: a line or
 * border colour, a fill colour (nodes only), a pen width, lines added to the tooltip, and any other
 * Graphviz attributes.
 *
 * <p>Immutable; equality is by value. What a decoration sets replaces the exporter's own value of
 * that attribute; {@link #and(DotDecoration)} layers two decorations.
 *
 * <pre>{@code
 * DotDecoration in = DotDecoration.builder().fillColor("#c8e6c9").tooltipLine("IN").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Immutable
public final class DotDecoration {
  private static final DotDecoration NONE = new Builder().build();

  private final @Nullable String color;
  private final @Nullable String fillColor;
  private final @Nullable Double penWidth;
  private final ImmutableList<String> tooltipLines;
  private final ImmutableMap<String, String> attributes;

  private DotDecoration(Builder b) {
    this.color = b.color;
    this.fillColor = b.fillColor;
    this.penWidth = b.penWidth;
    this.tooltipLines = ImmutableList.copyOf(b.tooltipLines);
    this.attributes = ImmutableMap.copyOf(b.attributes);
  }

  /**
   * Returns the decoration that changes nothing.
   *
   * @return the empty decoration
   */
  public static DotDecoration none() {
    return NONE;
  }

  /**
   * Starts an empty decoration.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this decoration.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.color = color;
    b.fillColor = fillColor;
    b.penWidth = penWidth;
    b.tooltipLines.addAll(tooltipLines);
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * Layers another decoration over this one: what the other sets wins, tooltip lines are this one's
   * followed by the other's, and attributes are merged with the other's values winning.
   *
   * @param other the decoration on top
   * @return the combined decoration
   */
  public DotDecoration and(DotDecoration other) {
    requireNonNull(other, "other");
    if (isEmpty()) {
      return other;
    }
    if (other.isEmpty()) {
      return this;
    }
    Builder b = toBuilder();
    if (other.color != null) {
      b.color = other.color;
    }
    if (other.fillColor != null) {
      b.fillColor = other.fillColor;
    }
    if (other.penWidth != null) {
      b.penWidth = other.penWidth;
    }
    b.tooltipLines.addAll(other.tooltipLines);
    b.attributes.putAll(other.attributes);
    return b.build();
  }

  /**
   * Tells whether this decoration changes nothing.
   *
   * @return true if nothing is set
   */
  public boolean isEmpty() {
    return color == null
        && fillColor == null
        && penWidth == null
        && tooltipLines.isEmpty()
        && attributes.isEmpty();
  }

  /**
   * Returns the line colour of an edge or the border colour of a node, if set.
   *
   * @return the colour
   */
  public Optional<String> color() {
    return Optional.ofNullable(color);
  }

  /**
   * Returns the fill colour of a node, if set; edges ignore it.
   *
   * @return the colour
   */
  public Optional<String> fillColor() {
    return Optional.ofNullable(fillColor);
  }

  /**
   * Returns the pen width (line thickness in points), if set.
   *
   * @return the width
   */
  public Optional<Double> penWidth() {
    return Optional.ofNullable(penWidth);
  }

  /**
   * Returns the lines added at the end of the tooltip, in order.
   *
   * @return an unmodifiable list
   */
  public List<String> tooltipLines() {
    return tooltipLines;
  }

  /**
   * Returns further Graphviz attributes, in insertion order.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DotDecoration d
        && Objects.equals(color, d.color)
        && Objects.equals(fillColor, d.fillColor)
        && Objects.equals(penWidth, d.penWidth)
        && tooltipLines.equals(d.tooltipLines)
        && attributes.equals(d.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(color, fillColor, penWidth, tooltipLines, attributes);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("DotDecoration")
        .omitNullValues()
        .add("color", color)
        .add("fillColor", fillColor)
        .add("penWidth", penWidth)
        .add("tooltipLines", tooltipLines.isEmpty() ? null : tooltipLines)
        .add("attributes", attributes.isEmpty() ? null : attributes)
        .toString();
  }

  /**
   * Builds a {@link DotDecoration}. {@link #build()} may be called more than once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String color;
    private @Nullable String fillColor;
    private @Nullable Double penWidth;
    private final List<String> tooltipLines = new ArrayList<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the line colour of an edge or the border colour of a node.
     *
     * @param color {@code #rrggbb}, {@code #rrggbbaa} or a Graphviz colour name
     * @return this builder
     * @throws IllegalArgumentException if the colour is malformed
     */
    @CanIgnoreReturnValue
    public Builder color(String color) {
      this.color = DotText.checkColor("colour", requireNonNull(color, "color"));
      return this;
    }

    /**
     * Sets the fill colour of a node.
     *
     * @param color {@code #rrggbb}, {@code #rrggbbaa} or a Graphviz colour name
     * @return this builder
     * @throws IllegalArgumentException if the colour is malformed
     */
    @CanIgnoreReturnValue
    public Builder fillColor(String color) {
      this.fillColor = DotText.checkColor("fill colour", requireNonNull(color, "color"));
      return this;
    }

    /**
     * Sets the pen width.
     *
     * @param width line thickness in points, above 0 and at most 100
     * @return this builder
     * @throws IllegalArgumentException if the width is out of range
     */
    @CanIgnoreReturnValue
    public Builder penWidth(double width) {
      checkArgument(width > 0 && width <= 100, "pen width %s: use a value in (0, 100]", width);
      this.penWidth = width;
      return this;
    }

    /**
     * Adds a line at the end of the tooltip.
     *
     * @param line the text; line breaks in it start further lines
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder tooltipLine(String line) {
      tooltipLines.add(requireNonNull(line, "line"));
      return this;
    }

    /**
     * Sets a further Graphviz attribute, e.g. {@code style} or {@code fontcolor}; its value is
     * quoted and escaped like every other.
     *
     * @param name the attribute name: letters, digits and {@code _}, not a DOT keyword, not {@code
     *     argid}
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is not allowed
     */
    @CanIgnoreReturnValue
    public Builder attribute(String name, String value) {
      DotText.checkAttributeName(requireNonNull(name, "name"));
      attributes.put(name, requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the decoration.
     *
     * @return a new immutable decoration
     */
    public DotDecoration build() {
      return new DotDecoration(this);
    }
  }
}
