package io.argraph.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.argraph.core.internal.GraphIndex;
import io.argraph.core.internal.IdPositions;
import io.argraph.core.internal.LongHashSet;
import io.argraph.core.internal.NormalisedText;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jspecify.annotations.Nullable;

/**
 * An argument as a directed graph of premises, problems and recommendations joined by supports and
 * attacks.
 *
 * <p>Immutable and safe to share between threads. Nodes and relations iterate in insertion order,
 * and every query, check, report and exporter keeps that order, so the same graph always gives the
 * same output. Equality is by value: graph id, title, metadata, and the node and relation lists in
 * order.
 *
 * <p>The builder refuses what can never make sense (a duplicate node id, a relation to an unknown
 * node, an exact duplicate relation); argumentative flaws such as cycles, self-attacks or a support
 * and an attack on the same pair are allowed, and the checks of {@code io.argraph.core.check}
 * report them.
 *
 * <pre>{@code
 * ArgumentGraph g = ArgumentGraph.builder()
 *     .premise("p", "Drug flows have not fallen.")
 *     .problem("q", "Counternarcotics policy has failed.")
 *     .recommendation("r", "End the militarised approach.")
 *     .supports("p", "q")
 *     .supports("q", "r")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ArgumentGraph {
  static {
    GraphIndex.setAccess(g -> g.index);
  }

  private final @Nullable String id;
  private final @Nullable String title;
  private final ImmutableMap<String, String> metadata;
  private final ImmutableList<Node> nodes;
  private final ImmutableList<Relation> relations;
  private final IdPositions indexOf;
  private final GraphIndex index;
  private final Supplier<Graph<Node, Relation>> jgraphtView;
  private int hash;

  private ArgumentGraph(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.metadata = ImmutableMap.copyOf(b.metadata);
    this.nodes = ImmutableList.copyOf(b.nodes);
    this.relations = ImmutableList.copyOf(b.relations);
    this.indexOf = b.positions.copy();
    int n = nodes.size();
    int m = relations.size();
    this.index =
        new GraphIndex(
            Arrays.copyOf(b.kinds, n),
            Arrays.copyOf(b.textHashes, n),
            Arrays.copyOf(b.from, m),
            Arrays.copyOf(b.to, m),
            Arrays.copyOf(b.attack, m));
    this.jgraphtView = Suppliers.memoize(this::buildJgraphtView);
  }

  /**
   * Starts an empty graph.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding a copy of this graph, to derive a changed graph from it.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.title = title;
    b.metadata.putAll(metadata);
    // The nodes' kinds and text hashes are taken from the index rather than hashed again.
    byte[] kinds = index.kinds();
    int[] textHashes = index.textHashes();
    for (int v = 0; v < kinds.length; v++) {
      b.node(nodes.get(v), kinds[v], textHashes[v]);
    }
    relations.forEach(b::relation);
    return b;
  }

  /**
   * Returns the graph's id, if set.
   *
   * @return the id
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * Returns the graph's title, if set.
   *
   * @return the title
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Returns free-form metadata (author, source, …) in insertion order.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> metadata() {
    return metadata;
  }

  /**
   * Returns all nodes in insertion order.
   *
   * @return an unmodifiable list
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * Returns all relations in insertion order.
   *
   * @return an unmodifiable list
   */
  public List<Relation> relations() {
    return relations;
  }

  /**
   * Returns the number of nodes.
   *
   * @return the node count
   */
  public int nodeCount() {
    return nodes.size();
  }

  /**
   * Returns the number of relations.
   *
   * @return the relation count
   */
  public int relationCount() {
    return relations.size();
  }

  /**
   * Tells whether a node has the given id.
   *
   * @param nodeId a node id
   * @return true if the graph has that node
   */
  public boolean contains(String nodeId) {
    return indexOf.get(requireNonNull(nodeId, "nodeId")) >= 0;
  }

  /**
   * Finds a node by id.
   *
   * @param nodeId a node id
   * @return the node, or empty if there is none with that id
   */
  public Optional<Node> node(String nodeId) {
    int i = indexOf.get(requireNonNull(nodeId, "nodeId"));
    return i < 0 ? Optional.empty() : Optional.of(nodes.get(i));
  }

  /**
   * Returns the position of a node in {@link #nodes()}.
   *
   * @param nodeId a node id
   * @return its position, or -1 if there is no such node
   */
  public int indexOf(String nodeId) {
    return indexOf.get(requireNonNull(nodeId, "nodeId"));
  }

  /**
   * Returns the position of a relation's {@code from} node in {@link #nodes()}, without a look-up
   * by id: for code that keeps per-node state in arrays.
   *
   * @param relation a position in {@link #relations()}
   * @return the position of its {@code from} node
   * @throws IndexOutOfBoundsException if there is no relation at that position
   */
  public int fromIndex(int relation) {
    checkElementIndex(relation, relations.size(), "relation");
    return index.from(relation);
  }

  /**
   * Returns the position of a relation's {@code to} node in {@link #nodes()}, without a look-up by
   * id.
   *
   * @param relation a position in {@link #relations()}
   * @return the position of its {@code to} node
   * @throws IndexOutOfBoundsException if there is no relation at that position
   */
  public int toIndex(int relation) {
    checkElementIndex(relation, relations.size(), "relation");
    return index.to(relation);
  }

  /**
   * Returns the nodes of one kind, in graph order.
   *
   * @param kind the kind wanted
   * @return an unmodifiable list
   */
  public List<Node> nodes(NodeKind kind) {
    requireNonNull(kind, "kind");
    return nodes.stream().filter(n -> n.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the relations of one type, in graph order.
   *
   * @param type the type wanted
   * @return an unmodifiable list
   */
  public List<Relation> relations(RelationType type) {
    requireNonNull(type, "type");
    return relations.stream()
        .filter(r -> r.type() == type)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the relations of a type that end at a node, in graph order.
   *
   * @param nodeId the target node's id
   * @param type the type wanted
   * @return an unmodifiable list
   * @throws IllegalArgumentException if there is no such node
   */
  public List<Relation> incoming(String nodeId, RelationType type) {
    GraphIndex.Adjacency adj = index.incoming(requireNonNull(type, "type"));
    return relationsAt(adj, position(nodeId));
  }

  /**
   * Returns the relations of a type that start at a node, in graph order.
   *
   * @param nodeId the source node's id
   * @param type the type wanted
   * @return an unmodifiable list
   * @throws IllegalArgumentException if there is no such node
   */
  public List<Relation> outgoing(String nodeId, RelationType type) {
    GraphIndex.Adjacency adj = index.outgoing(requireNonNull(type, "type"));
    return relationsAt(adj, position(nodeId));
  }

  /**
   * Returns the nodes that support a node, in the order of their supports.
   *
   * @param nodeId a node id
   * @return an unmodifiable list
   * @throws IllegalArgumentException if there is no such node
   */
  public List<Node> supporters(String nodeId) {
    return ends(incoming(nodeId, RelationType.SUPPORT), true);
  }

  /**
   * Returns the nodes that attack a node, in the order of their attacks.
   *
   * @param nodeId a node id
   * @return an unmodifiable list
   * @throws IllegalArgumentException if there is no such node
   */
  public List<Node> attackers(String nodeId) {
    return ends(incoming(nodeId, RelationType.ATTACK), true);
  }

  /**
   * Returns the nodes that a node supports, in the order of its supports.
   *
   * @param nodeId a node id
   * @return an unmodifiable list
   * @throws IllegalArgumentException if there is no such node
   */
  public List<Node> supported(String nodeId) {
    return ends(outgoing(nodeId, RelationType.SUPPORT), false);
  }

  /**
   * Returns the nodes that a node attacks, in the order of its attacks.
   *
   * @param nodeId a node id
   * @return an unmodifiable list
   * @throws IllegalArgumentException if there is no such node
   */
  public List<Node> attacked(String nodeId) {
    return ends(outgoing(nodeId, RelationType.ATTACK), false);
  }

  /**
   * Returns an unmodifiable JGraphT view of this graph, for running JGraphT's algorithms.
   *
   * <p>Vertices are the nodes and edges the relations, in graph order; a support and an attack
   * between the same pair are two edges, and self-relations are loops. The view is built on first
   * use and then shared.
   *
   * @return an unmodifiable directed pseudograph
   */
  public Graph<Node, Relation> asGraph() {
    return jgraphtView.get();
  }

  private Graph<Node, Relation> buildJgraphtView() {
    DirectedPseudograph<Node, Relation> g = new DirectedPseudograph<>(null, null, false);
    nodes.forEach(g::addVertex);
    for (Relation r : relations) {
      g.addEdge(nodes.get(indexOf.get(r.from())), nodes.get(indexOf.get(r.to())), r);
    }
    return new AsUnmodifiableGraph<>(g);
  }

  private int position(String nodeId) {
    int i = indexOf.get(requireNonNull(nodeId, "nodeId"));
    checkArgument(i >= 0, "unknown node \"%s\"; the graph has no node with that id", nodeId);
    return i;
  }

  private List<Relation> relationsAt(GraphIndex.Adjacency adj, int node) {
    int start = adj.start(node);
    int size = adj.end(node) - start;
    int[] rels = adj.relations();
    return new AbstractList<Relation>() {
      @Override
      public Relation get(int i) {
        Objects.checkIndex(i, size);
        return relations.get(rels[start + i]);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  private List<Node> ends(List<Relation> rels, boolean sources) {
    ImmutableList.Builder<Node> out = ImmutableList.builderWithExpectedSize(rels.size());
    for (Relation r : rels) {
      out.add(nodes.get(indexOf.get(sources ? r.from() : r.to())));
    }
    return out.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ArgumentGraph g)) {
      return false;
    }
    return hashCode() == g.hashCode()
        && Objects.equals(id, g.id)
        && Objects.equals(title, g.title)
        && metadata.equals(g.metadata)
        && nodes.equals(g.nodes)
        && relations.equals(g.relations);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Objects.hash(id, title, metadata, nodes, relations);
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("ArgumentGraph")
        .omitNullValues()
        .add("id", id)
        .add("title", title)
        .add("nodes", nodes.size())
        .add("relations", relations.size())
        .toString();
  }

  /**
   * Builds an {@link ArgumentGraph}; refuses at once, with a message naming the ids and the fix,
   * what can never make sense. {@link #build()} may be called more than once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String title;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    // Nodes and relations in insertion order, and the numbered form the graph's index is built
    // from: node positions by id, the two ends and the type of each relation, and the set of
    // (from, to, type) triples packed into longs to refuse duplicates. This costs a fraction of a
    // map entry per relation, which matters for graphs of millions of relations. Each node's kind
    // and the hash of its normalised text are taken as it is added, while it is in the cache: the
    // checks read them from the index, not from a million nodes scattered over the heap.
    private final List<Node> nodes = new ArrayList<>();
    private String[] nodeIds = new String[16]; // the id of each node, by position
    private byte[] kinds = new byte[16]; // each node's GraphIndex.kindCode
    private int[] textHashes = new int[16]; // each node's NormalisedText.normalisedHash
    private final IdPositions positions = new IdPositions(16);
    private final List<Relation> relations = new ArrayList<>();
    private int[] from = new int[16];
    private int[] to = new int[16];
    private boolean[] attack = new boolean[16];
    private LongHashSet keys = new LongHashSet(16);

    private Builder() {}

    /**
     * Sets the graph's id.
     *
     * @param id an id of the same form as node ids, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the id is invalid
     */
    @CanIgnoreReturnValue
    public Builder id(@Nullable String id) {
      this.id = id == null ? null : Ids.checkId("graph", id);
      return this;
    }

    /**
     * Sets the graph's title.
     *
     * @param title a title, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the title is blank
     */
    @CanIgnoreReturnValue
    public Builder title(@Nullable String title) {
      this.title =
          title == null
              ? null
              : Ids.checkNotBlank(title, "graph title is blank; omit it or name it");
      return this;
    }

    /**
     * Sets a metadata entry, replacing any earlier value of the key.
     *
     * @param key the entry's name
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException if the key is blank
     */
    @CanIgnoreReturnValue
    public Builder metadata(String key, String value) {
      requireNonNull(key, "key");
      requireNonNull(value, "value");
      Ids.checkNotBlank(key, "metadata key is blank; name the entry");
      metadata.put(key, value);
      return this;
    }

    /**
     * Adds a node.
     *
     * @param node the node
     * @return this builder
     * @throws IllegalArgumentException if a node with the same id is already present
     */
    @CanIgnoreReturnValue
    public Builder node(Node node) {
      requireNonNull(node, "node");
      return node(
          node, GraphIndex.kindCode(node.kind()), NormalisedText.normalisedHash(node.text()));
    }

    /** Adds a node whose kind code and text hash are known already. */
    @CanIgnoreReturnValue
    private Builder node(Node node, byte kind, int textHash) {
      int taken = positions.putIfAbsent(node.id(), nodes.size());
      checkArgument(
          taken < 0,
          "duplicate node id \"%s\": each node needs its own id; rename one of them",
          node.id());
      int n = nodes.size();
      if (n == nodeIds.length) {
        nodeIds = Arrays.copyOf(nodeIds, 2 * n);
        kinds = Arrays.copyOf(kinds, 2 * n);
        textHashes = Arrays.copyOf(textHashes, 2 * n);
      }
      nodeIds[n] = node.id();
      kinds[n] = kind;
      textHashes[n] = textHash;
      nodes.add(node);
      return this;
    }

    /**
     * Adds a premise with only an id and a text.
     *
     * @param id the node's id
     * @param text its statement
     * @return this builder
     * @throws IllegalArgumentException if the id is invalid or taken, or the text blank
     */
    @CanIgnoreReturnValue
    public Builder premise(String id, String text) {
      return node(Node.of(id, NodeKind.PREMISE, text));
    }

    /**
     * Adds a problem with only an id and a text.
     *
     * @param id the node's id
     * @param text its statement
     * @return this builder
     * @throws IllegalArgumentException if the id is invalid or taken, or the text blank
     */
    @CanIgnoreReturnValue
    public Builder problem(String id, String text) {
      return node(Node.of(id, NodeKind.PROBLEM, text));
    }

    /**
     * Adds a recommendation with only an id and a text.
     *
     * @param id the node's id
     * @param text its statement
     * @return this builder
     * @throws IllegalArgumentException if the id is invalid or taken, or the text blank
     */
    @CanIgnoreReturnValue
    public Builder recommendation(String id, String text) {
      return node(Node.of(id, NodeKind.RECOMMENDATION, text));
    }

    /**
     * Adds a relation between nodes already added.
     *
     * @param relation the relation
     * @return this builder
     * @throws IllegalArgumentException if an end is not a node of this builder, or the graph
     *     already has a relation with the same ends and type
     */
    @CanIgnoreReturnValue
    public Builder relation(Relation relation) {
      requireNonNull(relation, "relation");
      int sourceSlot = positions.find(relation.from());
      int targetSlot = positions.find(relation.to());
      checkArgument(
          sourceSlot >= 0,
          "relation %s: unknown node \"%s\"; add it first",
          relation,
          relation.from());
      checkArgument(
          targetSlot >= 0,
          "relation %s: unknown node \"%s\"; add it first",
          relation,
          relation.to());
      int source = positions.position(sourceSlot);
      int target = positions.position(targetSlot);
      add(source, target, relation.type(), relation);
      relations.add(canonical(relation, positions.id(sourceSlot), positions.id(targetSlot)));
      return this;
    }

    /**
     * Adds a relation without a note between the nodes at two positions, in the order the nodes
     * were added (0 for the first, as in {@link ArgumentGraph#nodes()}), with no look-up by id: for
     * code that numbers the nodes as it adds them, such as a reader that has already matched a
     * relation's ends with the nodes it read. The result is that of {@link #relation(Relation)}
     * with a relation between those nodes' ids, and so is the message of a refused duplicate.
     *
     * @param fromPosition the position of the source node
     * @param toPosition the position of the target node
     * @param type support or attack
     * @return this builder
     * @throws IndexOutOfBoundsException if a position is not that of a node of this builder
     * @throws IllegalArgumentException if the graph already has a relation with the same ends and
     *     type
     */
    @CanIgnoreReturnValue
    public Builder relation(int fromPosition, int toPosition, RelationType type) {
      requireNonNull(type, "type");
      int n = nodes.size();
      checkElementIndex(fromPosition, n, "fromPosition");
      checkElementIndex(toPosition, n, "toPosition");
      String fromId = nodeIds[fromPosition];
      String toId = nodeIds[toPosition];
      add(fromPosition, toPosition, type, null);
      relations.add(Relation.of(fromId, toId, type));
      return this;
    }

    /**
     * Refuses a duplicate, then numbers the relation; the caller then adds the relation itself.
     *
     * @param relation the relation for the message, or null to make it from the ends' ids
     */
    private void add(int source, int target, RelationType type, @Nullable Relation relation) {
      boolean isAttack = type == RelationType.ATTACK;
      // Positions are below 2^31: from in bits 32-62, to in bits 1-31, the type in bit 0.
      long key = (long) source << 32 | (long) target << 1 | (isAttack ? 1 : 0);
      if (!keys.add(key)) {
        Relation r =
            relation != null ? relation : Relation.of(nodeIds[source], nodeIds[target], type);
        throw new IllegalArgumentException(
            "duplicate relation " + r + ": the graph already has it; add each relation once");
      }
      int r = relations.size();
      if (r == from.length) {
        from = Arrays.copyOf(from, 2 * r);
        to = Arrays.copyOf(to, 2 * r);
        attack = Arrays.copyOf(attack, 2 * r);
      }
      from[r] = source;
      to[r] = target;
      attack[r] = isAttack;
    }

    /** Shares the nodes' id strings, so that a million relations do not hold a million copies. */
    @SuppressWarnings("ReferenceEquality") // identity is the point: equal strings are not enough
    private static Relation canonical(Relation r, String fromId, String toId) {
      if (r.from() == fromId && r.to() == toId) {
        return r;
      }
      return Relation.of(fromId, toId, r.type()).withNote(r.note().orElse(null));
    }

    /**
     * Adds a support.
     *
     * @param from the supporting node's id
     * @param to the supported node's id
     * @return this builder
     * @throws IllegalArgumentException as {@link #relation(Relation)}
     */
    @CanIgnoreReturnValue
    public Builder supports(String from, String to) {
      return relation(Relation.support(from, to));
    }

    /**
     * Adds an attack.
     *
     * @param from the attacking node's id
     * @param to the attacked node's id
     * @return this builder
     * @throws IllegalArgumentException as {@link #relation(Relation)}
     */
    @CanIgnoreReturnValue
    public Builder attacks(String from, String to) {
      return relation(Relation.attack(from, to));
    }

    /**
     * Removes a node and every relation that touches it.
     *
     * @param nodeId the node's id
     * @return this builder
     * @throws IllegalArgumentException if there is no such node
     */
    @CanIgnoreReturnValue
    public Builder removeNode(String nodeId) {
      requireNonNull(nodeId, "nodeId");
      checkArgument(positions.get(nodeId) >= 0, "unknown node \"%s\"; nothing to remove", nodeId);
      List<Node> keptNodes = new ArrayList<>(nodes);
      keptNodes.removeIf(n -> n.id().equals(nodeId));
      List<Relation> keptRelations = new ArrayList<>(relations);
      keptRelations.removeIf(r -> r.from().equals(nodeId) || r.to().equals(nodeId));
      reset(keptNodes, keptRelations);
      return this;
    }

    /**
     * Removes the relation with the same ends and type as the given one.
     *
     * @param relation the relation to remove (its note is ignored)
     * @return this builder
     * @throws IllegalArgumentException if there is no such relation
     */
    @CanIgnoreReturnValue
    public Builder removeRelation(Relation relation) {
      requireNonNull(relation, "relation");
      List<Relation> kept = new ArrayList<>(relations);
      checkArgument(
          kept.removeIf(r -> r.sameEnds(relation)),
          "unknown relation %s; nothing to remove",
          relation);
      reset(new ArrayList<>(nodes), kept);
      return this;
    }

    /** Renumbers from scratch: removal is rare, and this keeps adding cheap. */
    private void reset(List<Node> keptNodes, List<Relation> keptRelations) {
      nodes.clear();
      positions.clear();
      relations.clear();
      keys = new LongHashSet(keptRelations.size());
      addAll(keptNodes, keptRelations);
    }

    private void addAll(List<Node> newNodes, List<Relation> newRelations) {
      newNodes.forEach(this::node);
      newRelations.forEach(this::relation);
    }

    /**
     * Tells whether a node with the id has been added.
     *
     * @param nodeId a node id
     * @return true if present
     */
    public boolean containsNode(String nodeId) {
      return positions.get(requireNonNull(nodeId, "nodeId")) >= 0;
    }

    /**
     * Builds the graph.
     *
     * @return a new immutable graph
     */
    public ArgumentGraph build() {
      return new ArgumentGraph(this);
    }
  }
}
