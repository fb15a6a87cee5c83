package io.argraph.core.check;

import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.RelationType;
import java.util.Arrays;

/**
 * The strongly connected components of the support relations, found on the graph index: each node
 * that no support cycle reaches ({@link SupportOrder}) is a component of its own, and Tarjan's
 * algorithm finds the components of the nodes left.
 *
 * <p>Why not JGraphT: its strong-connectivity inspectors need a JGraphT graph of the supports
 * alone, that is a hashed copy holding an object per vertex and per edge, and they return sets of
 * vertices that would then have to be put back in graph order. On the index the whole computation
 * costs a few {@code int} arrays per node and nothing per relation. The depth-first search keeps
 * its own stack of frames instead of recursing, so a chain of a million supports cannot overflow
 * the thread's stack.
 */
final class SupportComponents {
  private final int[] component;
  private final boolean[] cyclic;

  private SupportComponents(int[] component, boolean[] cyclic) {
    this.component = component;
    this.cyclic = cyclic;
  }

  static SupportComponents of(GraphIndex index, SupportOrder peeling) {
    int n = index.nodeCount();
    GraphIndex.Adjacency out = index.outgoing(RelationType.SUPPORT);
    int[] targets = out.nodes();
    int[] component = new int[n];
    // The nodes no cycle reaches are components of their own, and no support leads from the nodes
    // left back to one of them. Most graphs have few or no support cycles, so Tarjan's search below
    // has little or nothing to do.
    int tail = peeling.peeled();
    for (int i = 0; i < tail; i++) {
      component[peeling.node(i)] = i;
    }
    int components = tail;
    if (tail == n) {
      return new SupportComponents(component, new boolean[components]);
    }
    int[] order = new int[n];
    Arrays.fill(order, -1);
    for (int i = 0; i < tail; i++) {
      order[peeling.node(i)] = Integer.MAX_VALUE; // peeled: never visited again
    }
    int[] low = new int[n];
    int[] open = new int[n]; // Tarjan's stack of nodes not yet assigned to a component
    int openSize = 0;
    boolean[] onOpen = new boolean[n];
    int[] frameNode = new int[n]; // the explicit call stack: a node and its next support
    int[] frameNext = new int[n];
    boolean[] selfSupport = new boolean[n];
    int counter = 0;
    int firstLeft = components;
    int[] sizes = new int[n - tail];
    for (int root = 0; root < n; root++) {
      if (order[root] != -1) {
        continue;
      }
      int depth = 0;
      order[root] = counter;
      low[root] = counter++;
      open[openSize++] = root;
      onOpen[root] = true;
      frameNode[0] = root;
      frameNext[0] = out.start(root);
      depth++;
      while (depth > 0) {
        int v = frameNode[depth - 1];
        int next = frameNext[depth - 1];
        if (next < out.end(v)) {
          frameNext[depth - 1] = next + 1;
          int w = targets[next];
          if (w == v) {
            selfSupport[v] = true;
          } else if (order[w] == -1) {
            order[w] = counter;
            low[w] = counter++;
            open[openSize++] = w;
            onOpen[w] = true;
            frameNode[depth] = w;
            frameNext[depth] = out.start(w);
            depth++;
          } else if (onOpen[w]) {
            low[v] = Math.min(low[v], order[w]);
          }
          continue;
        }
        depth--;
        if (depth > 0) {
          int parent = frameNode[depth - 1];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == order[v]) {
          int w;
          do {
            w = open[--openSize];
            onOpen[w] = false;
            component[w] = components;
            sizes[components - firstLeft]++;
          } while (w != v);
          components++;
        }
      }
    }
    boolean[] cyclic = new boolean[components];
    for (int c = firstLeft; c < components; c++) {
      cyclic[c] = sizes[c - firstLeft] > 1;
    }
    for (int v = 0; v < n; v++) {
      if (selfSupport[v]) {
        cyclic[component[v]] = true;
      }
    }
    return new SupportComponents(component, cyclic);
  }

  /** The number of the component a node belongs to. */
  int component(int node) {
    return component[node];
  }

  /**
   * True if the node lies on a cycle of supports: its component has two nodes or a self-support.
   */
  boolean isOnCycle(int node) {
    return cyclic[component[node]];
  }

  /** The number of components, cyclic or not. */
  int count() {
    return cyclic.length;
  }
}
