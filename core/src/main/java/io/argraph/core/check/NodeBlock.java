package io.argraph.core.check;

import io.argraph.core.model.Node;
import java.util.List;

/**
 * The ids and texts of a block of up to {@link #SIZE} nodes, for the checks that name many nodes
 * scattered over a large graph in their messages.
 *
 * <p>{@link #read} reads the block's nodes, then their ids and texts, then those strings' lengths,
 * then the start of each text (where its {@link Names#prefix} ends), each in a short loop whose
 * reads do not wait for each other, so that the processor overlaps the cache misses of the block's
 * nodes instead of taking them one after another, as building one message after another would. The
 * messages are then built from what the block holds.
 *
 * <p>Not thread-safe: one check of one run uses one, for one block after another.
 */
final class NodeBlock {
  /** Nodes read together; the block's strings stay in the first-level cache. */
  static final int SIZE = 64;

  /**
   * Most chars {@link Names#appendPrefix} appends: {@link Names#PREFIX_LENGTH} code points and ….
   */
  private static final int LONGEST_PREFIX = 2 * Names.PREFIX_LENGTH + 1;

  private final List<Node> graphNodes;
  private final Node[] nodes = new Node[SIZE];
  private final String[] ids = new String[SIZE];
  private final String[] texts = new String[SIZE];
  private final int[] lengths = new int[SIZE];
  private final int[] prefixEnds = new int[SIZE];

  NodeBlock(List<Node> graphNodes) {
    this.graphNodes = graphNodes;
  }

  /** Reads the nodes at {@code positions[from, from + size)}, which must be valid positions. */
  void read(int[] positions, int from, int size) {
    if (size < 0 || size > SIZE) {
      throw new IllegalArgumentException("block of " + size + " nodes; at most " + SIZE);
    }
    for (int j = 0; j < size; j++) {
      nodes[j] = graphNodes.get(positions[from + j]);
    }
    for (int j = 0; j < size; j++) {
      ids[j] = nodes[j].id();
      texts[j] = nodes[j].text();
    }
    for (int j = 0; j < size; j++) {
      lengths[j] = ids[j].length() + Math.min(texts[j].length(), LONGEST_PREFIX);
    }
    for (int j = 0; j < size; j++) {
      prefixEnds[j] = Names.plainPrefixEnd(texts[j]);
    }
  }

  /** The id of the block's {@code j}-th node. */
  String id(int j) {
    return ids[j];
  }

  /** The text of the block's {@code j}-th node. */
  String text(int j) {
    return texts[j];
  }

  /**
   * {@link Names#plainPrefixEnd} of the {@code j}-th node's text: where the prefix a message shows
   * ends in it, or -1 if only {@link Names#appendPrefix} can tell.
   */
  int prefixEnd(int j) {
    return prefixEnds[j];
  }

  /**
   * The most chars the {@code j}-th node's id and the prefix of its text take in a message, for the
   * capacity of a builder.
   */
  int length(int j) {
    return lengths[j];
  }

  /**
   * {@code before + kind + " " + Names.node(…) + after} of the {@code j}-th node: one concatenation
   * ({@link Names#plainMessage}) if its text starts plainly, else one builder that never grows.
   */
  String message(int j, String before, String kind, String after) {
    int end = prefixEnds[j];
    if (end >= 0) {
      return Names.plainMessage(before, kind, ids[j], texts[j], end, after);
    }
    // Beside the id and the prefix: a space, the id's quotes, " (" and ")".
    StringBuilder sb =
        new StringBuilder(before.length() + kind.length() + lengths[j] + 6 + after.length());
    sb.append(before).append(kind).append(' ');
    return Names.appendNode(sb, ids[j], texts[j]).append(after).toString();
  }
}
