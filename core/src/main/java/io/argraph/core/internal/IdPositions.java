package io.argraph.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Positions of ids in a numbered list, in two int arrays: an open-addressing table of positions
 * and, beside each, the id's hash. A look-up compares hashes in the table and reads the stored id
 * (through {@code idAt}) only on a hash match, where a {@code HashMap<String, Integer>} costs an
 * entry object and a boxed position per id and a dependent read of each. Ids are never removed. Not
 * thread-safe while being added to; a {@link #copy} that is only read may be shared.
 */
public final class IdPositions {
  private final IntFunction<String> idAt;
  private int[] positions; // position + 1; 0 marks an empty slot
  private int[] hashes;
  private int size;

  /**
   * Creates an empty table.
   *
   * @param idAt the id at a position; called only for positions added here
   * @param expected how many ids are expected; the table grows past that as needed
   */
  public IdPositions(IntFunction<String> idAt, int expected) {
    this.idAt = requireNonNull(idAt, "idAt");
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    positions = new int[capacity];
    hashes = new int[capacity];
  }

  private IdPositions(IntFunction<String> idAt, IdPositions from) {
    this.idAt = idAt;
    this.positions = from.positions.clone();
    this.hashes = from.hashes.clone();
    this.size = from.size;
  }

  /**
   * Returns a copy that reads ids through another function, such as an immutable copy of the list.
   *
   * @param idAt the id at a position, the same ids at the same positions
   * @return the copy
   */
  public IdPositions copy(IntFunction<String> idAt) {
    return new IdPositions(requireNonNull(idAt, "idAt"), this);
  }

  /**
   * Returns the position of an id.
   *
   * @param id an id
   * @return its position, or -1 if it was never added
   */
  public int get(String id) {
    int h = hash(id);
    int mask = positions.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int p = positions[i];
      if (p == 0) {
        return -1;
      }
      if (hashes[i] == h && idAt.apply(p - 1).equals(id)) {
        return p - 1;
      }
    }
  }

  /**
   * Adds an id at a position unless it is already there.
   *
   * @param id the id; {@code idAt(position)} need not return it yet
   * @param position its position, {@code >= 0}
   * @return -1 if added, or the position the id already has (nothing is changed then)
   */
  public int putIfAbsent(String id, int position) {
    int existing = get(id);
    if (existing >= 0) {
      return existing;
    }
    if (2 * (size + 1) > positions.length) {
      grow();
    }
    insert(positions, hashes, hash(id), position + 1);
    size++;
    return -1;
  }

  /**
   * Returns how many ids have been added.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /** Removes every id, keeping the table's capacity. */
  public void clear() {
    Arrays.fill(positions, 0);
    size = 0;
  }

  private void grow() {
    int[] newPositions = new int[positions.length * 2];
    int[] newHashes = new int[positions.length * 2];
    for (int i = 0; i < positions.length; i++) {
      if (positions[i] != 0) {
        insert(newPositions, newHashes, hashes[i], positions[i]);
      }
    }
    positions = newPositions;
    hashes = newHashes;
  }

  private static void insert(int[] positions, int[] hashes, int h, int stored) {
    int mask = positions.length - 1;
    int i = h & mask;
    while (positions[i] != 0) {
      i = (i + 1) & mask;
    }
    positions[i] = stored;
    hashes[i] = h;
  }

  /** The string's hash, spread so that ids like n1, n2, … do not fill neighbouring slots. */
  private static int hash(String id) {
    int h = id.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
