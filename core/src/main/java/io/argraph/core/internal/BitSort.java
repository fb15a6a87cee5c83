package io.argraph.core.internal;

/**
 * Sorts ranges of distinct node numbers through a bit set, in time linear in the range plus the bit
 * set's length. Work-lists that take their nodes in rounds use it to read each large round in graph
 * order, so that the adjacency is read front to back rather than at random.
 */
public final class BitSort {
  /**
   * A round is worth sorting when it holds at least one node per this many words of the bit set:
   * sorting then costs at most this many steps per node, and a pass stays linear.
   */
  private static final int RATIO = 8;

  private BitSort() {}

  /**
   * Tells whether a round of nodes is large enough to sort.
   *
   * @param count the number of nodes in the round
   * @param marks the bit set {@link #sortDistinct} would use
   * @return true if sorting costs at most a constant per node
   */
  public static boolean worthSorting(int count, long[] marks) {
    return (long) count * RATIO >= marks.length;
  }

  /**
   * Sorts {@code nodes[from, to)}, distinct numbers below {@code 64 * marks.length}, in time linear
   * in their count plus the length of {@code marks}: each number is marked in the bit set, then the
   * set is read back in order. {@code marks} is all zero before and after.
   *
   * @param nodes the array holding the range
   * @param from the first index of the range
   * @param to the index after its last
   * @param marks an all-zero bit set with room for every number in the range
   */
  public static void sortDistinct(int[] nodes, int from, int to, long[] marks) {
    for (int i = from; i < to; i++) {
      int v = nodes[i];
      marks[v >>> 6] |= 1L << v;
    }
    int out = from;
    for (int w = 0; w < marks.length; w++) {
      long bits = marks[w];
      if (bits == 0) {
        continue;
      }
      marks[w] = 0;
      while (bits != 0) {
        nodes[out++] = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
      }
    }
  }
}
