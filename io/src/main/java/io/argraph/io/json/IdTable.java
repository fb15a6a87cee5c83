package io.argraph.io.json;

import org.jspecify.annotations.Nullable;

/**
 * The node ids read so far, found by their characters in the parser's buffer, so that a relation's
 * ends become the nodes' own id strings without making a new string for each: the graph then shares
 * one string per id, and its look-ups by id compare by identity.
 *
 * <p>A cache, never the authority: an id it does not find is read as a new string and checked by
 * the graph builder as usual. Probing stops after {@value #MAX_PROBES} slots, so ids made to share
 * a hash code cost at most that much each; such ids are simply not cached. Open addressing with
 * linear probing, at most half full. Not thread-safe.
 *
 * <p>Each slot keeps, in two {@code long}s side by side, the id's hash and length and its first
 * {@value #INLINE} characters packed a byte each, so that an id of up to that many characters below
 * U+0100 (node ids are ASCII) is matched from the slot alone; longer or wider ids are then compared
 * with the stored string. Once the table outgrows the processor's caches this saves the two
 * dependent reads (the string, then its bytes) that a comparison with the string costs per look-up.
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
  // For slot i: at 2i the hash (high half), WIDE and the length + 1 (0 marks an empty slot); at
  // 2i + 1 the first characters, one byte each, the first in the lowest byte.
  private long[] keys = new long[128];
  private int size;
  private int shift = 32 - 6;

  /**
   * Remembers an id. Adding an id already present, or one whose probe is too long, has no effect.
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
    insert(id, meta(hash, wide, length), packed);
  }

  /**
   * Returns the id with the given characters.
   *
   * @param chars the characters
   * @param offset where they start in {@code chars}
   * @param length how many there are
   * @return the id added earlier with the same characters, or null if none was (or it was not kept)
   */
  @Nullable String find(char[] chars, int offset, int length) {
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
      long m = k[2 * slot];
      if (m == 0) {
        return null;
      }
      if (m == meta && k[2 * slot + 1] == packed) {
        String id = ids[slot];
        if (id != null && (whole || equal(id, chars, offset, length))) {
          return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    return null;
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

  private void insert(String id, long meta, long packed) {
    int mask = ids.length - 1;
    int slot = slot((int) (meta >>> 32));
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      String there = ids[slot];
      if (there == null) {
        ids[slot] = id;
        keys[2 * slot] = meta;
        keys[2 * slot + 1] = packed;
        size++;
        return;
      }
      if (keys[2 * slot] == meta && there.equals(id)) {
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
        insert(id, oldKeys[2 * i], oldKeys[2 * i + 1]);
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
