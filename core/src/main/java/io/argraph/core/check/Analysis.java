package io.argraph.core.check;

import io.argraph.core.internal.EvidentialLabels;
import io.argraph.core.internal.GraphIndex;
import io.argraph.core.internal.NormalisedText;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.RelationType;
import io.argraph.core.semantics.Explainer;
import io.argraph.core.semantics.Label;
import io.argraph.core.semantics.SupportReading;
import org.jspecify.annotations.Nullable;

/**
 * The facts about one graph that several built-in checks share, each computed at most once per run
 * and in time linear in nodes plus relations.
 *
 * <p>Not thread-safe: one run of {@link Checks} creates and uses one analysis.
 */
final class Analysis {
  private final ArgumentGraph graph;
  private final SupportReading reading;
  private final GraphIndex index;
  private final GraphIndex.Adjacency outSupport;
  private final GraphIndex.Adjacency inSupport;
  private final GraphIndex.Adjacency outAttack;
  private final GraphIndex.Adjacency inAttack;

  /** The {@link #rank(int)} of a premise. */
  static final byte PREMISE_RANK = GraphIndex.PREMISE;

  /** The {@link #rank(int)} of a problem. */
  static final byte PROBLEM_RANK = GraphIndex.PROBLEM;

  /** The {@link #rank(int)} of a recommendation. */
  static final byte RECOMMENDATION_RANK = GraphIndex.RECOMMENDATION;

  /** The least mean length of the runs of one kind for which {@link #byRank} branches on kinds. */
  private static final int RUN = 64;

  /** The kinds by rank. */
  private static final NodeKind[] KINDS = {
    NodeKind.PREMISE, NodeKind.PROBLEM, NodeKind.RECOMMENDATION
  };

  /**
   * Each node's rank: its kind in one byte, so that a pass over many nodes reads little. The ranks
   * are the graph index's {@link GraphIndex#kinds()}, shared with it and never changed.
   */
  private final byte[] ranks;

  /** The nodes of each kind in graph order, by rank; made on first use (see {@link #nodesOf}). */
  private int @Nullable [][] byRank;

  private boolean @Nullable [] grounded;
  private boolean @Nullable [] reachableFromProblem;
  private boolean @Nullable [] reachesRecommendation;
  private @Nullable SupportOrder supportOrder;
  private @Nullable SupportComponents components;
  private @Nullable RelationFlaws relationFlaws;
  private @Nullable Explainer explainer;
  private @Nullable EvidentialLabels evidentialLabels;

  Analysis(ArgumentGraph graph) {
    this(graph, SupportReading.EVIDENTIAL);
  }

  /** Reads the graph for the checks: its index, which holds every node's kind and text hash. */
  Analysis(ArgumentGraph graph, SupportReading reading) {
    this.graph = graph;
    this.reading = reading;
    this.index = GraphIndex.of(graph);
    this.outSupport = index.outgoing(RelationType.SUPPORT);
    this.inSupport = index.incoming(RelationType.SUPPORT);
    this.outAttack = index.outgoing(RelationType.ATTACK);
    this.inAttack = index.incoming(RelationType.ATTACK);
    this.ranks = index.kinds();
  }

  ArgumentGraph graph() {
    return graph;
  }

  /**
   * Each node's {@link NormalisedText#normalisedHash} of its text, by position, as the graph's
   * builder took it.
   *
   * @return the hashes; callers must not change the array
   */
  int[] textHashes() {
    return index.textHashes();
  }

  /** The reading of support the semantic checks label the graph under. */
  SupportReading reading() {
    return reading;
  }

  GraphIndex index() {
    return index;
  }

  int nodeCount() {
    return ranks.length;
  }

  NodeKind kind(int node) {
    return KINDS[ranks[node]];
  }

  /**
   * The place of the node's kind in an argument: 0 for a premise, 1 for a problem, 2 for a
   * recommendation; one byte per node, so that a pass over many relations reads little.
   */
  int rank(int node) {
    return ranks[node];
  }

  /**
   * The nodes of a kind, in graph order, so that a check of one kind's nodes walks only those nodes
   * and does not test every node's kind: with the kinds in no order, that test is a branch the
   * processor cannot predict.
   *
   * @return the positions of the kind's nodes, ascending; callers must not change the array
   */
  int[] nodesOf(NodeKind kind) {
    int[][] lists = byRank;
    if (lists == null) {
      lists = byRank(ranks);
      byRank = lists;
    }
    return lists[GraphIndex.kindCode(kind)];
  }

  /**
   * The nodes of each rank, in graph order.
   *
   * <p>The ranks are counted in locals: counted in an array indexed by rank, each node of a run of
   * one kind waited for the count the node before it had just stored. Kinds mostly come in runs (a
   * brief's premises, then its problems, …); then the list a node joins is a branch the processor
   * predicts, and the lists' ends stay in registers too. With the kinds in no order that branch
   * would be mispredicted, so such a graph fills its lists through an array of their ends. (Writing
   * each node at the ends of all three lists, to move only its own list's end, was slower both
   * ways.)
   */
  private static int[][] byRank(byte[] ranks) {
    int n = ranks.length;
    int premises = 0;
    int problems = 0;
    int changes = 0; // places where the rank differs from the one before
    int previous = PREMISE_RANK;
    for (byte r : ranks) {
      premises += r == PREMISE_RANK ? 1 : 0;
      problems += r == PROBLEM_RANK ? 1 : 0;
      changes += r != previous ? 1 : 0;
      previous = r;
    }
    int[] premiseList = new int[premises];
    int[] problemList = new int[problems];
    int[] recommendationList = new int[n - premises - problems];
    if (changes <= n / RUN) {
      int p = 0;
      int q = 0;
      int r = 0;
      for (int v = 0; v < n; v++) {
        int rank = ranks[v];
        if (rank == PREMISE_RANK) {
          premiseList[p++] = v;
        } else if (rank == PROBLEM_RANK) {
          problemList[q++] = v;
        } else {
          recommendationList[r++] = v;
        }
      }
    } else {
      int[][] lists = {premiseList, problemList, recommendationList};
      int[] next = new int[lists.length];
      for (int v = 0; v < n; v++) {
        int rank = ranks[v];
        lists[rank][next[rank]++] = v;
      }
    }
    return new int[][] {premiseList, problemList, recommendationList};
  }

  Node node(int node) {
    return graph.nodes().get(node);
  }

  String id(int node) {
    return graph.nodes().get(node).id();
  }

  /** True if the node is neither the source nor the target of any relation. */
  boolean isIsolated(int node) {
    return outSupport.degree(node) == 0
        && inSupport.degree(node) == 0
        && outAttack.degree(node) == 0
        && inAttack.degree(node) == 0;
  }

  /**
   * How many entries the nodes before {@code node} have in the four adjacencies (outgoing and
   * incoming supports and attacks), for {@code 0 <= node <= nodeCount()}. Each adjacency's starts
   * only grow, so a node is {@linkplain #isIsolated isolated} exactly when this count is the same
   * for it and for the next node: a pass over every node reads four starts per node and tests once,
   * where {@link #isIsolated} reads eight and tests up to four times.
   */
  int entriesBefore(int node) {
    return outSupport.start(node)
        + inSupport.start(node)
        + outAttack.start(node)
        + inAttack.start(node);
  }

  /** True if some relation, of any type, starts at the node. */
  boolean hasOutgoing(int node) {
    return outSupport.degree(node) > 0 || outAttack.degree(node) > 0;
  }

  /** True if the node has at least one supporter, of any kind. */
  boolean hasSupporter(int node) {
    return inSupport.degree(node) > 0;
  }

  /**
   * True if the node is grounded: a premise, or supported by a grounded node. This is the least
   * such set, so support that only goes round in a cycle grounds nothing.
   */
  boolean isGrounded(int node) {
    boolean[] g = grounded;
    if (g == null) {
      SupportOrder order = supportOrder();
      if (order.isComplete()) {
        return order.isGrounded(node);
      }
      g = groundedBySearch();
      grounded = g;
    }
    return g[node];
  }

  /**
   * The cascade rule for checks that judge a recommendation's standing: they fire only on a
   * recommendation that is neither {@code unsupported-recommendation} nor {@code
   * ungrounded-recommendation}, so that a report does not repeat one flaw under several codes.
   */
  boolean isSupportedAndGrounded(int node) {
    return hasSupporter(node) && isGrounded(node);
  }

  /** True if a path of one or more supports leads from some problem to the node. */
  boolean isReachableFromProblem(int node) {
    boolean[] r = reachableFromProblem;
    if (r == null) {
      SupportOrder order = supportOrder();
      if (order.isComplete()) {
        return order.isReachableFromProblem(node);
      }
      r = reachableFromProblemBySearch();
      reachableFromProblem = r;
    }
    return r[node];
  }

  /** True if a path of one or more supports leads from the node to some recommendation. */
  boolean reachesRecommendation(int node) {
    boolean[] r = reachesRecommendation;
    if (r == null) {
      SupportOrder order = supportOrder();
      r = order.isComplete() ? reachesRecommendation(order) : reachesRecommendationBySearch();
      reachesRecommendation = r;
    }
    return r[node];
  }

  /** The strongly connected sets of the support relations. */
  SupportComponents supportComponents() {
    SupportComponents c = components;
    if (c == null) {
      c = SupportComponents.of(index, supportOrder());
      components = c;
    }
    return c;
  }

  /**
   * The relations that the relation checks report, found in one pass over the outgoing attacks and
   * supports that all of them share.
   */
  RelationFlaws relationFlaws() {
    RelationFlaws f = relationFlaws;
    if (f == null) {
      // When the kinds come in rank order and every support leads to a later node, no support
      // leads to a node of lower rank. The support order finds out the second in its pass in
      // graph order; it is asked only if made already (the standard checks make it first), so that
      // the relation checks alone do not pay for it.
      SupportOrder order = supportOrder;
      boolean noneInverted = order != null && order.isInGraphOrder() && ranksAscend();
      f = RelationFlaws.of(index, ranks, noneInverted);
      relationFlaws = f;
    }
    return f;
  }

  /** True if no node's rank is lower than the rank of a node before it. */
  private boolean ranksAscend() {
    int descents = 0;
    for (int v = 1; v < ranks.length; v++) {
      descents += ranks[v] < ranks[v - 1] ? 1 : 0;
    }
    return descents == 0;
  }

  /** The topological order of the supports, with the facts found along it. */
  SupportOrder supportOrder() {
    SupportOrder o = supportOrder;
    if (o == null) {
      o = SupportOrder.of(index, ranks);
      supportOrder = o;
    }
    return o;
  }

  /**
   * Which nodes reach a recommendation along one or more supports, when the supports are acyclic:
   * in reverse topological order every node's targets are settled before the node. A second array
   * marks the nodes that end such a path, recommendations and the nodes that reach one, so that
   * each support's target is tested with one read rather than two.
   */
  private boolean[] reachesRecommendation(SupportOrder order) {
    int n = ranks.length;
    boolean[] reaches = new boolean[n];
    boolean[] ends = new boolean[n];
    for (int v = 0; v < n; v++) {
      ends[v] = ranks[v] == RECOMMENDATION_RANK;
    }
    int[] targets = outSupport.nodes();
    for (int k = order.peeled() - 1; k >= 0; k--) {
      int v = order.node(k);
      for (int i = outSupport.start(v), end = outSupport.end(v); i < end; i++) {
        if (ends[targets[i]]) {
          reaches[v] = true;
          ends[v] = true;
          break;
        }
      }
    }
    return reaches;
  }

  /**
   * The explainer of the graph's grounded labelling under the reading, labelled once per run and
   * shared by the semantic checks.
   */
  Explainer explainer() {
    Explainer e = explainer;
    if (e == null) {
      e = Explainer.of(graph, reading);
      explainer = e;
    }
    return e;
  }

  /**
   * The label of a node in the grounded labelling of the graph under the reading, labelled once per
   * run: under {@link SupportReading#EVIDENTIAL} by the evidential labelling itself, on the kinds
   * this analysis has read already, else by {@link #explainer()}.
   */
  Label label(int node) {
    if (reading != SupportReading.EVIDENTIAL) {
      return explainer().labelling().label(node);
    }
    EvidentialLabels l = evidentialLabels;
    if (l == null) {
      l = EvidentialLabels.of(index);
      evidentialLabels = l;
    }
    return switch (l.label(node)) {
      case EvidentialLabels.IN -> Label.IN;
      case EvidentialLabels.OUT -> Label.OUT;
      default -> Label.UNDEC;
    };
  }

  /** {@link #isReachableFromProblem} for every node, by searching the graph. */
  boolean[] reachableFromProblemBySearch() {
    return reachAlongSupports(NodeKind.PROBLEM, outSupport);
  }

  /** {@link #reachesRecommendation} for every node, by searching the graph. */
  boolean[] reachesRecommendationBySearch() {
    return reachAlongSupports(NodeKind.RECOMMENDATION, inSupport);
  }

  /** Multi-source breadth-first search from every premise, forwards along supports. */
  boolean[] groundedBySearch() {
    int n = ranks.length;
    boolean[] g = new boolean[n];
    int[] queue = new int[n];
    int tail = 0;
    for (int v : nodesOf(NodeKind.PREMISE)) {
      g[v] = true;
      queue[tail++] = v;
    }
    int[] targets = outSupport.nodes();
    for (int head = 0; head < tail; head++) {
      int u = queue[head];
      for (int i = outSupport.start(u), end = outSupport.end(u); i < end; i++) {
        int t = targets[i];
        if (!g[t]) {
          g[t] = true;
          queue[tail++] = t;
        }
      }
    }
    return g;
  }

  /**
   * Multi-source breadth-first search from every node of a kind along one or more supports, in the
   * direction the adjacency gives. A seed is marked only when a path of at least one support
   * reaches it; each node enters the queue at most once.
   */
  private boolean[] reachAlongSupports(NodeKind seedKind, GraphIndex.Adjacency adjacency) {
    int seed = GraphIndex.kindCode(seedKind);
    int n = ranks.length;
    boolean[] reached = new boolean[n];
    int[] queue = new int[n];
    int[] seeds = nodesOf(seedKind);
    System.arraycopy(seeds, 0, queue, 0, seeds.length);
    int tail = seeds.length;
    int[] ends = adjacency.nodes();
    for (int head = 0; head < tail; head++) {
      int u = queue[head];
      for (int i = adjacency.start(u), end = adjacency.end(u); i < end; i++) {
        int t = ends[i];
        if (!reached[t]) {
          reached[t] = true;
          if (ranks[t] != seed) { // seeds are queued already
            queue[tail++] = t;
          }
        }
      }
    }
    return reached;
  }
}
