package io.argraph.core.semantics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A label ({@link Label#IN}, {@link Label#OUT} or {@link Label#UNDEC}) for every argument of a
 * framework, or for every node of a graph under the {@link SupportReading#EVIDENTIAL} reading.
 *
 * <p>Immutable. Sets and lists of names come in argument (or node) order. Equality is by the names
 * in order and their labels.
 *
 * @since 0.1.0
 */
public final class Labelling {
  // Label codes of the byte arrays the algorithms of this package work on.
  static final byte IN = 0;
  static final byte OUT = 1;
  static final byte UNDEC = 2;

  private final Supplier<List<String>> names;
  private final ToIntFunction<String> indexOf;
  private final byte[] labels;

  Labelling(List<String> names, ToIntFunction<String> indexOf, byte[] labels) {
    this(() -> names, indexOf, labels);
  }

  private Labelling(Supplier<List<String>> names, ToIntFunction<String> indexOf, byte[] labels) {
    this.names = names;
    this.indexOf = indexOf;
    this.labels = labels;
  }

  /**
   * The labelling of a graph's nodes, by position; the list of node ids is made only when first
   * asked for, since a caller that reads labels by position never needs it.
   */
  static Labelling ofNodes(ArgumentGraph graph, byte[] labels) {
    List<Node> nodes = graph.nodes();
    return new Labelling(
        Suppliers.memoize(
            () -> {
              ImmutableList.Builder<String> ids =
                  ImmutableList.builderWithExpectedSize(labels.length);
              for (Node node : nodes) {
                ids.add(node.id());
              }
              return ids.build();
            }),
        graph::indexOf,
        labels);
  }

  /**
   * Returns the labelling of a framework that a set of arguments induces: its members IN, the
   * arguments they attack OUT, the rest UNDEC. For a complete extension this is its complete
   * labelling.
   *
   * @param framework the framework
   * @param extension names of arguments of the framework
   * @return the labelling
   * @throws IllegalArgumentException if a name is not an argument of the framework
   */
  public static Labelling of(ArgumentationFramework framework, Set<String> extension) {
    requireNonNull(framework, "framework");
    byte[] labels = new byte[framework.argumentCount()];
    Arrays.fill(labels, Labelling.UNDEC);
    for (String name : extension) {
      labels[framework.position(name)] = Labelling.IN;
    }
    for (String name : extension) {
      int a = framework.position(name);
      for (int k = framework.outStart(a); k < framework.outEnd(a); k++) {
        int b = framework.outTarget(k);
        if (labels[b] != Labelling.IN) {
          labels[b] = Labelling.OUT;
        }
      }
    }
    return new Labelling(framework.arguments(), framework::indexOf, labels);
  }

  static Label decode(byte code) {
    return switch (code) {
      case IN -> Label.IN;
      case OUT -> Label.OUT;
      default -> Label.UNDEC;
    };
  }

  /**
   * Returns the labelled names in order.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    return names.get();
  }

  /**
   * Returns the label of a name.
   *
   * @param name an argument (or node) name
   * @return its label
   * @throws IllegalArgumentException if the name is not labelled here
   */
  public Label label(String name) {
    int i = indexOf.applyAsInt(requireNonNull(name, "name"));
    checkArgument(i >= 0, "unknown argument \"%s\"; the labelling has no such argument", name);
    return decode(labels[i]);
  }

  /**
   * Returns the label at a position of {@link #names()}.
   *
   * @param index a position
   * @return its label
   * @throws IndexOutOfBoundsException if there is no such position
   */
  public Label label(int index) {
    return decode(labels[index]);
  }

  /**
   * Returns the names with a label, in order.
   *
   * @param label the label wanted
   * @return an unmodifiable set
   */
  public Set<String> with(Label label) {
    requireNonNull(label, "label");
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    List<String> all = names.get();
    for (int i = 0; i < labels.length; i++) {
      if (decode(labels[i]) == label) {
        out.add(all.get(i));
      }
    }
    return out.build();
  }

  /**
   * Returns the names labelled IN: the extension this labelling stands for.
   *
   * @return an unmodifiable set, in order
   */
  public Set<String> in() {
    return with(Label.IN);
  }

  /**
   * Returns the names labelled OUT.
   *
   * @return an unmodifiable set, in order
   */
  public Set<String> out() {
    return with(Label.OUT);
  }

  /**
   * Returns the names labelled UNDEC.
   *
   * @return an unmodifiable set, in order
   */
  public Set<String> undec() {
    return with(Label.UNDEC);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Labelling l
        && names.get().equals(l.names.get())
        && Arrays.equals(labels, l.labels);
  }

  @Override
  public int hashCode() {
    return 31 * names.get().hashCode() + Arrays.hashCode(labels);
  }

  /** Returns e.g. {@code in=[a, c], out=[b], undec=[]}. */
  @Override
  public String toString() {
    return "in="
        + ImmutableList.copyOf(in())
        + ", out="
        + ImmutableList.copyOf(out())
        + ", undec="
        + ImmutableList.copyOf(undec());
  }
}
