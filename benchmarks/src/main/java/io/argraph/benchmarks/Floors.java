package io.argraph.benchmarks;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import java.util.List;

/** Floors shared by the write benchmarks: the least any exporter of the model must read. */
final class Floors {
  private Floors() {}

  /**
   * Reads, without writing anything, what every exporter of the graph has to read: the last
   * character of each node's id and text (so each string and its characters are brought into the
   * cache), each relation's type and note, the positions of its ends from the graph's index, and
   * for each end one entry of a per-node table filled during the pass over the nodes (an exporter
   * writes each end's id, which lives at a random place; the exporters here keep the ids packed in
   * such a table). An exporter also formats and writes, so it cannot take less than this pass.
   *
   * @param graph the graph
   * @return a sum of what was read, so that nothing is optimised away
   */
  static long touchModel(ArgumentGraph graph) {
    List<Node> nodes = graph.nodes();
    long[] perNode = new long[nodes.size()];
    long sum = 0;
    for (int v = 0, n = nodes.size(); v < n; v++) {
      Node node = nodes.get(v);
      String id = node.id();
      String text = node.text();
      perNode[v] = id.charAt(id.length() - 1);
      sum += text.isEmpty() ? 0 : text.charAt(text.length() - 1);
    }
    List<Relation> relations = graph.relations();
    for (int r = 0, m = relations.size(); r < m; r++) {
      Relation relation = relations.get(r);
      sum += relation.type().hashCode() + (relation.note().isPresent() ? 1 : 0);
      sum += perNode[graph.fromIndex(r)] + perNode[graph.toIndex(r)];
    }
    return sum;
  }
}
