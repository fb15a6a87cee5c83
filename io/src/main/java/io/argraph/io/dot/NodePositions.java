package io.argraph.io.dot;

import io.argraph.core.model.Node;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The position of each node of one graph by id, in two flat arrays made once per export.
 *
 * <p>{@link io.argraph.core.model.ArgumentGraph#indexOf} looks ids up in a general map whose every
 * look-up follows a table slot to an entry, its key and a boxed value: for the ends of the
 * relations of a large graph each is a cache miss, and these look-ups took most of the time of a
 * DOT export. Here the key and the position of a slot sit at the same index of two arrays, so both
 * are fetched at once, and the key is compared by identity first (the graph shares its nodes' id
 * strings with its relations).
 */
final class NodePositions {
  // Open addressing with linear probing, at most half full so that probes stay short.
  private final @Nullable String[] keys;
  private final int[] positions;
  private final int mask;
  private final int shift;

  NodePositions(List<Node> nodes) {
    int n = nodes.size();
    int capacity = Integer.highestOneBit(Math.max(1, n)) << 2;
    keys = new String[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
    shift = Integer.numberOfLeadingZeros(mask);
    for (int i = 0; i < n; i++) {
      String id = nodes.get(i).id();
      int s = slot(id);
      while (keys[s] != null) {
        s = (s + 1) & mask;
      }
      keys[s] = id;
      positions[s] = i;
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
      String key = keys[s];
      if (key == null) {
        return -1;
      }
      if (key.equals(id)) {
        return positions[s];
      }
    }
  }

  private int slot(String id) {
    // Ids such as n1, n2, … have neighbouring hash codes: multiplying spreads them over the table
    // (Fibonacci hashing), where using them as they are would fill long runs of slots.
    return (id.hashCode() * 0x9E3779B9) >>> shift;
  }
}
