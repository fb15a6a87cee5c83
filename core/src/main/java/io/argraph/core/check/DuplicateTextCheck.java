package io.argraph.core.check;

import io.argraph.core.internal.NormalisedText;
import io.argraph.core.model.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Nodes that say the same thing: one finding per group of two or more nodes whose texts are equal
 * after trimming, collapsing white space and ignoring case.
 *
 * <p>Texts are grouped by {@link #groups}, in a small open-addressing table of hashes and node
 * numbers keyed by {@link NormalisedText#normalisedHash(String)}, a hash of the normalised text
 * computed without building it; the normalised texts themselves are built and compared only when
 * two hashes are equal. No object is made per node whose text is unique.
 */
final class DuplicateTextCheck {
  private DuplicateTextCheck() {}

  static void find(Analysis a, Severity severity, Found out) {
    List<Node> nodes = a.graph().nodes();
    // The graph's builder hashed every text as its node was added; here the hashes are grouped.
    int[] groups = groups(a.textHashes(), (u, v) -> sameText(nodes.get(u), nodes.get(v)));
    for (int start = 0, end; start < groups.length; start = end + 1) {
      end = start;
      while (groups[end] != -1) {
        end++;
      }
      List<Node> group = new ArrayList<>(end - start);
      for (int i = start; i < end; i++) {
        group.add(nodes.get(groups[i]));
      }
      out.add(
          groups[start],
          Finding.of(
              CheckCodes.DUPLICATE_TEXT,
              severity,
              group.size()
                  + " nodes have the same text: "
                  + Names.nodes(group)
                  + "; merge them into one node, or reword them to say what differs",
              group.stream().map(Node::id).toList()));
    }
  }

  /** Tells whether two nodes, whose hashes are equal, say the same thing. */
  @FunctionalInterface
  interface SameText {
    boolean test(int u, int v);
  }

  /**
   * The groups of two or more nodes: the classes of {@code same} among nodes of equal hash, each in
   * graph order and ended by -1, the groups in the order of their first nodes.
   *
   * <p>A table of every node would cost a cache miss per node at 10^6 nodes, and nearly every text
   * is unique; so {@link #sharedNodes} first finds the few nodes whose hashes share their top bits
   * with another node's, a few percent, and only those are grouped, in graph order, in one small
   * open-addressing table of hash and place among them. Nodes of equal hash have equal bits, so
   * every group is among them; nothing of the size of the graph is made or walked again.
   *
   * @param hashes each node's hash; equal texts must have equal hashes, and for the few percent to
   *     be few the top bits must be mixed from all of the text, as {@link
   *     NormalisedText#normalisedHash}'s are (any hashes give the right groups, but with top bits
   *     that vary little most nodes are grouped in the table)
   * @param same compares two nodes of equal hash
   * @return the nodes of each group, ascending, each group followed by -1
   */
  static int[] groups(int[] hashes, SameText same) {
    int[] shared = sharedNodes(hashes);
    int count = shared.length;
    // Each slot holds a text's hash in its high half and 1 + the place among the shared nodes of
    // the last node so far of that text's group in its low half (0 for an empty slot): a probe
    // reads one slot, not a node.
    long[] table = new long[capacity(count)];
    int mask = table.length - 1;
    int[] next = new int[count]; // 1 + the place of the next node of the group, or 0
    boolean[] follows = new boolean[count]; // true if an earlier node has the same text
    int members = 0; // nodes in groups
    for (int k = 0; k < count; k++) {
      int v = shared[k];
      int h = hashes[v];
      int slot = spread(h) & mask;
      for (long entry = table[slot]; entry != 0; entry = table[slot]) {
        int j = ((int) entry) - 1;
        if ((int) (entry >>> 32) == h && same.test(shared[j], v)) {
          members += next[j] == 0 && !follows[j] ? 2 : 1;
          next[j] = k + 1;
          follows[k] = true;
          break;
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = ((long) h << 32) | (k + 1);
    }
    return groupsByFirst(shared, next, follows, members);
  }

  /** Lists each chain of {@code next} that starts at a node no earlier node is linked to. */
  private static int[] groupsByFirst(int[] shared, int[] next, boolean[] follows, int members) {
    int[] groups = new int[members + members / 2]; // each group has 2 or more, and one -1
    int size = 0;
    for (int k = 0; k < shared.length; k++) {
      if (follows[k] || next[k] == 0) {
        continue;
      }
      for (int j = k; j != -1; j = next[j] - 1) {
        groups[size++] = shared[j];
      }
      groups[size++] = -1;
    }
    return Arrays.copyOf(groups, size);
  }

  /**
   * The nodes, in graph order, whose hashes share their top bits with another node's: two bit sets
   * of 16 to 32 bits per node mark which top bits occur at all and which more than once, in two
   * passes over the hashes whose reads do not wait for each other. The hashes are taken as they
   * are, not spread: {@link NormalisedText#normalisedHash} ends with a multiplication whose top
   * bits are already mixed from every bit of the text (the same nodes, within 0.1 %, share their
   * top bits either way, and spreading each hash twice cost about 2 ms at 10^6 nodes).
   */
  private static int[] sharedNodes(int[] hashes) {
    int n = hashes.length;
    // 2^bits is 16 to 32 times n (at least 64), so that few unique hashes share their bits.
    int bits = Math.min(30, Math.max(6, 36 - Integer.numberOfLeadingZeros(Math.max(1, n))));
    int shift = 32 - bits;
    long[] seen = new long[1 << (bits - 6)];
    long[] again = new long[seen.length];
    for (int v = 0; v < n; v++) {
      int b = hashes[v] >>> shift;
      long bit = 1L << b; // the low six bits of b choose the bit, the others the word
      again[b >>> 6] |= seen[b >>> 6] & bit;
      seen[b >>> 6] |= bit;
    }
    int[] shared = new int[16];
    int count = 0;
    for (int v = 0; v < n; v++) {
      int b = hashes[v] >>> shift;
      if ((again[b >>> 6] & (1L << b)) != 0) {
        if (count == shared.length) {
          shared = Arrays.copyOf(shared, 2 * count);
        }
        shared[count++] = v;
      }
    }
    return Arrays.copyOf(shared, count);
  }

  /** A power of two at least twice the number of entries, and at least 2. */
  private static int capacity(int entries) {
    return Integer.highestOneBit(Math.max(2, entries) * 2 - 1) << 1;
  }

  private static boolean sameText(Node a, Node b) {
    return NormalisedText.normalise(a.text()).equals(NormalisedText.normalise(b.text()));
  }

  /** Spreads a hash's bits over the table's low bits (the finaliser of MurmurHash3). */
  private static int spread(int h) {
    int x = h;
    x ^= x >>> 16;
    x *= 0x85EBCA6B;
    x ^= x >>> 13;
    x *= 0xC2B2AE35;
    x ^= x >>> 16;
    return x;
  }
}
