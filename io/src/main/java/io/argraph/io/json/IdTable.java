package io.argraph.io.json;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The node ids read so far, found by their characters in the parser's buffer, with their positions
 * in the order they were added: a relation whose ends are both found is added to the graph by
 * position, without a look-up by id, and any other relation's ends become the nodes' own id strings
 * without making a new string for each.
 *
 * <p>A cache, never the authority: an id it does not find is read as a new string and checked by
 * the graph builder as usual. Probing stops after {@value #MAX_PROBES} slots, so ids made to share
 * a hash code cost at most that much each; such ids are simply not cached. Open addressing with
 * linear probing, at most half full. Not thread-safe.
 *
 * <p>Each slot keeps, in three {@code long}s side by side, the id's hash and length, its first
 * {@value #INLINE} characters packed a byte each, and its position, so that an id of up to that
 * many characters below U+0100 (node ids are ASCII) is matched, and its position read, from the
 * slot alone; longer or wider ids are then compared with the stored string. Once the table outgrows
 * the processor's caches this saves the two dependent reads (the string, then its bytes) that a
 * comparison with the string costs per look-up.
 */
final class IdTable {
  static final int MAX_PROBES = 32;

  /** How many leading characters a slot holds. */
  static final int INLINE = 8;

  /**
   * In a slot's first long: the id has a character above U+00FF among its first {@value INLINE}.
   */
  private static final long WIDE = 1L << 31;

  private @Nullable String[] ids = new String[64];
  // For slot i: at 3i the hash (high half), WIDE and the length + 1 (0 marks an empty slot); at
  // 3i + 1 the first characters, one byte each, the first in the lowest byte; at 3i + 2 the
  // position.
  private long[] keys = new long[3 * 64];
  private int size;
  private int added;
  private int shift = 32 - 6;

  /**
   * Remembers an id at the next position: the first id added is at position 0, the next at 1, and
   * so on, counting every call. Adding an id already present, or one whose probe is too long, keeps
   * nothing, but still takes a position.
   *
   * @param id the id
   */
  void add(String id) {
    if (2 * (size + 1) > ids.length) {
      grow();
    }
    int h = 0;
    long packed = 0;
    boolean wide = false;
    int length = id.length();
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      h = 31 * h + c;
      if (i < INLINE) {
        packed |= (long) (c & 0xFF) << (8 * i);
        wide |= c > 0xFF;
      }
    }
    int hash = spread(h);
    insert(id, meta(hash, wide, length), packed, added++);
  }

  /**
   * Returns the slot of the id with the given characters, for {@link #position} and {@link #id};
   * valid until the next {@link #add}.
   *
   * @param chars the characters
   * @param offset where they start in {@code chars}
   * @param length how many there are
   * @return the slot of the id added earlier with the same characters, or -1 if none was (or it was
   *     not kept)
   */
  int slot(char[] chars, int offset, int length) {
    int h = 0;
    long packed = 0;
    boolean wide = false;
    int inline = Math.min(length, INLINE);
    for (int i = 0; i < inline; i++) {
      char c = chars[offset + i];
      h = 31 * h + c;
      packed |= (long) (c & 0xFF) << (8 * i);
      wide |= c > 0xFF;
    }
    for (int i = inline; i < length; i++) {
      h = 31 * h + chars[offset + i];
    }
    int hash = spread(h);
    long meta = meta(hash, wide, length);
    boolean whole = length <= INLINE && !wide;
    long[] k = keys;
    int mask = ids.length - 1;
    int slot = slot(hash);
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      long m = k[3 * slot];
      if (m == 0) {
        return -1;
      }
      if (m == meta && k[3 * slot + 1] == packed) {
        if (whole) {
          return slot;
        }
        String id = ids[slot];
        if (id != null && equal(id, chars, offset, length)) {
          return slot;
        }
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * Returns the position of the id in a slot.
   *
   * @param slot a slot returned by {@link #slot}
   * @return its position
   */
  int position(int slot) {
    return (int) keys[3 * slot + 2];
  }

  /**
   * Returns the id in a slot.
   *
   * @param slot a slot returned by {@link #slot}
   * @return the id as added
   */
  String id(int slot) {
    return requireNonNull(ids[slot], "empty slot");
  }

  /**
   * Returns how many ids are kept.
   *
   * @return the number of ids
   */
  int size() {
    return size;
  }

  private static long meta(int hash, boolean wide, int length) {
    return (long) hash << 32 | (wide ? WIDE : 0) | (length + 1);
  }

  private void insert(String id, long meta, long packed, long position) {
    int mask = ids.length - 1;
    int slot = slot((int) (meta >>> 32));
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      String there = ids[slot];
      if (there == null) {
        ids[slot] = id;
        keys[3 * slot] = meta;
        keys[3 * slot + 1] = packed;
        keys[3 * slot + 2] = position;
        size++;
        return;
      }
      if (keys[3 * slot] == meta && there.equals(id)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void grow() {
    @Nullable String[] old = ids;
    long[] oldKeys = keys;
    ids = new String[2 * old.length];
    keys = new long[2 * oldKeys.length];
    shift--;
    size = 0;
    for (int i = 0; i < old.length; i++) {
      String id = old[i];
      if (id != null) {
        insert(id, oldKeys[3 * i], oldKeys[3 * i + 1], oldKeys[3 * i + 2]);
      }
    }
  }

  private static boolean equal(String id, char[] chars, int offset, int length) {
    if (id.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (id.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Scrambles a string's hash code (Fibonacci hashing), so that ids that differ only in their last
   * characters, whose hash codes are close, do not fill runs of neighbouring slots.
   */
  private static int spread(int h) {
    return h * 0x9E3779B9;
  }

  /** Picks the slot from the top bits of the scrambled hash, which depend on every bit of it. */
  private int slot(int hash) {
    return hash >>> shift;
  }
}
