package io.argraph.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Positions of ids in a numbered list: an open-addressing table that keeps, for each slot, the id's
 * string and, side by side in one int array, its hash and its position. Where a {@code
 * HashMap<String, Integer>} costs an entry object and a boxed position per id and a dependent read
 * of each, a look-up here reads one slot of each array (two independent reads); an id that is the
 * very string added (the builder and the JSON reader share id strings) is found by identity,
 * without reading the string, and any other by its hash and then {@code equals}.
 *
 * <p>A look-up may instead return the slot ({@link #find}), from which {@link #position} and {@link
 * #id} read what the slot holds without a second look-up. Ids are never removed one by one. Not
 * thread-safe while being added to; a {@link #copy} that is only read may be shared.
 */
public final class IdPositions {
  private @Nullable String[] ids; // null marks an empty slot
  private int[] entries; // for slot i: the id's hash at 2i, its position at 2i + 1
  private int size;

  /**
   * Creates an empty table.
   *
   * @param expected how many ids are expected; the table grows past that as needed
   */
  public IdPositions(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    ids = new String[capacity];
    entries = new int[2 * capacity];
  }

  private IdPositions(IdPositions from) {
    this.ids = from.ids.clone();
    this.entries = from.entries.clone();
    this.size = from.size;
  }

  /**
   * Returns a copy that does not change when this table does.
   *
   * @return the copy
   */
  public IdPositions copy() {
    return new IdPositions(this);
  }

  /**
   * Returns the position of an id.
   *
   * @param id an id
   * @return its position, or -1 if it was never added
   */
  public int get(String id) {
    int slot = find(id);
    return slot < 0 ? -1 : entries[2 * slot + 1];
  }

  /**
   * Returns the slot that holds an id, for {@link #position} and {@link #id}; valid until the next
   * change to the table.
   *
   * @param id an id
   * @return its slot, or -1 if it was never added
   */
  @SuppressWarnings("ReferenceEquality") // identity first: the shared string is found unread
  public int find(String id) {
    int h = hash(id);
    @Nullable String[] table = ids;
    int mask = table.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      String there = table[i];
      if (there == id) {
        return i;
      }
      if (there == null) {
        return -1;
      }
      if (entries[2 * i] == h && there.equals(id)) {
        return i;
      }
    }
  }

  /**
   * Returns the position held in a slot.
   *
   * @param slot a slot returned by {@link #find}
   * @return the position of its id
   */
  public int position(int slot) {
    return entries[2 * slot + 1];
  }

  /**
   * Returns the id held in a slot: the string that was added, which may be a different object from
   * the one looked up.
   *
   * @param slot a slot returned by {@link #find}
   * @return the id as added
   */
  public String id(int slot) {
    return requireNonNull(ids[slot], "empty slot");
  }

  /**
   * Adds an id at a position unless it is already there.
   *
   * @param id the id
   * @param position its position, {@code >= 0}
   * @return -1 if added, or the position the id already has (nothing is changed then)
   */
  public int putIfAbsent(String id, int position) {
    checkArgument(position >= 0, "position %s: positions are non-negative", position);
    int existing = get(id);
    if (existing >= 0) {
      return existing;
    }
    if (2 * (size + 1) > ids.length) {
      grow();
    }
    insert(ids, entries, id, hash(id), position);
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
    Arrays.fill(ids, null);
    size = 0;
  }

  private void grow() {
    @Nullable String[] newIds = new String[ids.length * 2];
    int[] newEntries = new int[entries.length * 2];
    for (int i = 0; i < ids.length; i++) {
      String id = ids[i];
      if (id != null) {
        insert(newIds, newEntries, id, entries[2 * i], entries[2 * i + 1]);
      }
    }
    ids = newIds;
    entries = newEntries;
  }

  private static void insert(
      @Nullable String[] ids, int[] entries, String id, int h, int position) {
    int mask = ids.length - 1;
    int i = h & mask;
    while (ids[i] != null) {
      i = (i + 1) & mask;
    }
    ids[i] = id;
    entries[2 * i] = h;
    entries[2 * i + 1] = position;
  }

  /** The string's hash, spread so that ids like n1, n2, … do not fill neighbouring slots. */
  private static int hash(String id) {
    int h = id.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
