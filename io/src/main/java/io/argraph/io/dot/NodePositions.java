package io.argraph.io.dot;

import io.argraph.core.model.Node;
import java.util.List;

/**
 * The position of each node of one graph by id, in two flat arrays made once per export.
 *
 * <p>{@link io.argraph.core.model.ArgumentGraph#indexOf} looks ids up in a general map whose every
 * look-up follows a table slot to an entry, its key and a boxed value: for a relation in a large
 * graph each is a cache miss, and looking up both ends of every relation took most of the time of a
 * DOT export. Here a look-up reads one int slot and compares one id (by identity first, as the
 * graph shares its nodes' id strings with its relations).
 */
final class NodePositions {
  private final String[] ids;
  // Open addressing with linear probing: a node's position + 1, 0 for an empty slot.
  private final int[] slots;
  private final int mask;

  NodePositions(List<Node> nodes) {
    int n = nodes.size();
    ids = new String[n];
    // At most half full, so that probes stay short.
    int capacity = Integer.highestOneBit(Math.max(1, n)) << 2;
    slots = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < n; i++) {
      String id = nodes.get(i).id();
      ids[i] = id;
      int s = slot(id);
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = i + 1;
    }
  }

  /**
   * Returns the position of a node.
   *
   * @param id a node id
   * @return its position in the graph's nodes, or -1 if there is no such node
   */
  int of(String id) {
    for (int s = slot(id); ; s = (s + 1) & mask) {
      int v = slots[s];
      if (v == 0) {
        return -1;
      }
      if (ids[v - 1].equals(id)) {
        return v - 1;
      }
    }
  }

  private int slot(String id) {
    int h = id.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }
}
