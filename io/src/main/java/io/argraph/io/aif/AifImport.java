package io.argraph.io.aif;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.argraph.core.model.ArgumentGraph;
import java.util.List;
import java.util.Map;

/**
 * What {@link AifImporter} read: the graph, and what of the AIF file it left out.
 *
 * @param graph the imported graph
 * @param skippedNodes how many nodes of each type were skipped because argraph has no place for
 *     them (the dialogue layer {@code L}, {@code TA}, {@code YA}, and {@code MA}, {@code PA}), by
 *     type, in the order L, TA, YA, MA, PA; types with none are left out
 * @param skippedEdges how many edges were skipped because they touch a skipped node
 * @param dropped the scheme nodes left out under the lenient mapping, in file order; always empty
 *     when reading strictly
 * @param mergedRelations how many supports or attacks were implied more than once (for instance by
 *     two RA nodes with the same premise and conclusion) and kept once
 * @since 0.1.0
 */
public record AifImport(
    ArgumentGraph graph,
    Map<String, Integer> skippedNodes,
    int skippedEdges,
    List<Dropped> dropped,
    int mergedRelations) {

  /**
   * Creates a result, copying the collections.
   *
   * @param graph the imported graph
   * @param skippedNodes skipped node counts by type
   * @param skippedEdges skipped edge count
   * @param dropped scheme nodes dropped by the lenient mapping
   * @param mergedRelations relations implied more than once
   */
  public AifImport {
    requireNonNull(graph, "graph");
    skippedNodes = ImmutableMap.copyOf(skippedNodes);
    dropped = ImmutableList.copyOf(dropped);
  }

  /**
   * A scheme node that the lenient mapping left out, and why.
   *
   * @param nodeId the node's AIF node id
   * @param type its AIF type ({@code RA} or {@code CA})
   * @param reason why argraph cannot represent it, e.g. {@code undercut: attacks the inference 7}
   * @since 0.1.0
   */
  public record Dropped(String nodeId, String type, String reason) {
    /**
     * Creates an entry.
     *
     * @param nodeId the node's AIF id
     * @param type its AIF type
     * @param reason why it was left out
     */
    public Dropped {
      requireNonNull(nodeId, "nodeId");
      requireNonNull(type, "type");
      requireNonNull(reason, "reason");
    }
  }
}
