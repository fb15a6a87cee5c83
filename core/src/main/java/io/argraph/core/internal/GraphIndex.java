package io.argraph.core.internal;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.RelationType;
import java.util.function.Function;

/**
 * The numbered form of an {@link ArgumentGraph} that checks and semantics run on in linear time.
 *
 * <p>Nodes are numbered {@code 0..n-1} and relations {@code 0..m-1} in insertion order. For each
 * relation type there are two compressed adjacency lists (CSR): outgoing and incoming relation
 * numbers per node, each list in insertion order, and beside each relation number the node at its
 * other end, so that a traversal reads its neighbours without a look-up per relation. Beside them,
 * one byte per node holds its kind and four the hash of its normalised text, so that a pass over
 * the nodes need not read them. Together they cost 24 bytes per relation plus 21 per node, on top
 * of the graph's own objects.
 *
 * <p>Not exported from the module: the layout may change in any release.
 */
public final class GraphIndex {
  /** The {@link #kinds()} code of a premise. */
  public static final byte PREMISE = 0;

  /** The {@link #kinds()} code of a problem. */
  public static final byte PROBLEM = 1;

  /** The {@link #kinds()} code of a recommendation. */
  public static final byte RECOMMENDATION = 2;

  private static volatile Function<ArgumentGraph, GraphIndex> access;

  private final byte[] kinds;
  private final int[] textHashes;
  private final int[] from;
  private final int[] to;
  private final boolean[] attack;
  private final Adjacency outSupport;
  private final Adjacency inSupport;
  private final Adjacency outAttack;
  private final Adjacency inAttack;

  /**
   * Builds the index of validated relations between numbered nodes; takes ownership of the arrays.
   *
   * @param kinds the {@link #kindCode} of each node's kind, in graph order; its length is the
   *     number of nodes
   * @param textHashes the {@link NormalisedText#normalisedHash} of each node's text
   * @param from the source node of each relation, in graph order
   * @param to the target node of each relation
   * @param attack whether each relation is an attack
   */
  public GraphIndex(byte[] kinds, int[] textHashes, int[] from, int[] to, boolean[] attack) {
    int nodeCount = kinds.length;
    this.kinds = kinds;
    this.textHashes = textHashes;
    this.from = from;
    this.to = to;
    this.attack = attack;
    this.outSupport = Adjacency.build(nodeCount, from, to, attack, false);
    this.inSupport = Adjacency.build(nodeCount, to, from, attack, false);
    this.outAttack = Adjacency.build(nodeCount, from, to, attack, true);
    this.inAttack = Adjacency.build(nodeCount, to, from, attack, true);
  }

  /**
   * Returns the index of a graph.
   *
   * @param graph the graph
   * @return its index, built once with the graph
   */
  public static GraphIndex of(ArgumentGraph graph) {
    return access.apply(graph);
  }

  /**
   * Lets {@link ArgumentGraph} hand out its index; called once from its static initialiser.
   *
   * @param accessor reads the index of a graph
   */
  public static void setAccess(Function<ArgumentGraph, GraphIndex> accessor) {
    access = accessor;
  }

  /**
   * Returns the number of nodes.
   *
   * @return n
   */
  public int nodeCount() {
    return kinds.length;
  }

  /**
   * Returns the shared array of the nodes' kinds, one byte per node, so that a pass over many nodes
   * reads 1 MB per million nodes instead of the nodes themselves; never modify it.
   *
   * @return the {@link #kindCode} of each node's kind, by position
   */
  @SuppressWarnings("mutable") // shared on purpose: copying would defeat the index
  public byte[] kinds() {
    return kinds;
  }

  /**
   * Returns the code of a kind in {@link #kinds()}: the place of the kind in an argument, {@link
   * #PREMISE}, {@link #PROBLEM} or {@link #RECOMMENDATION}.
   *
   * @param kind a node kind
   * @return its code
   */
  public static byte kindCode(NodeKind kind) {
    return switch (kind) {
      case PREMISE -> PREMISE;
      case PROBLEM -> PROBLEM;
      case RECOMMENDATION -> RECOMMENDATION;
    };
  }

  /**
   * Returns the shared array of the nodes' text hashes, taken when each node was added to the
   * graph's builder; never modify it.
   *
   * @return the {@link NormalisedText#normalisedHash} of each node's text, by position
   */
  @SuppressWarnings("mutable") // shared on purpose: copying would defeat the index
  public int[] textHashes() {
    return textHashes;
  }

  /**
   * Returns the number of relations.
   *
   * @return m
   */
  public int relationCount() {
    return from.length;
  }

  /**
   * Returns the shared array of each relation's source node, in graph order; never modify it.
   *
   * @return node numbers, one per relation
   */
  @SuppressWarnings("mutable") // shared on purpose: copying would defeat the index
  public int[] sources() {
    return from;
  }

  /**
   * Returns the shared array of each relation's target node, in graph order; never modify it.
   *
   * @return node numbers, one per relation
   */
  @SuppressWarnings("mutable") // shared on purpose: copying would defeat the index
  public int[] targets() {
    return to;
  }

  /**
   * Returns the source node of a relation.
   *
   * @param relation a relation number
   * @return a node number
   */
  public int from(int relation) {
    return from[relation];
  }

  /**
   * Returns the target node of a relation.
   *
   * @param relation a relation number
   * @return a node number
   */
  public int to(int relation) {
    return to[relation];
  }

  /**
   * Tells whether a relation is an attack.
   *
   * @param relation a relation number
   * @return true for an attack, false for a support
   */
  public boolean isAttack(int relation) {
    return attack[relation];
  }

  /**
   * Returns the outgoing relations of a type, by node.
   *
   * @param type the relation type
   * @return the adjacency
   */
  public Adjacency outgoing(RelationType type) {
    return type == RelationType.SUPPORT ? outSupport : outAttack;
  }

  /**
   * Returns the incoming relations of a type, by node.
   *
   * @param type the relation type
   * @return the adjacency
   */
  public Adjacency incoming(RelationType type) {
    return type == RelationType.SUPPORT ? inSupport : inAttack;
  }

  /**
   * Relation numbers grouped by node in compressed sparse row form.
   *
   * <p>The relations of node {@code v} are {@code relations()[start(v)] .. relations()[end(v) -
   * 1]}, and {@code nodes()[i]} is the node at the other end of {@code relations()[i]}; read the
   * arrays directly in hot loops.
   */
  public static final class Adjacency {
    private final int[] offsets;
    private final int[] relations;
    private final int[] nodes;

    private Adjacency(int[] offsets, int[] relations, int[] nodes) {
      this.offsets = offsets;
      this.relations = relations;
      this.nodes = nodes;
    }

    static Adjacency build(
        int n, int[] endpoint, int[] otherEnd, boolean[] attack, boolean wantAttack) {
      int[] offsets = new int[n + 1];
      int count = 0;
      for (int r = 0; r < endpoint.length; r++) {
        if (attack[r] == wantAttack) {
          offsets[endpoint[r] + 1]++;
          count++;
        }
      }
      for (int v = 0; v < n; v++) {
        offsets[v + 1] += offsets[v];
      }
      int[] next = java.util.Arrays.copyOf(offsets, n);
      int[] relations = new int[count];
      int[] nodes = new int[count];
      for (int r = 0; r < endpoint.length; r++) {
        if (attack[r] == wantAttack) {
          int i = next[endpoint[r]]++;
          relations[i] = r;
          nodes[i] = otherEnd[r];
        }
      }
      return new Adjacency(offsets, relations, nodes);
    }

    /**
     * Returns the position of the first relation of a node.
     *
     * @param node a node number
     * @return an index into {@link #relations()}
     */
    public int start(int node) {
      return offsets[node];
    }

    /**
     * Returns the position just past the last relation of a node.
     *
     * @param node a node number
     * @return an index into {@link #relations()}
     */
    public int end(int node) {
      return offsets[node + 1];
    }

    /**
     * Returns how many relations a node has here.
     *
     * @param node a node number
     * @return the degree
     */
    public int degree(int node) {
      return offsets[node + 1] - offsets[node];
    }

    /**
     * Returns the shared array of offsets: a node's relations are at positions {@code
     * offsets()[node]} to {@code offsets()[node + 1] - 1} of {@link #relations()}; never modify it.
     *
     * @return the offsets, one per node and one past the last
     */
    @SuppressWarnings("mutable") // shared on purpose: copying would defeat the index
    public int[] offsets() {
      return offsets;
    }

    /**
     * Returns the shared array of relation numbers; never modify it.
     *
     * @return the relation numbers, grouped by node
     */
    @SuppressWarnings("mutable") // shared on purpose: copying would defeat the index
    public int[] relations() {
      return relations;
    }

    /**
     * Returns the shared array of the nodes at the other end of each relation of {@link
     * #relations()} (the target of an outgoing relation, the source of an incoming one); never
     * modify it.
     *
     * @return node numbers, parallel to {@link #relations()}
     */
    @SuppressWarnings("mutable") // shared on purpose: copying would defeat the index
    public int[] nodes() {
      return nodes;
    }
  }
}
