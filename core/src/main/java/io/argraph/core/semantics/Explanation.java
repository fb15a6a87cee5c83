package io.argraph.core.semantics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Why a node (or argument) has its label in a grounded labelling: under the {@link
 * SupportReading#EVIDENTIAL} reading of a graph, or the grounded semantics of a flattened graph or
 * any framework.
 *
 * <ul>
 *   <li>IN because every attacker is OUT ({@link #attackers()}, defeated by {@link #defenders()})
 *       and, under the evidential reading, a supporter that is IN carries it ({@link
 *       #supporters()});
 *   <li>OUT because an attacker is IN ({@link #attackers()}, with the attack and, if it is derived,
 *       its chain in {@link #attacks()}), or, under the evidential reading, because no supporter
 *       stands ({@link #supporters()}, all OUT, or none at all);
 *   <li>UNDEC because of an unresolved cycle ({@link #cycle()}): the nodes of the strongly
 *       connected set of undecided nodes that the subject is part of or depends on.
 * </ul>
 *
 * <pre>{@code
 * Explanation why = Explanation.evidential(graph, "r1");
 * System.out.println(why.toText());  // r1 is OUT: it is attacked by c2, which is IN.
 * }</pre>
 *
 * <p>Immutable; equality is by all fields. Lists come in graph (or framework) order; the attacker
 * named for an OUT label is the first IN one. Building an explanation labels the whole graph, which
 * takes linear time for the evidential reading and the flattening time otherwise.
 *
 * @since 0.1.0
 */
public final class Explanation {

  /**
   * The rule that gave the label.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** IN: every attacker is OUT (vacuously when there is none) and, if needed, a supporter IN. */
    ATTACKERS_OUT,
    /** OUT: an attacker is IN. */
    ATTACKER_IN,
    /** OUT, evidential reading only: not a premise, and every supporter is OUT or there is none. */
    NO_SUPPORTER_STANDS,
    /** UNDEC: the node is part of, or depends on, a cycle that the rules cannot resolve. */
    UNRESOLVED_CYCLE
  }

  private final String subject;
  private final Label label;
  private final Reason reason;
  private final SupportReading reading;
  private final ImmutableList<String> attackers;
  private final ImmutableList<Attack> attacks;
  private final ImmutableList<String> defenders;
  private final ImmutableList<String> supporters;
  private final ImmutableList<String> cycle;
  private final boolean premise;

  private Explanation(
      String subject,
      Label label,
      Reason reason,
      SupportReading reading,
      List<String> attackers,
      List<Attack> attacks,
      List<String> defenders,
      List<String> supporters,
      List<String> cycle,
      boolean premise) {
    this.subject = subject;
    this.label = label;
    this.reason = reason;
    this.reading = reading;
    this.attackers = ImmutableList.copyOf(attackers);
    this.attacks = ImmutableList.copyOf(attacks);
    this.defenders = ImmutableList.copyOf(defenders);
    this.supporters = ImmutableList.copyOf(supporters);
    this.cycle = ImmutableList.copyOf(cycle);
    this.premise = premise;
  }

  /**
   * Explains a node's label in the evidential grounded labelling of a graph.
   *
   * @param graph the graph
   * @param nodeId the node to explain
   * @return the explanation
   * @throws IllegalArgumentException if the graph has no such node
   */
  public static Explanation evidential(ArgumentGraph graph, String nodeId) {
    return of(graph, SupportReading.EVIDENTIAL, nodeId);
  }

  /**
   * Explains a node's label under a reading: the evidential grounded labelling for {@link
   * SupportReading#EVIDENTIAL}, otherwise the grounded labelling of the graph flattened under the
   * reading.
   *
   * @param graph the graph
   * @param reading the reading of support
   * @param nodeId the node to explain
   * @return the explanation
   * @throws IllegalArgumentException if the graph has no such node
   */
  public static Explanation of(ArgumentGraph graph, SupportReading reading, String nodeId) {
    requireNonNull(graph, "graph");
    requireNonNull(reading, "reading");
    requireNonNull(nodeId, "nodeId");
    checkArgument(
        graph.contains(nodeId), "unknown node \"%s\"; the graph has no node with that id", nodeId);
    return Explainer.of(graph, reading).explain(nodeId);
  }

  /**
   * Explains an argument's label in the grounded labelling of a framework.
   *
   * @param framework the framework
   * @param argument the argument to explain
   * @return the explanation
   * @throws IllegalArgumentException if the framework has no such argument
   */
  public static Explanation grounded(ArgumentationFramework framework, String argument) {
    requireNonNull(framework, "framework");
    return Explainer.of(framework).explain(argument);
  }

  static View view(ArgumentationFramework framework) {
    return new FrameworkView(framework);
  }

  static View view(ArgumentGraph graph) {
    return new EvidentialView(graph);
  }

  static Explanation explain(View v, int x) {
    byte[] labels = v.labels();
    String name = v.name(x);
    Label label = Labelling.decode(labels[x]);
    List<String> attackers = new ArrayList<>();
    List<Attack> attacks = new ArrayList<>();
    Set<String> defenders = new LinkedHashSet<>();
    List<String> supporters = new ArrayList<>();
    switch (label) {
      case IN -> {
        for (int y : v.attackers(x)) {
          attackers.add(v.name(y));
          attacks.add(v.attack(y, x));
          for (int d : v.attackers(y)) {
            if (labels[d] == Labelling.IN) {
              defenders.add(v.name(d));
              break;
            }
          }
        }
        if (v.evidential() && !v.premise(x)) {
          for (int s : v.supporters(x)) {
            if (labels[s] == Labelling.IN) {
              supporters.add(v.name(s));
              break;
            }
          }
        }
        return new Explanation(
            name,
            label,
            Reason.ATTACKERS_OUT,
            v.reading(),
            attackers,
            attacks,
            List.copyOf(defenders),
            supporters,
            List.of(),
            v.premise(x));
      }
      case OUT -> {
        for (int y : v.attackers(x)) {
          if (labels[y] == Labelling.IN) {
            return new Explanation(
                name,
                label,
                Reason.ATTACKER_IN,
                v.reading(),
                List.of(v.name(y)),
                List.of(v.attack(y, x)),
                List.of(),
                List.of(),
                List.of(),
                v.premise(x));
          }
        }
        for (int s : v.supporters(x)) {
          supporters.add(v.name(s));
        }
        return new Explanation(
            name,
            label,
            Reason.NO_SUPPORTER_STANDS,
            v.reading(),
            List.of(),
            List.of(),
            List.of(),
            supporters,
            List.of(),
            v.premise(x));
      }
      case UNDEC -> {
        return new Explanation(
            name,
            label,
            Reason.UNRESOLVED_CYCLE,
            v.reading(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Cycles.unresolved(v, x),
            v.premise(x));
      }
    }
    throw new AssertionError(label);
  }

  /**
   * Returns the id of the node (or the name of the argument) explained.
   *
   * @return the subject
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the label explained.
   *
   * @return the label
   */
  public Label label() {
    return label;
  }

  /**
   * Returns the rule that gave the label.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the reading the label was computed under; {@link SupportReading#NONE} for a framework
   * built directly.
   *
   * @return the reading
   */
  public SupportReading reading() {
    return reading;
  }

  /**
   * Returns the attackers that matter: for IN, every attacker (all OUT); for OUT by {@link
   * Reason#ATTACKER_IN}, the first attacker that is IN; otherwise none.
   *
   * @return names, in order
   */
  public List<String> attackers() {
    return attackers;
  }

  /**
   * Returns the attacks of {@link #attackers()} on the subject, in the same order, each with the
   * chain that produced it.
   *
   * @return the attacks
   */
  public List<Attack> attacks() {
    return attacks;
  }

  /**
   * Returns, for IN, the nodes that are IN and defeat the subject's attackers (the first such
   * attacker of each attacker, without repeats); otherwise none.
   *
   * @return names, in order
   */
  public List<String> defenders() {
    return defenders;
  }

  /**
   * Returns, under the evidential reading, the supporter that is IN and carries an IN subject that
   * is not a premise, or every supporter (all OUT) of a subject that is OUT by {@link
   * Reason#NO_SUPPORTER_STANDS}; otherwise none.
   *
   * @return names, in order
   */
  public List<String> supporters() {
    return supporters;
  }

  /**
   * Returns, for UNDEC, the strongly connected set of undecided nodes that the subject is part of
   * or depends on; otherwise none.
   *
   * @return names, in order
   */
  public List<String> cycle() {
    return cycle;
  }

  /**
   * Says why, in one or two sentences a reader of the brief understands.
   *
   * @return e.g. {@code b is OUT: it is attacked by a, which is IN.}
   */
  public String toText() {
    StringBuilder sb = new StringBuilder(subject).append(" is ").append(label).append(": ");
    Joiner comma = Joiner.on(", ");
    switch (reason) {
      case ATTACKERS_OUT -> {
        if (!supporters.isEmpty()) {
          sb.append("it is supported by ").append(supporters.get(0)).append(", which is IN, and ");
        } else if (premise && reading == SupportReading.EVIDENTIAL) {
          sb.append("it is a premise and ");
        }
        if (attackers.isEmpty()) {
          sb.append("nothing attacks it.");
        } else {
          sb.append("every attacker is OUT (").append(comma.join(attackers)).append(')');
          if (!defenders.isEmpty()) {
            sb.append(", defeated by ").append(comma.join(defenders));
          }
          sb.append('.');
          appendChains(sb);
        }
      }
      case ATTACKER_IN -> {
        sb.append("it is attacked by ").append(attackers.get(0)).append(", which is IN.");
        appendChains(sb);
      }
      case NO_SUPPORTER_STANDS -> {
        if (supporters.isEmpty()) {
          sb.append("nothing supports it.");
        } else {
          sb.append("every supporter is OUT (").append(comma.join(supporters)).append(").");
        }
      }
      case UNRESOLVED_CYCLE -> {
        sb.append(cycle.contains(subject) ? "it is part of" : "it depends on")
            .append(" an unresolved cycle: ")
            .append(comma.join(cycle))
            .append('.');
      }
    }
    return sb.toString();
  }

  private void appendChains(StringBuilder sb) {
    for (Attack a : attacks) {
      if (a.isDerived()) {
        sb.append(" Derived: ").append(a.describe()).append('.');
      }
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Explanation e
        && subject.equals(e.subject)
        && label == e.label
        && reason == e.reason
        && reading == e.reading
        && premise == e.premise
        && attackers.equals(e.attackers)
        && attacks.equals(e.attacks)
        && defenders.equals(e.defenders)
        && supporters.equals(e.supporters)
        && cycle.equals(e.cycle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        subject, label, reason, reading, premise, attackers, attacks, defenders, supporters, cycle);
  }

  /** Returns {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }

  /** What an explanation needs to know about the labelled structure, by number. */
  interface View {
    int size();

    int indexOf(String name);

    Labelling labelling();

    String name(int x);

    byte[] labels();

    int[] attackers(int x);

    int[] supporters(int x);

    boolean premise(int x);

    boolean evidential();

    SupportReading reading();

    Attack attack(int from, int to);
  }

  private static final class FrameworkView implements View {
    private final ArgumentationFramework af;
    private final byte[] labels;

    FrameworkView(ArgumentationFramework af) {
      this.af = af;
      this.labels = Solver.groundedLabels(af);
    }

    @Override
    public int size() {
      return af.argumentCount();
    }

    @Override
    public int indexOf(String name) {
      return af.position(name);
    }

    @Override
    public Labelling labelling() {
      return new Labelling(af.arguments(), af::indexOf, labels.clone());
    }

    @Override
    public String name(int x) {
      return af.name(x);
    }

    @Override
    public byte[] labels() {
      return labels;
    }

    @Override
    public int[] attackers(int x) {
      int[] out = new int[af.inEnd(x) - af.inStart(x)];
      for (int k = af.inStart(x); k < af.inEnd(x); k++) {
        out[k - af.inStart(x)] = af.inSource(k);
      }
      return out;
    }

    @Override
    public int[] supporters(int x) {
      return new int[0];
    }

    @Override
    public boolean premise(int x) {
      return false;
    }

    @Override
    public boolean evidential() {
      return false;
    }

    @Override
    public SupportReading reading() {
      return af.reading();
    }

    @Override
    public Attack attack(int from, int to) {
      for (int k = af.outStart(from); k < af.outEnd(from); k++) {
        if (af.outTarget(k) == to) {
          return af.attack(af.outAttack(k));
        }
      }
      throw new AssertionError("no attack " + from + " -> " + to);
    }
  }

  private static final class EvidentialView implements View {
    private final ArgumentGraph graph;
    private final GraphIndex index;
    private final byte[] labels;

    EvidentialView(ArgumentGraph graph) {
      this.graph = graph;
      this.index = GraphIndex.of(graph);
      this.labels = EvidentialLabelling.labels(graph);
    }

    @Override
    public int size() {
      return graph.nodeCount();
    }

    @Override
    public int indexOf(String name) {
      int i = graph.indexOf(name);
      checkArgument(i >= 0, "unknown node \"%s\"; the graph has no node with that id", name);
      return i;
    }

    @Override
    public Labelling labelling() {
      return Labelling.ofNodes(graph, labels.clone());
    }

    @Override
    public String name(int x) {
      return graph.nodes().get(x).id();
    }

    @Override
    public byte[] labels() {
      return labels;
    }

    private int[] sources(RelationType type, int x) {
      GraphIndex.Adjacency adj = index.incoming(type);
      return Arrays.copyOfRange(adj.nodes(), adj.start(x), adj.end(x));
    }

    @Override
    public int[] attackers(int x) {
      return sources(RelationType.ATTACK, x);
    }

    @Override
    public int[] supporters(int x) {
      return sources(RelationType.SUPPORT, x);
    }

    @Override
    public boolean premise(int x) {
      return index.kinds()[x] == GraphIndex.PREMISE;
    }

    @Override
    public boolean evidential() {
      return true;
    }

    @Override
    public SupportReading reading() {
      return SupportReading.EVIDENTIAL;
    }

    @Override
    public Attack attack(int from, int to) {
      Relation r = Relation.attack(name(from), name(to));
      return new Attack(r.from(), r.to(), AttackKind.DIRECT, List.of(r));
    }
  }

  /** Finds the unresolved cycle behind an undecided node. */
  static final class Cycles {
    private Cycles() {}

    /**
     * Returns, in order, the strongly connected set of undecided nodes containing {@code x} if it
     * lies on a cycle, or else the one nearest to it among those it depends on (its undecided
     * attackers and, under the evidential reading, supporters, transitively). One always exists:
     * every undecided node has an undecided attacker or supporter.
     */
    static List<String> unresolved(View v, int x) {
      byte[] labels = v.labels();
      // Undecided ancestors of x, breadth first, nearest first.
      int n = v.size();
      int[] order = new int[n];
      boolean[] seen = new boolean[n];
      int tail = 0;
      order[tail++] = x;
      seen[x] = true;
      for (int head = 0; head < tail; head++) {
        for (int p : predecessors(v, order[head])) {
          if (labels[p] == Labelling.UNDEC && !seen[p]) {
            seen[p] = true;
            order[tail++] = p;
          }
        }
      }
      int[] component = components(v, order, tail, seen);
      int[] size = new int[n];
      for (int k = 0; k < tail; k++) {
        size[component[order[k]]]++;
      }
      for (int k = 0; k < tail; k++) {
        int u = order[k];
        int c = component[u];
        if (size[c] > 1 || Arrays.stream(predecessors(v, u)).anyMatch(p -> p == u)) {
          boolean[] member = new boolean[n];
          for (int j = 0; j < tail; j++) {
            member[order[j]] = component[order[j]] == c;
          }
          ImmutableList.Builder<String> cycle = ImmutableList.builder();
          for (int y = 0; y < n; y++) {
            if (member[y]) {
              cycle.add(v.name(y));
            }
          }
          return cycle.build();
        }
      }
      throw new AssertionError("undecided node without an undecided cycle behind it: " + x);
    }

    private static int[] predecessors(View v, int x) {
      int[] attackers = v.attackers(x);
      int[] supporters = v.supporters(x);
      int[] both = Arrays.copyOf(attackers, attackers.length + supporters.length);
      System.arraycopy(supporters, 0, both, attackers.length, supporters.length);
      return both;
    }

    /**
     * Tarjan's strongly connected components of the predecessor graph induced on the {@code tail}
     * nodes of {@code order}, iteratively; returns a component number per node number.
     */
    private static int[] components(View v, int[] order, int tail, boolean[] inside) {
      int n = v.size();
      int[] index = new int[n];
      int[] low = new int[n];
      int[] component = new int[n];
      Arrays.fill(index, -1);
      boolean[] onStack = new boolean[n];
      int[] stack = new int[n];
      int top = 0;
      int counter = 0;
      int components = 0;
      int[][] edges = new int[n][];
      int[] callNode = new int[n];
      int[] callEdge = new int[n];
      for (int s = 0; s < tail; s++) {
        int root = order[s];
        if (index[root] >= 0) {
          continue;
        }
        int depth = 0;
        callNode[0] = root;
        callEdge[0] = 0;
        index[root] = low[root] = counter++;
        stack[top++] = root;
        onStack[root] = true;
        edges[root] = predecessors(v, root);
        while (depth >= 0) {
          int u = callNode[depth];
          if (callEdge[depth] < edges[u].length) {
            int w = edges[u][callEdge[depth]++];
            if (!inside[w]) {
              continue;
            }
            if (index[w] < 0) {
              index[w] = low[w] = counter++;
              stack[top++] = w;
              onStack[w] = true;
              edges[w] = predecessors(v, w);
              depth++;
              callNode[depth] = w;
              callEdge[depth] = 0;
            } else if (onStack[w]) {
              low[u] = Math.min(low[u], index[w]);
            }
          } else {
            if (low[u] == index[u]) {
              int w;
              do {
                w = stack[--top];
                onStack[w] = false;
                component[w] = components;
              } while (w != u);
              components++;
            }
            depth--;
            if (depth >= 0) {
              int parent = callNode[depth];
              low[parent] = Math.min(low[parent], low[u]);
            }
          }
        }
      }
      return component;
    }
  }
}
