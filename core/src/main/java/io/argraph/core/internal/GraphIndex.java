package io.argraph.core.internal;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.RelationType;
import java.util.function.Function;

/**
 * The numbered form of an {@link ArgumentGraph} that checks and semantics run on in linear time.
 *
 * <p>Nodes are numbered {@code 0..n-1} and relations {@code 0..m-1} in insertion order. For each
 * relation type there are two compressed adjacency lists (CSR): outgoing and incoming relation
 * numbers per node, each list in insertion order, and beside each relation number the node at its
 * other end, so that a traversal reads its neighbours without a look-up per relation. Together they
 * cost 24 bytes per relation plus 16 per node, on top of the graph's own objects.
 *
 * <p>Not exported from the module: the layout may change in any release.
 */
public final class GraphIndex {
  private static volatile Function<ArgumentGraph, GraphIndex> access;

  private final int nodeCount;
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
   * @param nodeCount the number of nodes
   * @param from the source node of each relation, in graph order
   * @param to the target node of each relation
   * @param attack whether each relation is an attack
   */
  public GraphIndex(int nodeCount, int[] from, int[] to, boolean[] attack) {
    this.nodeCount = nodeCount;
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
    return nodeCount;
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
