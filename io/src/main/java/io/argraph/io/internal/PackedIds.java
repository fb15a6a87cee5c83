package io.argraph.io.internal;

import java.util.Arrays;

/**
 * The ids of a graph's nodes packed into compact arrays, found by node position.
 *
 * <p>A writer that puts the ids here while it writes the nodes (in any order) then reads the ends
 * of the relations from this table instead of from the id strings, which lie scattered over the
 * heap between the nodes' texts: on a graph that outgrows the processor's caches, reading an end's
 * id from its string costs a cache miss or two per end, most of the time of writing a relation.
 *
 * <p>Each position has a {@link #word}: an id of at most {@value #SHORT} ASCII chars is held in the
 * word itself (its length in the low byte, then one char per byte), so that reading it is one read
 * from one array of 8 bytes per node; a longer id is kept in a second array as its length followed
 * by its chars, and its word tells where.
 *
 * <p>One instance serves one export on one thread. Not exported from the module.
 */
public final class PackedIds {
  /** The longest id a slot can hold (its length is kept in one char). */
  public static final int MAX_LENGTH = Character.MAX_VALUE;

  /** The longest id held in its word. */
  static final int SHORT = 7;

  private final long[] words;
  private char[] longIds = new char[16];
  private int used;
  private int maxLength;

  /**
   * Makes an empty table.
   *
   * @param count the number of node positions, 0 to {@code count - 1}
   * @throws IllegalArgumentException if the count is negative
   */
  public PackedIds(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count " + count + ": use 0 or more");
    }
    this.words = new long[count];
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
    maxLength = Math.max(maxLength, length);
    if (length <= SHORT) {
      long word = length;
      boolean ascii = true;
      for (int i = 0; i < length; i++) {
        char c = id.charAt(i);
        ascii &= c < 0x80;
        word |= (long) c << (8 * (i + 1));
      }
      if (ascii) {
        words[index] = word;
        return;
      }
    }
    if (longIds.length - used < length + 1) {
      longIds = Arrays.copyOf(longIds, Math.max(longIds.length * 2, used + length + 1));
    }
    words[index] = ~(long) used;
    longIds[used] = (char) length;
    id.getChars(0, length, longIds, used + 1);
    used += length + 1;
  }

  /**
   * Returns the word of a position, to pass to {@link #length} and {@link #getChars}.
   *
   * @param index the node's position, whose id was put
   * @return its word
   */
  public long word(int index) {
    return words[index];
  }

  /**
   * Returns the length of an id.
   *
   * @param word the id's {@link #word}
   * @return its length
   */
  public int length(long word) {
    return word >= 0 ? (int) (word & 0xff) : longIds[(int) ~word];
  }

  /**
   * Copies the chars of an id.
   *
   * @param word the id's {@link #word}
   * @param length its {@link #length}
   * @param destination where to copy them
   * @param at the position in {@code destination} of the first
   */
  public void getChars(long word, int length, char[] destination, int at) {
    if (word >= 0) {
      long rest = word;
      for (int i = 0; i < length; i++) {
        rest >>>= 8;
        destination[at + i] = (char) (rest & 0xff);
      }
    } else {
      System.arraycopy(longIds, (int) ~word + 1, destination, at, length);
    }
  }

  /**
   * Tells whether an id is held in its word: then it is ASCII and {@link #asciiBytes} gives its
   * bytes.
   *
   * @param word the id's {@link #word}
   * @return true for an id of at most {@value #SHORT} ASCII chars
   */
  public static boolean inWord(long word) {
    return word >= 0;
  }

  /**
   * Returns the bytes of an id held in its word, the first char in the lowest byte and zeros past
   * its end: taken lowest byte first, they are the id's ASCII (and UTF-8) bytes.
   *
   * @param word the word of an id {@link #inWord held in it}
   * @return the id's chars, one a byte
   */
  public static long asciiBytes(long word) {
    return word >>> 8;
  }

  /**
   * Puts the bytes of an id held in its word into a byte array: its ASCII, and so its UTF-8, bytes.
   * A byte loop, not one 8-byte store through a {@code VarHandle}: where the compiler did not
   * inline the handle, every id took a slow call (the JSON exporter writing to a writer took seven
   * times as long for its first twenty exports).
   *
   * @param word the word of an id {@link #inWord held in it}
   * @param length its {@link #length}
   * @param destination where to put the bytes
   * @param at the position in {@code destination} of the first
   * @return the position after the last
   */
  public static int putWordBytes(long word, int length, byte[] destination, int at) {
    long bytes = asciiBytes(word);
    for (int i = 0; i < length; i++) {
      destination[at + i] = (byte) bytes;
      bytes >>>= 8;
    }
    return at + length;
  }

  /**
   * Returns the length of the longest id put so far.
   *
   * @return the length, 0 if none was put
   */
  public int maxLength() {
    return maxLength;
  }
}
