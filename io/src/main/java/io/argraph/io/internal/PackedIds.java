package io.argraph.io.internal;

import java.util.Arrays;

/**
 * The ids of a graph's nodes packed back to back into one char array, found by node position.
 *
 * <p>A writer that puts the ids here while it writes the nodes (in any order) then reads the ends
 * of the relations from this compact table instead of from the id strings, which lie scattered over
 * the heap between the nodes' texts: on a graph that outgrows the processor's caches, reading an
 * end's id from its string costs a cache miss or two per end, most of the time of writing a
 * relation. Each id is stored as one char holding its length followed by its chars.
 *
 * <p>One instance serves one export on one thread. Not exported from the module.
 */
public final class PackedIds {
  /** The longest id a slot can hold (its length is kept in one char). */
  public static final int MAX_LENGTH = Character.MAX_VALUE;

  private final int[] slots;
  private char[] chars;
  private int used;

  /**
   * Makes an empty table.
   *
   * @param count the number of node positions, 0 to {@code count - 1}
   * @param expectedChars a guess at the total length of the ids, to size the table
   * @throws IllegalArgumentException if a number is negative
   */
  public PackedIds(int count, int expectedChars) {
    if (count < 0 || expectedChars < 0) {
      throw new IllegalArgumentException(
          "count " + count + ", expected chars " + expectedChars + ": use 0 or more");
    }
    this.slots = new int[count];
    this.chars = new char[Math.max(16, count + expectedChars)];
  }

  /**
   * Puts the id of the node at a position. Each position is put once.
   *
   * @param index the node's position
   * @param id its id
   * @throws IllegalArgumentException if the id is longer than {@link #MAX_LENGTH}
   * @throws IndexOutOfBoundsException if there is no such position
   */
  public void put(int index, String id) {
    int length = id.length();
    if (length > MAX_LENGTH) {
      throw new IllegalArgumentException("an id of " + length + " chars; at most " + MAX_LENGTH);
    }
    if (chars.length - used < length + 1) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length + 1));
    }
    slots[index] = used;
    chars[used] = (char) length;
    id.getChars(0, length, chars, used + 1);
    used += length + 1;
  }

  /**
   * Returns where the id of a node is kept: its length is {@code chars()[slot]}, its chars follow.
   *
   * @param index the node's position, whose id was put
   * @return the slot
   */
  public int slot(int index) {
    return slots[index];
  }

  /**
   * Returns the table of ids, valid until the next {@link #put} (which may grow it).
   *
   * @return the chars, read only
   */
  public char[] chars() {
    return chars;
  }
}
