package io.argraph.io.dot;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import io.argraph.core.model.NodeKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link DotExporter} draws a graph: layout direction, clusters, text wrapping, ids, legend,
 * font and colours.
 *
 * <p>Immutable; equality is by value. The defaults read bottom-up from evidence to recommendations,
 * without clusters, wrap at 28 characters, hide ids and show a legend:
 *
 * <pre>{@code
 * DotStyle style = DotStyle.builder()
 *     .clusters(DotStyle.Clustering.SECTION)
 *     .showIds(true)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Immutable
public final class DotStyle {
  private static final DotStyle DEFAULTS = new Builder().build();

  /**
   * The direction in which the layout places ranks, i.e. in which support flows.
   *
   * @since 0.1.0
   */
  public enum RankDirection {
    /** From the bottom up: evidence at the bottom, recommendations on top (Graphviz {@code BT}). */
    BOTTOM_TO_TOP("BT"),
    /** From the top down (Graphviz {@code TB}). */
    TOP_TO_BOTTOM("TB"),
    /** From left to right (Graphviz {@code LR}). */
    LEFT_TO_RIGHT("LR"),
    /** From right to left (Graphviz {@code RL}). */
    RIGHT_TO_LEFT("RL");

    private final String graphviz;

    RankDirection(String graphviz) {
      this.graphviz = graphviz;
    }

    /**
     * Returns the value of the Graphviz {@code rankdir} attribute.
     *
     * @return {@code BT}, {@code TB}, {@code LR} or {@code RL}
     */
    public String graphviz() {
      return graphviz;
    }
  }

  /**
   * How nodes are grouped into boxed clusters.
   *
   * @since 0.1.0
   */
  public enum Clustering {
    /** No clusters. */
    NONE,
    /** One cluster per node kind: premises, problems, recommendations. */
    KIND,
    /** One cluster per section, in order of first appearance; nodes without a section stay out. */
    SECTION
  }

  private final RankDirection rankDirection;
  private final Clustering clusters;
  private final int wrapWidth;
  private final boolean showIds;
  private final boolean legend;
  private final String fontName;
  private final ImmutableMap<NodeKind, String> fillColors;
  private final ImmutableMap<NodeKind, String> borderColors;
  private final String supportColor;
  private final String attackColor;

  private DotStyle(Builder b) {
    this.rankDirection = b.rankDirection;
    this.clusters = b.clusters;
    this.wrapWidth = b.wrapWidth;
    this.showIds = b.showIds;
    this.legend = b.legend;
    this.fontName = b.fontName;
    this.fillColors = ImmutableMap.copyOf(b.fillColors);
    this.borderColors = ImmutableMap.copyOf(b.borderColors);
    this.supportColor = b.supportColor;
    this.attackColor = b.attackColor;
  }

  /**
   * Returns the default style.
   *
   * @return the defaults described in the class comment
   */
  public static DotStyle defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a style from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this style, to derive a changed one.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.rankDirection = rankDirection;
    b.clusters = clusters;
    b.wrapWidth = wrapWidth;
    b.showIds = showIds;
    b.legend = legend;
    b.fontName = fontName;
    b.fillColors.putAll(fillColors);
    b.borderColors.putAll(borderColors);
    b.supportColor = supportColor;
    b.attackColor = attackColor;
    return b;
  }

  /**
   * Returns the layout direction; default {@link RankDirection#BOTTOM_TO_TOP}.
   *
   * @return the direction
   */
  public RankDirection rankDirection() {
    return rankDirection;
  }

  /**
   * Returns how nodes are clustered; default {@link Clustering#NONE}.
   *
   * @return the clustering
   */
  public Clustering clusters() {
    return clusters;
  }

  /**
   * Returns the line width, in characters, at which node texts are word-wrapped; default 28, and 0
   * means no wrapping.
   *
   * @return the width
   */
  public int wrapWidth() {
    return wrapWidth;
  }

  /**
   * Tells whether node ids are shown above their texts; default false (ids are always in the
   * tooltip).
   *
   * @return true if ids are shown
   */
  public boolean showIds() {
    return showIds;
  }

  /**
   * Tells whether a legend explaining shapes, colours and edges is drawn; default true.
   *
   * @return true if the legend is drawn
   */
  public boolean legend() {
    return legend;
  }

  /**
   * Returns the font of all texts; default {@code Helvetica}.
   *
   * @return the Graphviz font name
   */
  public String fontName() {
    return fontName;
  }

  /**
   * Returns the fill colour of a kind of node.
   *
   * @param kind the node kind
   * @return the colour
   */
  public String fillColor(NodeKind kind) {
    return requireNonNull(fillColors.get(requireNonNull(kind, "kind")));
  }

  /**
   * Returns the border colour of a kind of node.
   *
   * @param kind the node kind
   * @return the colour
   */
  public String borderColor(NodeKind kind) {
    return requireNonNull(borderColors.get(requireNonNull(kind, "kind")));
  }

  /**
   * Returns the colour of support edges; default dark grey {@code #37474f}.
   *
   * @return the colour
   */
  public String supportColor() {
    return supportColor;
  }

  /**
   * Returns the colour of attack edges; default red {@code #c62828}.
   *
   * @return the colour
   */
  public String attackColor() {
    return attackColor;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DotStyle s
        && rankDirection == s.rankDirection
        && clusters == s.clusters
        && wrapWidth == s.wrapWidth
        && showIds == s.showIds
        && legend == s.legend
        && fontName.equals(s.fontName)
        && fillColors.equals(s.fillColors)
        && borderColors.equals(s.borderColors)
        && supportColor.equals(s.supportColor)
        && attackColor.equals(s.attackColor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        rankDirection,
        clusters,
        wrapWidth,
        showIds,
        legend,
        fontName,
        fillColors,
        borderColors,
        supportColor,
        attackColor);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("DotStyle")
        .add("rankDirection", rankDirection)
        .add("clusters", clusters)
        .add("wrapWidth", wrapWidth)
        .add("showIds", showIds)
        .add("legend", legend)
        .toString();
  }

  /**
   * Builds a {@link DotStyle}, starting from the defaults. {@link #build()} may be called more than
   * once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private RankDirection rankDirection = RankDirection.BOTTOM_TO_TOP;
    private Clustering clusters = Clustering.NONE;
    private int wrapWidth = 28;
    private boolean showIds;
    private boolean legend = true;
    private String fontName = "Helvetica";
    private final Map<NodeKind, String> fillColors = new EnumMap<>(NodeKind.class);
    private final Map<NodeKind, String> borderColors = new EnumMap<>(NodeKind.class);
    private String supportColor = "#37474f";
    private String attackColor = "#c62828";

    private Builder() {
      fillColors.put(NodeKind.PREMISE, "#e3f2fd");
      fillColors.put(NodeKind.PROBLEM, "#fff3e0");
      fillColors.put(NodeKind.RECOMMENDATION, "#e8f5e9");
      borderColors.put(NodeKind.PREMISE, "#1565c0");
      borderColors.put(NodeKind.PROBLEM, "#e65100");
      borderColors.put(NodeKind.RECOMMENDATION, "#2e7d32");
    }

    /**
     * Sets the layout direction.
     *
     * @param direction the direction
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder rankDirection(RankDirection direction) {
      this.rankDirection = requireNonNull(direction, "direction");
      return this;
    }

    /**
     * Sets how nodes are clustered.
     *
     * @param clustering the clustering
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder clusters(Clustering clustering) {
      this.clusters = requireNonNull(clustering, "clustering");
      return this;
    }

    /**
     * Sets the wrap width.
     *
     * @param width characters per line, at least 8, or 0 for no wrapping
     * @return this builder
     * @throws IllegalArgumentException if the width is negative or between 1 and 7
     */
    @CanIgnoreReturnValue
    public Builder wrapWidth(int width) {
      checkArgument(
          width == 0 || width >= 8,
          "wrap width %s: use at least 8 characters, or 0 for no wrapping",
          width);
      this.wrapWidth = width;
      return this;
    }

    /**
     * Shows or hides node ids above their texts.
     *
     * @param show true to show ids
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder showIds(boolean show) {
      this.showIds = show;
      return this;
    }

    /**
     * Draws the legend or leaves it out.
     *
     * @param draw true to draw the legend
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder legend(boolean draw) {
      this.legend = draw;
      return this;
    }

    /**
     * Sets the font of all texts.
     *
     * @param name a font name Graphviz can find, e.g. {@code Helvetica} or {@code DejaVu Sans}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    @CanIgnoreReturnValue
    public Builder fontName(String name) {
      requireNonNull(name, "name");
      checkArgument(!name.isBlank(), "font name is blank; name a font such as Helvetica");
      this.fontName = name;
      return this;
    }

    /**
     * Sets the fill colour of a kind of node.
     *
     * @param kind the node kind
     * @param color {@code #rrggbb}, {@code #rrggbbaa} or a Graphviz colour name
     * @return this builder
     * @throws IllegalArgumentException if the colour is malformed
     */
    @CanIgnoreReturnValue
    public Builder fillColor(NodeKind kind, String color) {
      requireNonNull(kind, "kind");
      fillColors.put(kind, DotText.checkColor("fill colour", requireNonNull(color, "color")));
      return this;
    }

    /**
     * Sets the border colour of a kind of node.
     *
     * @param kind the node kind
     * @param color {@code #rrggbb}, {@code #rrggbbaa} or a Graphviz colour name
     * @return this builder
     * @throws IllegalArgumentException if the colour is malformed
     */
    @CanIgnoreReturnValue
    public Builder borderColor(NodeKind kind, String color) {
      requireNonNull(kind, "kind");
      borderColors.put(kind, DotText.checkColor("border colour", requireNonNull(color, "color")));
      return this;
    }

    /**
     * Sets the colour of support edges.
     *
     * @param color {@code #rrggbb}, {@code #rrggbbaa} or a Graphviz colour name
     * @return this builder
     * @throws IllegalArgumentException if the colour is malformed
     */
    @CanIgnoreReturnValue
    public Builder supportColor(String color) {
      this.supportColor = DotText.checkColor("support colour", requireNonNull(color, "color"));
      return this;
    }

    /**
     * Sets the colour of attack edges.
     *
     * @param color {@code #rrggbb}, {@code #rrggbbaa} or a Graphviz colour name
     * @return this builder
     * @throws IllegalArgumentException if the colour is malformed
     */
    @CanIgnoreReturnValue
    public Builder attackColor(String color) {
      this.attackColor = DotText.checkColor("attack colour", requireNonNull(color, "color"));
      return this;
    }

    /**
     * Builds the style.
     *
     * @return a new immutable style
     */
    public DotStyle build() {
      return new DotStyle(this);
    }
  }
}
