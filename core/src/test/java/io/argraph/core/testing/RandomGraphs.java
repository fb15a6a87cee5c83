package io.argraph.core.testing;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.model.Source;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeded generator of valid random argument graphs, shared by the tests of every module (through
 * the core test-jar).
 *
 * <p>Graphs mix all kinds, supports and attacks, self-relations, cycles, a support and an attack on
 * the same pair, isolated nodes, duplicate texts, and every optional field, including non-ASCII
 * text. The same seed always gives the same graph.
 */
public final class RandomGraphs {
  private static final String[] WORDS = {
    "policy", "Mexico", "drugs", "trade", "NAFTA", "poverty", "rights", "démocratie", "año",
    "\"quoted\"", "back\\slash", "a&b", "<tag>", "{x|y}", "中文", "🙂", "line\nbreak", "tab\there",
  };

  private RandomGraphs() {}

  /**
   * Returns seeds for a {@code @ParameterizedTest @MethodSource}.
   *
   * @param count how many seeds
   * @return seeds 1..count
   */
  public static Stream<Long> seeds(int count) {
    return LongStream.rangeClosed(1, count).boxed();
  }

  /**
   * Generates a graph of up to 30 nodes.
   *
   * @param seed the seed
   * @return a valid graph
   */
  public static ArgumentGraph graph(long seed) {
    Random random = new Random(seed);
    return graph(random, 1 + random.nextInt(30), random.nextInt(4));
  }

  /**
   * Generates a graph.
   *
   * @param random the source of randomness
   * @param nodes number of nodes
   * @param relationsPerNode average number of relations per node
   * @return a valid graph
   */
  public static ArgumentGraph graph(Random random, int nodes, int relationsPerNode) {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    if (random.nextBoolean()) {
      b.id("g" + random.nextInt(1000)).title("Random graph " + text(random, 2));
    }
    if (random.nextInt(3) == 0) {
      b.metadata("author", text(random, 2)).metadata("source", "generated");
    }
    NodeKind[] kinds = NodeKind.values();
    for (int i = 0; i < nodes; i++) {
      NodeKind kind = kinds[random.nextInt(kinds.length)];
      String text = random.nextInt(10) == 0 ? "Same text" : text(random, 1 + random.nextInt(8));
      Node.Builder nb = Node.builder(id(random, i), kind, text);
      if (random.nextInt(4) == 0) {
        nb.source(new Source("doc.txt", text, i * 100, i * 100 + text.length()));
      }
      if (random.nextInt(4) == 0) {
        nb.section(random.nextBoolean() ? "Overview" : "Key Problems");
      }
      if (random.nextInt(5) == 0) {
        nb.tag("evidence", text(random, 1));
      }
      if (random.nextInt(5) == 0) {
        nb.attribute("actor", text(random, 1)).attribute("year", "1998");
      }
      b.node(nb.build());
    }
    int relations = nodes * relationsPerNode;
    ArgumentGraph partial = b.build();
    for (int k = 0; k < relations; k++) {
      String from = partial.nodes().get(random.nextInt(nodes)).id();
      String to = partial.nodes().get(random.nextInt(nodes)).id();
      RelationType type = random.nextInt(3) == 0 ? RelationType.ATTACK : RelationType.SUPPORT;
      Relation r = Relation.of(from, to, type);
      if (random.nextInt(6) == 0) {
        r = r.withNote(text(random, 3));
      }
      try {
        b.relation(r);
      } catch (IllegalArgumentException duplicate) {
        // The same pair drawn twice: keep the first, as a user would.
      }
    }
    return b.build();
  }

  /**
   * Generates a large layered graph (premises, problems, recommendations) quickly, for tests that
   * only need to finish on a big input.
   *
   * @param nodes number of nodes
   * @param relations number of relations
   * @param seed the seed
   * @return a valid graph
   */
  public static ArgumentGraph large(int nodes, int relations, long seed) {
    Random random = new Random(seed);
    return layered(random, nodes, relations, () -> random.nextInt(nodes));
  }

  /**
   * Generates a layered graph like {@link #large} in which a few hubs take hundreds of relations
   * each: every relation's target is one of the first {@code hubs} nodes with probability 1/2.
   *
   * @param nodes number of nodes
   * @param relations number of relations, well below nodes²
   * @param hubs number of hubs
   * @param seed the seed
   * @return a valid graph
   */
  public static ArgumentGraph hubbed(int nodes, int relations, int hubs, long seed) {
    Random random = new Random(seed);
    return layered(
        random,
        nodes,
        relations,
        () -> random.nextBoolean() ? random.nextInt(hubs) : random.nextInt(nodes));
  }

  private static ArgumentGraph layered(
      Random random, int nodes, int relations, java.util.function.IntSupplier target) {
    ArgumentGraph.Builder b = ArgumentGraph.builder().id("large");
    NodeKind[] kinds = NodeKind.values();
    for (int i = 0; i < nodes; i++) {
      b.node(Node.of("n" + i, kinds[i % 3], "Statement number " + i));
    }
    int added = 0;
    while (added < relations) {
      int from = random.nextInt(nodes);
      int to = target.getAsInt();
      RelationType type = random.nextInt(4) == 0 ? RelationType.ATTACK : RelationType.SUPPORT;
      try {
        b.relation(Relation.of("n" + from, "n" + to, type));
        added++;
      } catch (IllegalArgumentException duplicate) {
        // Drawn twice; draw again.
      }
    }
    return b.build();
  }

  private static String id(Random random, int i) {
    return switch (random.nextInt(4)) {
      case 0 -> "n" + i;
      case 1 -> "node-" + i + ".x";
      case 2 -> i + ":claim_" + random.nextInt(10);
      default -> "N" + i;
    };
  }

  private static String text(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }
}
