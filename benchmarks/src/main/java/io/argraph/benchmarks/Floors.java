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
   * cache), each relation's type and note, and the positions of its ends from the graph's index. An
   * exporter also formats and writes, so it cannot take less than this pass.
   *
   * @param graph the graph
   * @return a sum of what was read, so that nothing is optimised away
   */
  static long touchModel(ArgumentGraph graph) {
    long sum = 0;
    for (Node node : graph.nodes()) {
      String id = node.id();
      String text = node.text();
      sum += id.charAt(id.length() - 1) + (text.isEmpty() ? 0 : text.charAt(text.length() - 1));
    }
    List<Relation> relations = graph.relations();
    for (int r = 0, m = relations.size(); r < m; r++) {
      Relation relation = relations.get(r);
      sum += relation.type().hashCode() + (relation.note().isPresent() ? 1 : 0);
      sum += graph.fromIndex(r) + graph.toIndex(r);
    }
    return sum;
  }
}
