package io.argraph.core.internal;

import java.util.Arrays;

/**
 * A growable list of node numbers gathered from runs of an adjacency array: the targets of one kind
 * of relation from the nodes of one round of a work-list, which the work-list then goes through in
 * a tight loop.
 *
 * <p>Most nodes have a few relations of a kind, a number that varies from node to node. Copying
 * exactly that many, by a call or a loop, costs a mispredicted branch per node; so a run of at most
 * {@link #CHUNK} entries is copied as {@code CHUNK} entries, whatever its length, and the list
 * grows by its length only. The entries past the end are overwritten by the next run or never read.
 *
 * <p>Not thread-safe: one pass of one work-list uses it.
 */
public final class TargetList {
  /** The number of entries copied for a short run; the list keeps room for them. */
  static final int CHUNK = 8;

  private int[] nodes = new int[1024];
  private int size;

  /** Makes an empty list. */
  public TargetList() {}

  /** Empties the list, keeping its room. */
  public void clear() {
    size = 0;
  }

  /**
   * Returns the number of node numbers in the list.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the array holding the list, valid until the next {@link #add}: the list is its entries
   * {@code 0 … size() - 1}, and callers must not change them.
   *
   * @return the backing array
   */
  public int[] nodes() {
    return nodes;
  }

  /** Returns the backing array, grown if need be to hold a run of {@code length} and a chunk. */
  private int[] roomFor(int length) {
    if (nodes.length - size < length + CHUNK) {
      nodes = Arrays.copyOf(nodes, Math.max(2 * nodes.length, size + length + CHUNK));
    }
    return nodes;
  }

  /**
   * Appends {@code from[start, end)}.
   *
   * @param from an adjacency array
   * @param start the first index of the run
   * @param end the index after its last
   */
  public void add(int[] from, int start, int end) {
    int length = end - start;
    int[] to = roomFor(length);
    int at = size;
    if (length <= CHUNK && start <= from.length - CHUNK) {
      for (int i = 0; i < CHUNK; i++) {
        to[at + i] = from[start + i];
      }
    } else {
      System.arraycopy(from, start, to, at, length);
    }
    size = at + length;
  }

  /**
   * Appends the entries of {@code from[start, end)} that are below a limit, in order.
   *
   * <p>Like {@link #add}, a short run is read as {@link #CHUNK} entries; each is written at the end
   * of the list, which moves past it only if it is in the run and below the limit, so that neither
   * test is a branch.
   *
   * @param from an adjacency array of non-negative numbers
   * @param start the first index of the run
   * @param end the index after its last
   * @param limit the least number left out
   */
  public void addBelow(int[] from, int start, int end, int limit) {
    int length = end - start;
    int[] to = roomFor(length);
    int at = size;
    if (length <= CHUNK && start <= from.length - CHUNK) {
      for (int i = 0; i < CHUNK; i++) {
        int v = from[start + i];
        to[at] = v;
        // 1 if the entry is in the run and below the limit, else 0.
        at += ((i - length) & (v - limit)) >>> 31;
      }
    } else {
      for (int i = start; i < end; i++) {
        int v = from[i];
        to[at] = v;
        at += (v - limit) >>> 31;
      }
    }
    size = at;
  }
}
