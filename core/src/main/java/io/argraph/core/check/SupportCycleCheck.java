package io.argraph.core.check;

import io.argraph.core.internal.GraphIndex;
import io.argraph.core.model.Node;
import io.argraph.core.model.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Circular support: one finding per strongly connected set of the support relations that holds a
 * cycle (two or more nodes, or one node that supports itself), listing all its nodes and the
 * supports inside it. Elementary cycles are not listed: there can be exponentially many.
 */
final class SupportCycleCheck {
  private SupportCycleCheck() {}

  static void find(Analysis a, Severity severity, Found out) {
    if (a.supportOrder().isComplete()) {
      // Every node was peeled off the supports, so no node is on a cycle (a node on one, or one
      // that supports itself, always keeps an unpeeled supporter): the components are all single
      // nodes and need not be made.
      return;
    }
    SupportComponents components = a.supportComponents();
    int n = a.nodeCount();
    // Number the cyclic components in the graph order of their first node.
    int[] slot = new int[components.count()];
    Arrays.fill(slot, -1);
    List<List<Node>> nodes = new ArrayList<>();
    List<Integer> firstNodes = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (components.isOnCycle(v)) {
        int c = components.component(v);
        if (slot[c] == -1) {
          slot[c] = nodes.size();
          nodes.add(new ArrayList<>());
          firstNodes.add(v);
        }
        nodes.get(slot[c]).add(a.node(v));
      }
    }
    if (nodes.isEmpty()) {
      return;
    }
    List<List<Relation>> supports = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      supports.add(new ArrayList<>());
    }
    GraphIndex index = a.index();
    List<Relation> relations = a.graph().relations();
    for (int r = 0; r < index.relationCount(); r++) {
      int from = index.from(r);
      if (!index.isAttack(r)
          && components.isOnCycle(from)
          && components.component(from) == components.component(index.to(r))) {
        supports.get(slot[components.component(from)]).add(relations.get(r));
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      List<Node> cycle = nodes.get(i);
      String message =
          cycle.size() == 1
              ? Names.kindAndNode(cycle.get(0))
                  + " supports itself; remove that support, since a claim cannot rest on itself"
              : cycle.size()
                  + " nodes support each other in a cycle: "
                  + Names.nodes(cycle)
                  + "; remove or reverse one of their supports, since a claim cannot rest on"
                  + " itself";
      out.add(
          firstNodes.get(i),
          new Finding(
              CheckCodes.SUPPORT_CYCLE,
              severity,
              message,
              cycle.stream().map(Node::id).toList(),
              supports.get(i)));
    }
  }
}
