package io.argraph.core.check;

import com.google.common.collect.Maps;
import io.argraph.core.model.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Nodes that say the same thing: one finding per group of two or more nodes whose texts are equal
 * after trimming, collapsing white space and ignoring case.
 */
final class DuplicateTextCheck {
  private DuplicateTextCheck() {}

  static List<Finding> find(Analysis a, Severity severity) {
    int n = a.nodeCount();
    // Each node links to the next node of its group, so that no list is made for a unique text.
    Map<String, Integer> last = Maps.newHashMapWithExpectedSize(n); // no rehashing of 10^6 keys
    int[] first = new int[n];
    int[] next = new int[n];
    Arrays.fill(next, -1);
    for (int v = 0; v < n; v++) {
      Integer previous = last.put(normalise(a.node(v).text()), v);
      if (previous == null) {
        first[v] = v;
      } else {
        first[v] = first[previous];
        next[previous] = v;
      }
    }
    List<Finding> out = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (first[v] != v || next[v] == -1) {
        continue;
      }
      List<Node> group = new ArrayList<>();
      for (int u = v; u != -1; u = next[u]) {
        group.add(a.node(u));
      }
      out.add(
          Finding.of(
              CheckCodes.DUPLICATE_TEXT,
              severity,
              group.size()
                  + " nodes have the same text: "
                  + Names.nodes(group)
                  + "; merge them into one node, or reword them to say what differs",
              group.stream().map(Node::id).toList()));
    }
    return out;
  }

  /** Locale.ROOT so that the grouping does not depend on the machine's language (Turkish I). */
  static String normalise(String text) {
    return Names.collapseWhitespace(text).toLowerCase(Locale.ROOT);
  }
}
