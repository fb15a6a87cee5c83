package io.argraph.core.check;

import com.google.common.collect.ImmutableList;
import io.argraph.core.model.NodeKind;
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
    // Before, the kind's name and a space.
    String premise = before + Names.kindAndSpace(NodeKind.PREMISE);
    String problem = before + Names.kindAndSpace(NodeKind.PROBLEM);
    String recommendation = before + Names.kindAndSpace(NodeKind.RECOMMENDATION);
    for (int from = 0; from < count; from += NodeBlock.SIZE) {
      int size = Math.min(NodeBlock.SIZE, count - from);
      block.read(nodes, from, size);
      for (int j = 0; j < size; j++) {
        int v = nodes[from + j];
        String head =
            switch (analysis.kind(v)) {
              case PREMISE -> premise;
              case PROBLEM -> problem;
              case RECOMMENDATION -> recommendation;
            };
        String message = Names.message(head, block.id(j), block.text(j), after);
        out.add(v, Finding.of(code, severity, message, ImmutableList.of(block.id(j))));
      }
    }
  }
}
