package io.argraph.core.check;

import io.argraph.core.model.Node;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Nodes that say the same thing: one finding per group of two or more nodes whose texts are equal
 * after trimming, collapsing white space and ignoring case.
 *
 * <p>Texts are grouped by {@link #groups}, in a small open-addressing table of hashes and node
 * numbers keyed by {@link #normalisedHash(String)}, a hash of the normalised text computed without
 * building it; the normalised texts themselves are built and compared only when two hashes are
 * equal. No object is made per node whose text is unique.
 */
final class DuplicateTextCheck {
  /** Multiplier of the hash: odd, with well-mixed bits. */
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  /** 0x01 in every byte of a {@code long}; {@code c * ONES} is the byte c in every byte. */
  private static final long ONES = 0x0101010101010101L;

  /** Bit 7 of every byte. */
  private static final long HIGH = 0x8080808080808080L;

  /** Bit 5 of every byte, which tells a lower-case ASCII letter from its upper case. */
  private static final long FOLD = 0x20 * ONES;

  /** Bits 0 to 6 of every byte. */
  private static final long LOW_BITS = 0x7F * ONES;

  /** Reads eight bytes of a {@code byte[]} as one {@code long}, the first byte lowest. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * For each ASCII char: -1 if it is white space in the sense of {@link Names#collapseWhitespace},
   * else the char {@link String#toLowerCase(Locale)} makes of it under {@link Locale#ROOT}.
   */
  private static final byte[] ASCII = asciiTable();

  private DuplicateTextCheck() {}

  static void find(Analysis a, Severity severity, Found out) {
    List<Node> nodes = a.graph().nodes();
    // Every text is hashed first, in one pass over the nodes (which the analysis may share with
    // its pass over their kinds); then the hashes are grouped.
    int[] groups = groups(a.textHashes(), (u, v) -> sameText(nodes.get(u), nodes.get(v)));
    for (int start = 0, end; start < groups.length; start = end + 1) {
      end = start;
      while (groups[end] != -1) {
        end++;
      }
      List<Node> group = new ArrayList<>(end - start);
      for (int i = start; i < end; i++) {
        group.add(nodes.get(groups[i]));
      }
      out.add(
          groups[start],
          Finding.of(
              CheckCodes.DUPLICATE_TEXT,
              severity,
              group.size()
                  + " nodes have the same text: "
                  + Names.nodes(group)
                  + "; merge them into one node, or reword them to say what differs",
              group.stream().map(Node::id).toList()));
    }
  }

  /** Tells whether two nodes, whose hashes are equal, say the same thing. */
  @FunctionalInterface
  interface SameText {
    boolean test(int u, int v);
  }

  /**
   * The groups of two or more nodes: the classes of {@code same} among nodes of equal hash, each in
   * graph order and ended by -1, the groups in the order of their first nodes.
   *
   * <p>A table of every node would cost a cache miss per node at 10^6 nodes, and nearly every text
   * is unique; so {@link #sharedNodes} first finds the few nodes whose hashes share their top bits
   * with another node's, a few percent, and only those are grouped, in graph order, in one small
   * open-addressing table of hash and place among them. Nodes of equal hash have equal bits, so
   * every group is among them; nothing of the size of the graph is made or walked again.
   *
   * @param hashes each node's hash; equal texts must have equal hashes, and for the few percent to
   *     be few the top bits must be mixed from all of the text, as {@link #normalisedHash}'s are
   *     (any hashes give the right groups, but with top bits that vary little most nodes are
   *     grouped in the table)
   * @param same compares two nodes of equal hash
   * @return the nodes of each group, ascending, each group followed by -1
   */
  static int[] groups(int[] hashes, SameText same) {
    int[] shared = sharedNodes(hashes);
    int count = shared.length;
    // Each slot holds a text's hash in its high half and 1 + the place among the shared nodes of
    // the last node so far of that text's group in its low half (0 for an empty slot): a probe
    // reads one slot, not a node.
    long[] table = new long[capacity(count)];
    int mask = table.length - 1;
    int[] next = new int[count]; // 1 + the place of the next node of the group, or 0
    boolean[] follows = new boolean[count]; // true if an earlier node has the same text
    int members = 0; // nodes in groups
    for (int k = 0; k < count; k++) {
      int v = shared[k];
      int h = hashes[v];
      int slot = spread(h) & mask;
      for (long entry = table[slot]; entry != 0; entry = table[slot]) {
        int j = ((int) entry) - 1;
        if ((int) (entry >>> 32) == h && same.test(shared[j], v)) {
          members += next[j] == 0 && !follows[j] ? 2 : 1;
          next[j] = k + 1;
          follows[k] = true;
          break;
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = ((long) h << 32) | (k + 1);
    }
    return groupsByFirst(shared, next, follows, members);
  }

  /** Lists each chain of {@code next} that starts at a node no earlier node is linked to. */
  private static int[] groupsByFirst(int[] shared, int[] next, boolean[] follows, int members) {
    int[] groups = new int[members + members / 2]; // each group has 2 or more, and one -1
    int size = 0;
    for (int k = 0; k < shared.length; k++) {
      if (follows[k] || next[k] == 0) {
        continue;
      }
      for (int j = k; j != -1; j = next[j] - 1) {
        groups[size++] = shared[j];
      }
      groups[size++] = -1;
    }
    return Arrays.copyOf(groups, size);
  }

  /**
   * The nodes, in graph order, whose hashes share their top bits with another node's: two bit sets
   * of 16 to 32 bits per node mark which top bits occur at all and which more than once, in two
   * passes over the hashes whose reads do not wait for each other. The hashes are taken as they
   * are, not spread: {@link #normalisedHash} ends with a multiplication whose top bits are already
   * mixed from every bit of the text (the same nodes, within 0.1 %, share their top bits either
   * way, and spreading each hash twice cost about 2 ms at 10^6 nodes).
   */
  private static int[] sharedNodes(int[] hashes) {
    int n = hashes.length;
    // 2^bits is 16 to 32 times n (at least 64), so that few unique hashes share their bits.
    int bits = Math.min(30, Math.max(6, 36 - Integer.numberOfLeadingZeros(Math.max(1, n))));
    int shift = 32 - bits;
    long[] seen = new long[1 << (bits - 6)];
    long[] again = new long[seen.length];
    for (int v = 0; v < n; v++) {
      int b = hashes[v] >>> shift;
      long bit = 1L << b; // the low six bits of b choose the bit, the others the word
      again[b >>> 6] |= seen[b >>> 6] & bit;
      seen[b >>> 6] |= bit;
    }
    int[] shared = new int[16];
    int count = 0;
    for (int v = 0; v < n; v++) {
      int b = hashes[v] >>> shift;
      if ((again[b >>> 6] & (1L << b)) != 0) {
        if (count == shared.length) {
          shared = Arrays.copyOf(shared, 2 * count);
        }
        shared[count++] = v;
      }
    }
    return Arrays.copyOf(shared, count);
  }

  /** A power of two at least twice the number of entries, and at least 2. */
  private static int capacity(int entries) {
    return Integer.highestOneBit(Math.max(2, entries) * 2 - 1) << 1;
  }

  private static boolean sameText(Node a, Node b) {
    return normalise(a.text()).equals(normalise(b.text()));
  }

  /** Locale.ROOT so that the grouping does not depend on the machine's language (Turkish I). */
  static String normalise(String text) {
    return Names.collapseWhitespace(text).toLowerCase(Locale.ROOT);
  }

  /**
   * Returns {@code hash(normalise(text))}, without building the normalised text when the text is
   * ASCII.
   *
   * <p>Most texts are simple once the plain spaces at their ends are left out: printable ASCII
   * (0x20 to 0x7E) and no two spaces in a row, so that normalising them only drops those spaces and
   * lower-cases A to Z. Such a text is read eight chars at a time, between its end spaces: a copy
   * of it in ISO-8859-1 is read as little-endian {@code long}s, each is checked with byte-wise
   * arithmetic (SWAR) and mixed into the hash whole, which folds its case ({@link #mix}). The copy
   * is exact only for chars up to 0xFF; any other char becomes {@code '?'}, so a text with a {@code
   * '?'} is not taken as simple. (The deprecated {@code String.getBytes(int, int, byte[], int)}
   * would copy into a reused buffer, but it keeps the low byte of every char, so U+0161 would read
   * as 'a', and no test cheaper than the per-char loop this replaces tells it apart.) Every other
   * text takes {@link #hashCollapsing}, which packs the same bytes into the same words, so the hash
   * depends on the normalised text only.
   */
  static int normalisedHash(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    // Plain spaces at either end, which normalising drops, are common in typed texts; the words are
    // read between them rather than every char of the text taking hashCollapsing. A space in the
    // copy is a space in the text: a char it cannot hold becomes '?'.
    int start = 0;
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] == ' ') {
      end--;
    }
    while (start < end && bytes[start] == ' ') {
      start++;
    }
    int length = end - start;
    long h = 0;
    long flaws = 0; // bit 7 of a byte is set where the text is not simple (see flaws(long))
    long spacesBefore = Long.MIN_VALUE; // bit 63: the char before is a space, as if one led
    int whole = length & ~7;
    for (int i = 0; i < whole; i += 8) {
      long word = (long) LONGS.get(bytes, start + i);
      long spaces = spaces(word);
      flaws |= flaws(word) | (spaces & ((spaces << 8) | (spacesBefore >>> 56)));
      spacesBefore = spaces;
      h = mix(h, word);
    }
    long last = 0; // the last length % 8 bytes, in the low bytes
    int rest = length & 7;
    if (rest != 0) {
      last =
          length >= 8
              ? (long) LONGS.get(bytes, end - 8) >>> (64 - 8 * rest)
              : shortWord(bytes, start, end);
      long lanes = HIGH >>> (64 - 8 * rest); // bit 7 of each of the rest bytes
      long spaces = spaces(last) & lanes;
      flaws |= (flaws(last) | (spaces & ((spaces << 8) | (spacesBefore >>> 56)))) & lanes;
      spacesBefore = spaces << (64 - 8 * rest);
    }
    flaws |= spacesBefore & Long.MIN_VALUE; // a trailing space (and the empty text)
    if ((flaws & HIGH) != 0) {
      return hashCollapsing(text);
    }
    return finish(h, last, length);
  }

  /**
   * Bit 7 of each byte of {@code word} that is below 0x20, above 0x7E or {@code '?'}: exact up to
   * the first such byte, which is all a test for zero needs (a borrow or carry runs only upwards,
   * out of a byte already flagged). The other bits are noise.
   */
  private static long flaws(long word) {
    return (word - 0x20 * ONES) // below 0x20 (0xA0 and above too, which word flags anyway)
        | (word + ONES) // 0x7F, with bit 7 of word itself: above 0x7E
        | word
        | ~((word ^ ('?' * ONES)) + LOW_BITS); // '?': the byte is zero after the xor
  }

  /** Bit 7 of each byte of {@code word} that is a space, exact when every byte is below 0x80. */
  private static long spaces(long word) {
    return ~((word ^ (' ' * ONES)) + LOW_BITS) & HIGH;
  }

  /** The bytes {@code [start, end)}, fewer than 8, the first lowest, as {@code LONGS} reads 8. */
  private static long shortWord(byte[] bytes, int start, int end) {
    long word = 0;
    for (int i = end - 1; i >= start; i--) {
      word = (word << 8) | (bytes[i] & 0xFF);
    }
    return word;
  }

  /**
   * {@code hash(normalise(text))} for a text that is not simple: white space is collapsed and
   * letters are lower-cased on the fly when the text is ASCII; other texts are normalised first.
   */
  private static int hashCollapsing(String text) {
    long h = 0;
    long word = 0; // the last chars of the normalised text, not yet mixed into h
    int count = 0; // chars of the normalised text so far
    boolean pendingSpace = false;
    for (int i = 0, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return hash(normalise(text));
      }
      int lower = ASCII[c];
      if (lower < 0) {
        pendingSpace = count > 0;
        continue;
      }
      if (pendingSpace) {
        word |= (long) ' ' << (8 * (count & 7));
        if ((++count & 7) == 0) {
          h = mix(h, word);
          word = 0;
        }
        pendingSpace = false;
      }
      word |= (long) lower << (8 * (count & 7));
      if ((++count & 7) == 0) {
        h = mix(h, word);
        word = 0;
      }
    }
    return finish(h, word, count);
  }

  /**
   * The hash of a text taken as it is: {@code normalisedHash} of a normalised text. An ASCII text
   * is packed eight chars to a {@code long}, the first in the low byte; any other text four chars
   * to a {@code long}. Each full word is mixed in with one multiplication.
   */
  static int hash(String normalised) {
    int length = normalised.length();
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      ascii &= normalised.charAt(i) < 0x80;
    }
    int perWord = ascii ? 8 : 4;
    long h = 0;
    long word = 0;
    for (int i = 0; i < length; i++) {
      char c = normalised.charAt(i);
      word = ascii ? word | ((long) c << (8 * (i % 8))) : (word << 16) | c;
      if (i % perWord == perWord - 1) {
        h = mix(h, word);
        word = 0;
      }
    }
    return finish(h, word, length);
  }

  /**
   * Mixes a word of chars into the hash, their case folded: bit 5 of every byte is set, which makes
   * A to Z their lower case, so that a simple text needs no lower-casing of its own. It also makes
   * a few other ASCII pairs alike ({@code @} and {@code `}, {@code [} and <code>{</code>, …), and
   * some other chars, which costs only a comparison of two texts whose hashes meet.
   */
  private static long mix(long h, long word) {
    return Long.rotateLeft((h ^ (word | FOLD)) * MULTIPLIER, 29);
  }

  private static int finish(long h, long word, int count) {
    long x = mix(h, word) ^ count;
    x *= MULTIPLIER;
    return (int) (x ^ (x >>> 32));
  }

  /** Spreads a hash's bits over the table's low bits (the finaliser of MurmurHash3). */
  private static int spread(int h) {
    int x = h;
    x ^= x >>> 16;
    x *= 0x85EBCA6B;
    x ^= x >>> 13;
    x *= 0xC2B2AE35;
    x ^= x >>> 16;
    return x;
  }

  private static byte[] asciiTable() {
    byte[] table = new byte[0x80];
    for (char c = 0; c < 0x80; c++) {
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      table[c] = space ? -1 : (byte) String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0);
    }
    return table;
  }
}
