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
 */
final class IdTable {
  static final int MAX_PROBES = 32;

  private @Nullable String[] ids = new String[64];
  private int[] hashes = new int[64];
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
    insert(id, spread(id.hashCode()));
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
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[offset + i];
    }
    int hash = spread(h);
    int mask = ids.length - 1;
    int slot = slot(hash);
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      String id = ids[slot];
      if (id == null) {
        return null;
      }
      if (hashes[slot] == hash && equal(id, chars, offset, length)) {
        return id;
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

  private void insert(String id, int hash) {
    int mask = ids.length - 1;
    int slot = slot(hash);
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      String there = ids[slot];
      if (there == null) {
        ids[slot] = id;
        hashes[slot] = hash;
        size++;
        return;
      }
      if (hashes[slot] == hash && there.equals(id)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void grow() {
    @Nullable String[] old = ids;
    int[] oldHashes = hashes;
    ids = new String[2 * old.length];
    hashes = new int[2 * old.length];
    shift--;
    size = 0;
    for (int i = 0; i < old.length; i++) {
      String id = old[i];
      if (id != null) {
        insert(id, oldHashes[i]);
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
