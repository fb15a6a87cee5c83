package io.argraph.core.semantics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import com.google.common.primitives.ImmutableIntArray;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.argraph.core.internal.GraphIndex;
import io.argraph.core.internal.LongHashSet;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A Dung argumentation framework: named arguments and an attack relation between them.
 *
 * <p>Arguments are numbered {@code 0..n-1} in the order they were added (for a graph: node order)
 * and attacks are kept once per ordered pair, in the order they were first added. Immutable and
 * safe to share between threads; the attack relation is stored as compressed adjacency arrays, so
 * the solvers of {@link Solver} run on it without boxing.
 *
 * <p>A framework is built directly with {@link #builder()} (for example from an ICCMA file) or
 * flattened from an {@link ArgumentGraph} with {@link #of(ArgumentGraph, SupportReading)}: every
 * node becomes an argument named by its id, every attack relation an attack, and the reading adds
 * derived attacks (see {@link SupportReading}). A derived attack that duplicates an attack already
 * present is dropped, so each pair keeps the first chain found: direct attacks first, then for each
 * attack relation in graph order the kinds in the order of {@link AttackKind}, each along shortest
 * support paths.
 *
 * <p>Cost of flattening: there are at most n² attacked pairs, so the derived-attack set is O(n²) in
 * the worst case (for example a long support chain whose every node is attacked). Deriving takes
 * O(a·(n + s)) time for a attack relations and s supports: one breadth-first search along supports
 * per attack relation and derived kind. Memory is proportional to what is derived: each attack kept
 * stores its kind, its base attack relation and a pointer into a tree of support steps shared by
 * all attacks of one search (one step per node a search reaches, that is, per derivation found
 * before duplicates are dropped), never a copied path. Under {@link SupportReading#NONE} nothing is
 * derived, and the framework shares the arrays of the graph's own index instead of copying them:
 * flattening then reads and allocates next to nothing when every relation is an attack, and one
 * array per attack or relation otherwise.
 *
 * <p>Equality is by value: the argument names in order and the set of attacked pairs; how attacks
 * were derived is not compared.
 *
 * @since 0.1.0
 */
public final class ArgumentationFramework {
  private static final int NO_STEP = -1;
  private static final ImmutableList<AttackKind> KINDS = ImmutableList.copyOf(AttackKind.values());

  /** The code of {@link AttackKind#DIRECT} in {@link #kinds}: its place in {@link #KINDS}. */
  private static final byte DIRECT_CODE = (byte) KINDS.indexOf(AttackKind.DIRECT);

  /**
   * The argument names in order; for a framework flattened from a graph, a view of its node ids.
   */
  private final List<String> names;

  /** Argument number by name, -1 if none: the graph's own look-up when flattened from a graph. */
  private final ToIntFunction<String> positions;

  private final int[] attackFrom;
  private final int[] attackTo;
  // Compressed adjacency: attack numbers by attacker (out) and by target (in).
  private final int[] outOffsets;
  private final int[] outAttacks;
  private final int[] inOffsets;
  private final int[] inAttacks;
  // The argument at the other end of each of those attacks, side by side with them: a search
  // reads its neighbours in order instead of looking each attack up at random.
  private final int[] outTargets;
  private final int[] inSources;

  private final SupportReading reading;
  private final @Nullable ArgumentGraph graph;
  // Provenance, only for a framework flattened from a graph: each attack's kind, base relation and
  // first support step. Under NONE every attack is a direct one and there are no steps (kinds and
  // steps null), and when every relation is an attack, attack k is relation k (baseRelation null).
  private final byte @Nullable [] kinds;
  private final int @Nullable [] baseRelation;
  private final int @Nullable [] firstStep;
  private final int @Nullable [] stepRelation;
  private final int @Nullable [] stepNext;
  private int hash;

  private ArgumentationFramework(
      List<String> names,
      int[] attackFrom,
      int[] attackTo,
      Grouping out,
      Grouping in,
      SupportReading reading,
      @Nullable ArgumentGraph graph,
      byte @Nullable [] kinds,
      int @Nullable [] baseRelation,
      int @Nullable [] firstStep,
      int @Nullable [] stepRelation,
      int @Nullable [] stepNext) {
    this.names = names;
    if (graph != null) {
      this.positions = graph::indexOf; // the names are the node ids, in graph order
    } else {
      ImmutableMap.Builder<String, Integer> byName =
          ImmutableMap.builderWithExpectedSize(names.size());
      for (int i = 0; i < names.size(); i++) {
        byName.put(names.get(i), i);
      }
      ImmutableMap<String, Integer> map = byName.buildOrThrow();
      this.positions = name -> map.getOrDefault(name, -1);
    }
    this.attackFrom = attackFrom;
    this.attackTo = attackTo;
    this.outOffsets = out.offsets;
    this.outAttacks = out.attacks;
    this.outTargets = out.ends;
    this.inOffsets = in.offsets;
    this.inAttacks = in.attacks;
    this.inSources = in.ends;
    this.reading = reading;
    this.graph = graph;
    this.kinds = kinds;
    this.baseRelation = baseRelation;
    this.firstStep = firstStep;
    this.stepRelation = stepRelation;
    this.stepNext = stepNext;
  }

  /**
   * The attacks grouped by one end (compressed adjacency): for each argument, its attack numbers in
   * attack order, from {@code attacks[offsets[v]]} to {@code attacks[offsets[v + 1] - 1]}, and side
   * by side with them the argument at each attack's other end.
   */
  private static final class Grouping {
    final int[] offsets;
    final int[] attacks;
    final int[] ends;

    private Grouping(int[] offsets, int[] attacks, int[] ends) {
      this.offsets = offsets;
      this.attacks = attacks;
      this.ends = ends;
    }

    /** Groups attacks by {@code endpoint}, {@code otherEnd} giving each one's other end. */
    static Grouping of(int[] endpoint, int[] otherEnd, int argumentCount) {
      int[] offsets = new int[argumentCount + 1];
      for (int e : endpoint) {
        offsets[e + 1]++;
      }
      for (int v = 0; v < argumentCount; v++) {
        offsets[v + 1] += offsets[v];
      }
      int[] next = Arrays.copyOf(offsets, argumentCount);
      int[] attacks = new int[endpoint.length];
      for (int a = 0; a < endpoint.length; a++) {
        attacks[next[endpoint[a]]++] = a;
      }
      int[] ends = new int[endpoint.length];
      for (int k = 0; k < attacks.length; k++) {
        ends[k] = otherEnd[attacks[k]];
      }
      return new Grouping(offsets, attacks, ends);
    }

    /**
     * The grouping a graph's index already holds for its attack relations, shared rather than
     * copied: the same arrays, since the index lists each node's relations in relation order too.
     *
     * @param attackOfRelation the attack number of each attack relation, or null if every relation
     *     is an attack (and attack {@code k} is relation {@code k})
     */
    static Grouping of(GraphIndex.Adjacency adjacency, int @Nullable [] attackOfRelation) {
      int[] relations = adjacency.relations();
      int[] attacks = relations;
      if (attackOfRelation != null) {
        attacks = new int[relations.length];
        for (int k = 0; k < relations.length; k++) {
          attacks[k] = attackOfRelation[relations[k]];
        }
      }
      return new Grouping(adjacency.offsets(), attacks, adjacency.nodes());
    }
  }

  /**
   * Starts an empty framework.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Flattens a graph into a framework under a reading of support.
   *
   * @param graph the graph; its nodes become the arguments, named by id, in graph order
   * @param reading how supports add attacks; not {@link SupportReading#EVIDENTIAL}
   * @return the framework with direct and derived attacks
   * @throws IllegalArgumentException if the reading is {@link SupportReading#EVIDENTIAL}
   */
  public static ArgumentationFramework of(ArgumentGraph graph, SupportReading reading) {
    requireNonNull(graph, "graph");
    requireNonNull(reading, "reading");
    checkArgument(
        reading.flattens(),
        "the %s reading is not a Dung framework; use EvidentialLabelling.of(graph) instead",
        reading.label());
    return reading == SupportReading.NONE ? direct(graph) : new Flattener(graph, reading).flatten();
  }

  /**
   * Returns the argument names in order.
   *
   * @return an unmodifiable list; argument {@code i} is at position {@code i}
   */
  public List<String> arguments() {
    return names;
  }

  /**
   * Returns the number of arguments.
   *
   * @return n
   */
  public int argumentCount() {
    return names.size();
  }

  /**
   * Returns the number of attacks, one per attacked pair.
   *
   * @return the attack count
   */
  public int attackCount() {
    return attackFrom.length;
  }

  /**
   * Tells whether an argument has a name.
   *
   * @param name an argument name
   * @return true if present
   */
  public boolean contains(String name) {
    return positions.applyAsInt(requireNonNull(name, "name")) >= 0;
  }

  /**
   * Returns the number of an argument.
   *
   * @param name an argument name
   * @return its position in {@link #arguments()}, or -1 if there is no such argument
   */
  public int indexOf(String name) {
    return positions.applyAsInt(requireNonNull(name, "name"));
  }

  /**
   * Returns the name of an argument.
   *
   * @param argument an argument number
   * @return its name
   * @throws IndexOutOfBoundsException if there is no such argument
   */
  public String name(int argument) {
    return names.get(argument);
  }

  /**
   * Returns the reading this framework was flattened under; {@link SupportReading#NONE} for one
   * built directly.
   *
   * @return the reading
   */
  public SupportReading reading() {
    return reading;
  }

  /**
   * Returns the graph this framework was flattened from, if any.
   *
   * @return the graph, or empty for a framework built directly
   */
  public Optional<ArgumentGraph> graph() {
    return Optional.ofNullable(graph);
  }

  /**
   * Returns all attacks in order, each with its chain; built on access, not stored.
   *
   * @return an unmodifiable list
   */
  public List<Attack> attacks() {
    return new AbstractList<Attack>() {
      @Override
      public Attack get(int i) {
        Objects.checkIndex(i, attackFrom.length);
        return attack(i);
      }

      @Override
      public int size() {
        return attackFrom.length;
      }
    };
  }

  /**
   * Returns the attack between two arguments, if there is one.
   *
   * @param attacker the attacking argument's name
   * @param target the attacked argument's name
   * @return the attack with its chain, or empty if the first does not attack the second
   * @throws IllegalArgumentException if either argument is unknown
   */
  public Optional<Attack> attack(String attacker, String target) {
    int a = position(attacker);
    int b = position(target);
    for (int k = outOffsets[a]; k < outOffsets[a + 1]; k++) {
      if (attackTo[outAttacks[k]] == b) {
        return Optional.of(attack(outAttacks[k]));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the attackers of an argument, in attack order.
   *
   * @param name the attacked argument's name
   * @return the names of its attackers
   * @throws IllegalArgumentException if the argument is unknown
   */
  public List<String> attackers(String name) {
    int v = position(name);
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (int k = inOffsets[v]; k < inOffsets[v + 1]; k++) {
      out.add(names.get(attackFrom[inAttacks[k]]));
    }
    return out.build();
  }

  /**
   * Returns the arguments an argument attacks, in attack order.
   *
   * @param name the attacking argument's name
   * @return the names of its targets
   * @throws IllegalArgumentException if the argument is unknown
   */
  public List<String> attacked(String name) {
    int v = position(name);
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (int k = outOffsets[v]; k < outOffsets[v + 1]; k++) {
      out.add(names.get(attackTo[outAttacks[k]]));
    }
    return out.build();
  }

  int position(String name) {
    int i = positions.applyAsInt(requireNonNull(name, "name"));
    checkArgument(i >= 0, "unknown argument \"%s\"; the framework has no such argument", name);
    return i;
  }

  // Index-level access for the solvers of this package.

  int attackFrom(int attack) {
    return attackFrom[attack];
  }

  int attackTo(int attack) {
    return attackTo[attack];
  }

  int inStart(int argument) {
    return inOffsets[argument];
  }

  int inEnd(int argument) {
    return inOffsets[argument + 1];
  }

  /** Returns the attack number at a position of the by-target grouping. */
  int inAttack(int k) {
    return inAttacks[k];
  }

  int outStart(int argument) {
    return outOffsets[argument];
  }

  int outEnd(int argument) {
    return outOffsets[argument + 1];
  }

  /** Returns the attack number at a position of the by-attacker grouping. */
  int outAttack(int k) {
    return outAttacks[k];
  }

  /** The target of {@code outAttack(k)}. */
  int outTarget(int k) {
    return outTargets[k];
  }

  /** The attacker of {@code inAttack(k)}. */
  int inSource(int k) {
    return inSources[k];
  }

  Attack attack(int i) {
    String from = names.get(attackFrom[i]);
    String to = names.get(attackTo[i]);
    if (graph == null) {
      return new Attack(from, to, AttackKind.DIRECT, List.of());
    }
    Relation base = graph.relations().get(baseRelation == null ? i : baseRelation[i]);
    if (kinds == null || firstStep == null) {
      return new Attack(from, to, AttackKind.DIRECT, List.of(base));
    }
    AttackKind kind = KINDS.get(kinds[i]);
    List<Relation> steps = new ArrayList<>();
    for (int s = firstStep[i]; s != NO_STEP; s = requireNonNull(stepNext)[s]) {
      steps.add(graph.relations().get(requireNonNull(stepRelation)[s]));
    }
    ImmutableList.Builder<Relation> chain = ImmutableList.builder();
    switch (kind) {
      case DIRECT -> chain.add(base);
      case SUPPORTED -> chain.addAll(steps).add(base);
      case MEDIATED -> chain.addAll(steps).add(base);
      case SECONDARY -> chain.add(base).addAll(ImmutableList.copyOf(steps).reverse());
      case EXTENDED -> chain.addAll(ImmutableList.copyOf(steps).reverse()).add(base);
    }
    return new Attack(from, to, kind, chain.build());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof ArgumentationFramework f
        && hashCode() == f.hashCode()
        && names.equals(f.names)
        && Arrays.equals(sortedPairs(), f.sortedPairs());
  }

  private long[] sortedPairs() {
    long[] pairs = new long[attackFrom.length];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = pair(attackFrom[i], attackTo[i]);
    }
    Arrays.sort(pairs);
    return pairs;
  }

  private static long pair(int from, int to) {
    return ((long) from << 32) | (to & 0xffffffffL);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 31 * names.hashCode() + Arrays.hashCode(sortedPairs());
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return "ArgumentationFramework{arguments="
        + names.size()
        + ", attacks="
        + attackFrom.length
        + ", reading="
        + reading.label()
        + "}";
  }

  /**
   * Builds an {@link ArgumentationFramework} directly; {@link #build()} may be called more than
   * once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final LinkedHashMap<String, Integer> arguments = new LinkedHashMap<>();
    private final LongHashSet pairs = new LongHashSet(16);
    private final ImmutableIntArray.Builder from = ImmutableIntArray.builder();
    private final ImmutableIntArray.Builder to = ImmutableIntArray.builder();

    private Builder() {}

    /**
     * Adds an argument.
     *
     * @param name its name, not blank
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or already taken
     */
    @CanIgnoreReturnValue
    public Builder argument(String name) {
      requireNonNull(name, "name");
      checkArgument(!name.isBlank(), "argument name is blank; name each argument");
      checkArgument(
          !arguments.containsKey(name),
          "duplicate argument \"%s\": each argument needs its own name",
          name);
      arguments.put(name, arguments.size());
      return this;
    }

    /**
     * Adds an attack between arguments already added; adding the same attack again has no effect.
     *
     * @param attacker the attacking argument's name
     * @param target the attacked argument's name
     * @return this builder
     * @throws IllegalArgumentException if either argument has not been added
     */
    @CanIgnoreReturnValue
    public Builder attack(String attacker, String target) {
      Integer a = arguments.get(requireNonNull(attacker, "attacker"));
      Integer b = arguments.get(requireNonNull(target, "target"));
      checkArgument(
          a != null,
          "attack %s -> %s: unknown argument \"%s\"; add it first",
          attacker,
          target,
          attacker);
      checkArgument(
          b != null,
          "attack %s -> %s: unknown argument \"%s\"; add it first",
          attacker,
          target,
          target);
      if (pairs.add(pair(a, b))) {
        from.add(a);
        to.add(b);
      }
      return this;
    }

    /**
     * Tells whether an argument has been added.
     *
     * @param name an argument name
     * @return true if present
     */
    public boolean containsArgument(String name) {
      return arguments.containsKey(name);
    }

    /**
     * Builds the framework.
     *
     * @return a new immutable framework
     */
    public ArgumentationFramework build() {
      int[] attackFrom = from.build().toArray();
      int[] attackTo = to.build().toArray();
      return new ArgumentationFramework(
          ImmutableList.copyOf(arguments.keySet()),
          attackFrom,
          attackTo,
          Grouping.of(attackFrom, attackTo, arguments.size()),
          Grouping.of(attackTo, attackFrom, arguments.size()),
          SupportReading.NONE,
          null,
          null,
          null,
          null,
          null,
          null);
    }
  }

  /**
   * Flattens a graph under {@link SupportReading#NONE}: its attack relations, in order, are the
   * attacks, and its index has grouped them by attacker and by target already, in relation order,
   * with the other end beside each; the framework shares those arrays. When every relation is an
   * attack, attack k is relation k and the index's ends are the attacks' own; otherwise each
   * attack's ends and relation are listed, and the groupings' relation numbers become attack
   * numbers.
   */
  private static ArgumentationFramework direct(ArgumentGraph graph) {
    GraphIndex index = GraphIndex.of(graph);
    GraphIndex.Adjacency out = index.outgoing(RelationType.ATTACK);
    GraphIndex.Adjacency in = index.incoming(RelationType.ATTACK);
    int m = index.relationCount();
    int count = out.relations().length;
    int[] attackFrom = index.sources();
    int[] attackTo = index.targets();
    int[] relationOf = null;
    int[] attackOfRelation = null;
    if (count < m) {
      attackFrom = new int[count];
      attackTo = new int[count];
      relationOf = new int[count];
      attackOfRelation = new int[m];
      int k = 0;
      for (int r = 0; r < m; r++) {
        if (index.isAttack(r)) {
          attackFrom[k] = index.from(r);
          attackTo[k] = index.to(r);
          relationOf[k] = r;
          attackOfRelation[r] = k++;
        }
      }
    }
    return new ArgumentationFramework(
        nodeIds(graph),
        attackFrom,
        attackTo,
        Grouping.of(out, attackOfRelation),
        Grouping.of(in, attackOfRelation),
        SupportReading.NONE,
        graph,
        null,
        relationOf,
        null,
        null,
        null);
  }

  /**
   * The node ids as they are asked for: copying them would read every node, scattered over the heap
   * (about 40 ms at 10^6 nodes, more than the rest of flattening under NONE), for names most
   * callers never ask for, and those who do read one node per name either way.
   */
  private static List<String> nodeIds(ArgumentGraph graph) {
    return Lists.transform(graph.nodes(), Node::id);
  }

  /** Adds the derived attacks of one reading to a graph's attack relations. */
  private static final class Flattener {
    private final ArgumentGraph graph;
    private final SupportReading reading;
    private final GraphIndex index;
    private final int n;
    // The attacked pairs so far, to add each pair once.
    private final LongHashSet pairs;
    // One entry per attack, in order, the first count of each array: sized for the direct attacks.
    private int[] from;
    private int[] to;
    private byte[] kinds;
    private int[] base;
    private int[] first;
    private int count;
    private final ImmutableIntArray.Builder stepRelation = ImmutableIntArray.builder();
    private final ImmutableIntArray.Builder stepNext = ImmutableIntArray.builder();
    private int steps;
    // Breadth-first search state, reused: the step that reached each node in the current search.
    private final int[] stepOf;
    private final int[] seenIn;
    private final int[] queue;
    private int search;

    Flattener(ArgumentGraph graph, SupportReading reading) {
      this.graph = graph;
      this.reading = reading;
      this.index = GraphIndex.of(graph);
      this.n = index.nodeCount();
      this.stepOf = new int[n];
      this.seenIn = new int[n];
      this.queue = new int[n];
      this.pairs = new LongHashSet(index.relationCount());
      int direct = index.outgoing(RelationType.ATTACK).relations().length;
      this.from = new int[direct];
      this.to = new int[direct];
      this.kinds = new byte[direct];
      this.base = new int[direct];
      this.first = new int[direct];
    }

    ArgumentationFramework flatten() {
      int m = index.relationCount();
      for (int r = 0; r < m; r++) {
        if (index.isAttack(r)) {
          add(index.from(r), index.to(r), DIRECT_CODE, r, NO_STEP);
        }
      }
      for (int r = 0; r < m; r++) {
        if (index.isAttack(r)) {
          derive(r);
        }
      }
      int[] attackFrom = trim(from);
      int[] attackTo = trim(to);
      return new ArgumentationFramework(
          nodeIds(graph),
          attackFrom,
          attackTo,
          Grouping.of(attackFrom, attackTo, n),
          Grouping.of(attackTo, attackFrom, n),
          reading,
          graph,
          count == kinds.length ? kinds : Arrays.copyOf(kinds, count),
          trim(base),
          trim(first),
          stepRelation.build().toArray(),
          stepNext.build().toArray());
    }

    /** The first {@link #count} entries of one of the attack arrays, copied only if need be. */
    private int[] trim(int[] entries) {
      return count == entries.length ? entries : Arrays.copyOf(entries, count);
    }

    private void derive(int r) {
      int c;
      int b;
      for (AttackKind kind : AttackKind.values()) {
        if (kind == AttackKind.DIRECT || !reading.derives(kind)) {
          continue;
        }
        byte code = (byte) KINDS.indexOf(kind);
        switch (kind) {
          case SUPPORTED -> {
            // a supports⁺ c, c attacks b: search backwards from c; each a reached attacks b.
            c = index.from(r);
            b = index.to(r);
            int found = searchSupports(c, false);
            for (int q = 1; q < found; q++) {
              add(queue[q], b, code, r, stepOf[queue[q]]);
            }
          }
          case SECONDARY -> {
            // a attacks c, c supports⁺ b: search forwards from c; a attacks each b reached.
            c = index.to(r);
            int found = searchSupports(c, true);
            for (int q = 1; q < found; q++) {
              add(index.from(r), queue[q], code, r, stepOf[queue[q]]);
            }
          }
          case MEDIATED -> {
            // b supports⁺ c, a attacks c: search backwards from c; a attacks each b reached.
            c = index.to(r);
            int found = searchSupports(c, false);
            for (int q = 1; q < found; q++) {
              add(index.from(r), queue[q], code, r, stepOf[queue[q]]);
            }
          }
          case EXTENDED -> {
            // c supports⁺ a, c attacks b: search forwards from c; each a reached attacks b.
            c = index.from(r);
            b = index.to(r);
            int found = searchSupports(c, true);
            for (int q = 1; q < found; q++) {
              add(queue[q], b, code, r, stepOf[queue[q]]);
            }
          }
          case DIRECT -> throw new AssertionError("direct attacks are not derived");
        }
      }
    }

    /**
     * Finds the nodes joined to {@code start} by support paths, breadth first, recording one step
     * per node reached: the support used and the step of the node it came from.
     *
     * @return how many entries of {@code queue} are filled; entry 0 is {@code start}
     */
    private int searchSupports(int start, boolean forwards) {
      search++;
      GraphIndex.Adjacency adj =
          forwards ? index.outgoing(RelationType.SUPPORT) : index.incoming(RelationType.SUPPORT);
      int[] rels = adj.relations();
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      seenIn[start] = search;
      stepOf[start] = NO_STEP;
      while (head < tail) {
        int v = queue[head++];
        for (int k = adj.start(v); k < adj.end(v); k++) {
          int s = rels[k];
          int w = forwards ? index.to(s) : index.from(s);
          if (seenIn[w] != search) {
            seenIn[w] = search;
            stepRelation.add(s);
            stepNext.add(stepOf[v]);
            stepOf[w] = steps++;
            queue[tail++] = w;
          }
        }
      }
      return tail;
    }

    private void add(int a, int b, byte kind, int relation, int step) {
      if (pairs.add(pair(a, b))) {
        if (count == from.length) {
          int capacity = Math.max(16, 2 * count);
          from = Arrays.copyOf(from, capacity);
          to = Arrays.copyOf(to, capacity);
          kinds = Arrays.copyOf(kinds, capacity);
          base = Arrays.copyOf(base, capacity);
          first = Arrays.copyOf(first, capacity);
        }
        from[count] = a;
        to[count] = b;
        kinds[count] = kind;
        base[count] = relation;
        first[count] = step;
        count++;
      }
    }
  }
}
