package io.argraph.benchmarks;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Relation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain compressed-sparse-row adjacency of a graph's relations (both types, as directed edges),
 * built here rather than taken from the library so the traversal baseline owes nothing to it.
 */
final class Csr {
  final int[] offsets;
  final int[] targets;

  private Csr(int[] offsets, int[] targets) {
    this.offsets = offsets;
    this.targets = targets;
  }

  static Csr of(ArgumentGraph graph) {
    int n = graph.nodeCount();
    Map<String, Integer> index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.put(graph.nodes().get(i).id(), i);
    }
    List<Relation> relations = graph.relations();
    int m = relations.size();
    int[] from = new int[m];
    int[] to = new int[m];
    int[] offsets = new int[n + 1];
    for (int r = 0; r < m; r++) {
      from[r] = index.get(relations.get(r).from());
      to[r] = index.get(relations.get(r).to());
      offsets[from[r] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    int[] fill = offsets.clone();
    int[] targets = new int[m];
    for (int r = 0; r < m; r++) {
      targets[fill[from[r]]++] = to[r];
    }
    return new Csr(offsets, targets);
  }

  int nodeCount() {
    return offsets.length - 1;
  }

  /**
   * One breadth-first traversal of every relation: each node is a root once unless reached before,
   * each edge is looked at once.
   *
   * @return the number of nodes reached, so the work cannot be optimised away
   */
  int breadthFirst() {
    int n = nodeCount();
    boolean[] seen = new boolean[n];
    int[] queue = new int[n];
    int reached = 0;
    for (int root = 0; root < n; root++) {
      if (seen[root]) {
        continue;
      }
      seen[root] = true;
      int head = 0;
      int tail = 0;
      queue[tail++] = root;
      while (head < tail) {
        int v = queue[head++];
        reached++;
        for (int e = offsets[v]; e < offsets[v + 1]; e++) {
          int w = targets[e];
          if (!seen[w]) {
            seen[w] = true;
            queue[tail++] = w;
          }
        }
      }
    }
    return reached;
  }
}
