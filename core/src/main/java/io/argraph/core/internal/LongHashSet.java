package io.argraph.core.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * A set of non-negative {@code long}s in one open-addressing array: 8 to 16 bytes per element and
 * one cache line per look-up, where a {@code HashSet<Long>} costs some 50 bytes and three scattered
 * objects. Guava and JGraphT have no primitive sets; this is the smallest one that does the job.
 *
 * <p>Linear probing over a power-of-two table kept at most half full; keys are mixed with a
 * multiplicative hash so that structured keys (packed node numbers) spread. No removal. Not
 * thread-safe.
 */
public final class LongHashSet {
  private static final long EMPTY = -1;

  private long[] table;
  private int size;

  /**
   * Creates a set sized for an expected number of elements.
   *
   * @param expected how many elements are expected; it grows past that as needed
   */
  public LongHashSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    table = new long[capacity];
    Arrays.fill(table, EMPTY);
  }

  /**
   * Adds a key.
   *
   * @param key a key {@code >= 0}
   * @return true if it was not there before
   */
  public boolean add(long key) {
    checkArgument(key >= 0, "key %s: keys are non-negative", key);
    if (2 * (size + 1) > table.length) {
      grow();
    }
    return insert(table, key);
  }

  /**
   * Tells whether a key is in the set.
   *
   * @param key a key
   * @return true if present
   */
  public boolean contains(long key) {
    int mask = table.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = table[i];
      if (k == key) {
        return true;
      }
      if (k == EMPTY) {
        return false;
      }
    }
  }

  /**
   * Returns the number of keys.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  private boolean insert(long[] t, long key) {
    int mask = t.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = t[i];
      if (k == key) {
        return false;
      }
      if (k == EMPTY) {
        t[i] = key;
        size++;
        return true;
      }
    }
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    Arrays.fill(table, EMPTY);
    size = 0;
    for (long k : old) {
      if (k != EMPTY) {
        insert(table, k);
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
