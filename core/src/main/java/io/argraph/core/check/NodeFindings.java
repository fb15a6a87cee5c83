package io.argraph.core.check;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * The findings of a check about single nodes, one per node, each message the node's kind and name
 * between two fixed pieces of text: {@code before + Names.kindAndNode(node) + after}.
 *
 * <p>A check first {@linkplain #add adds} the nodes it finds, then {@linkplain #report reports}
 * them, reading the nodes a {@link NodeBlock} at a time so that their cache misses overlap. The
 * kind comes from the analysis, which holds it already.
 *
 * <p>Not thread-safe: one check of one run fills one.
 */
final class NodeFindings {
  private final Analysis analysis;
  private int[] nodes = new int[16];
  private int count;

  NodeFindings(Analysis analysis) {
    this.analysis = analysis;
  }

  /** Adds a node, after those added before it. */
  void add(int node) {
    if (count == nodes.length) {
      nodes = Arrays.copyOf(nodes, 2 * count);
    }
    nodes[count++] = node;
  }

  /**
   * Adds to {@code out} one finding per node added, in the order added, with the node's id and the
   * message {@code before + Names.kindAndNode(node) + after}.
   */
  void report(String code, Severity severity, String before, String after, Found out) {
    NodeBlock block = new NodeBlock(analysis.graph().nodes());
    for (int from = 0; from < count; from += NodeBlock.SIZE) {
      int size = Math.min(NodeBlock.SIZE, count - from);
      block.read(nodes, from, size);
      for (int j = 0; j < size; j++) {
        int v = nodes[from + j];
        String id = block.id(j);
        String message = block.message(j, before, Names.kind(analysis.kind(v)), after);
        // An immutable list, which the finding keeps as it is rather than copying.
        out.add(v, Finding.of(code, severity, message, ImmutableList.of(id)));
      }
    }
  }

  /**
   * Reads the nodes added a {@link NodeBlock} at a time, in the order added, and has {@code each}
   * add their findings to {@code out}.
   */
  void report(Block each, Found out) {
    NodeBlock block = new NodeBlock(analysis.graph().nodes());
    for (int from = 0; from < count; from += NodeBlock.SIZE) {
      int size = Math.min(NodeBlock.SIZE, count - from);
      block.read(nodes, from, size);
      each.report(block, nodes, from, size, out);
    }
  }

  /** Makes the findings of one block of the nodes added. */
  @FunctionalInterface
  interface Block {
    /**
     * Adds to {@code out} the findings of the nodes at {@code nodes[from, from + size)}, in that
     * order; {@code block} holds their ids and texts at {@code 0 … size - 1}.
     */
    void report(NodeBlock block, int[] nodes, int from, int size, Found out);
  }
}
