package io.argraph.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argraph.io.testing.ExporterOutputs.Chunks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Utf8BlockTest {
  /** Pieces of text of every UTF-8 length, with unpaired and reversed surrogates. */
  private static final String[] PIECES = {
    "a",
    "plain words ",
    "\u0000",
    "\u007f",
    "\u0080",
    "\u00e9",
    "\u07ff",
    "\u0800",
    "\u20ac",
    "\uFFFD",
    "\uFFFF",
    "\uD83D\uDE00",
    "\uDBFF\uDFFF",
    "\uD800",
    "\uDFFF",
    "\uDC00\uD800",
  };

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 60).boxed();
  }

  private static String text(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  /**
   * The bytes an OutputStreamWriter for UTF-8 makes of a string, closed so that a high surrogate at
   * the end, which it keeps back for a pair until then, is written too.
   */
  private static byte[] encoded(String s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      writer.write(s);
    }
    return bytes.toByteArray();
  }

  @Test
  void shortWrites_reachTheStreamInBlocksAndInOrder() throws IOException {
    Chunks target = new Chunks();
    StringBuilder expected = new StringBuilder();
    Utf8Block w = new Utf8Block(target);
    for (int i = 0; i < 5_000; i++) {
      w.write("piece " + i + ";");
      w.write('\n');
      w.write(new byte[] {'a', 'b', 'c'}, 1, 2);
      expected.append("piece ").append(i).append(";\nbc");
    }
    // A block is passed on when the next piece would not fit: full but for less than a piece.
    assertThat(target.lengths())
        .isNotEmpty()
        .allMatch(n -> n > Utf8Block.BLOCK - 16 && n <= Utf8Block.BLOCK);
    w.flush();

    assertThat(target.text()).isEqualTo(expected.toString());
    assertThat(target.flushes()).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void write_givesTheBytesOfAnOutputStreamWriter(long seed) throws IOException {
    Random random = new Random(seed);
    Chunks target = new Chunks();
    Utf8Block w = new Utf8Block(target);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (int i = 0; i < 50; i++) {
      // Pieces of every size, some longer than a block, whole or in part; each is encoded alone.
      String s = text(random, random.nextInt(10) == 0 ? 3000 + random.nextInt(9000) : 20);
      int from = random.nextInt(3) == 0 ? random.nextInt(s.length() + 1) : 0;
      w.write(s, from, s.length());
      expected.write(encoded(s.substring(from)));
    }
    w.flush();
    assertThat(target.bytes()).isEqualTo(expected.toByteArray());
    for (byte[] block : target.chunks()) {
      // Each block ends on a whole character: it decodes alone into what it encodes.
      assertThat(block.length).isLessThanOrEqualTo(Utf8Block.BLOCK);
      assertThat(new String(block, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8))
          .isEqualTo(block);
    }
  }

  @Test
  void multiByteCharsAtTheBlockEdge_goWholeIntoTheNextBlock() throws IOException {
    for (String wide : new String[] {"\u00e9", "\u20ac", "\uD83D\uDE00"}) {
      for (int shift = -5; shift <= 1; shift++) {
        Chunks target = new Chunks();
        Utf8Block w = new Utf8Block(target);
        String filler = "x".repeat(Utf8Block.BLOCK + shift);
        w.write(filler, 0, Utf8Block.BLOCK + Math.min(shift, 0));
        w.write(wide + "y");
        w.flush();
        String expected = filler.substring(0, Utf8Block.BLOCK + Math.min(shift, 0)) + wide + "y";
        assertThat(target.text()).isEqualTo(expected);
        // Two blocks at most, the first full but for less than a character, each whole.
        assertThat(target.chunks()).hasSizeBetween(1, 2);
        assertThat(target.lengths().get(0)).isGreaterThan(Utf8Block.BLOCK - 8);
        for (byte[] block : target.chunks()) {
          assertThat(new String(block, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8))
              .isEqualTo(block);
        }
      }
    }
  }

  @Test
  void writeChar_encodesOneCharAndAnUnpairedSurrogateAsAQuestionMark() throws IOException {
    Chunks target = new Chunks();
    Utf8Block w = new Utf8Block(target);
    for (char c : new char[] {'a', '\u00e9', '\u07ff', '\u0800', '\u20ac', '\uD83D', '\uDE00'}) {
      w.write(c);
    }
    w.flush();
    assertThat(target.text()).isEqualTo("a\u00e9\u07ff\u0800\u20ac??");
  }

  @Test
  void writePair_writesOneFourByteCharacterAndRejectsWhatIsNoPair() throws IOException {
    Chunks target = new Chunks();
    Utf8Block w = new Utf8Block(target);
    w.writePair('\uD83D', '\uDE00');
    w.flush();
    assertThat(target.bytes())
        .isEqualTo(new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80});
    assertThatThrownBy(() -> w.writePair('\uDE00', '\uD83D'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a surrogate pair: 56832, 55357");
  }

  @Test
  void writeBytes_rejectsMoreThanABlock() {
    Utf8Block w = new Utf8Block(new Chunks());
    assertThatThrownBy(() -> w.write(new byte[Utf8Block.BLOCK + 1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a piece of 16385 bytes; at most 16384");
  }

  @Test
  void flushWithNothingGathered_onlyFlushes() throws IOException {
    Chunks target = new Chunks();

    new Utf8Block(target).flush();

    assertThat(target.chunks()).isEmpty();
    assertThat(target.flushes()).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void decodingTo_givesTheWriterTheCharsThatWereWritten(long seed) throws IOException {
    Random random = new Random(seed);
    StringWriter chars = new StringWriter();
    Utf8Block w = Utf8Block.decodingTo(chars);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String s = text(random, random.nextInt(8) == 0 ? 4000 + random.nextInt(9000) : 30);
      w.write(s);
      // What a writer gets is what the bytes decode to: unpaired surrogates are question marks.
      expected.append(new String(encoded(s), StandardCharsets.UTF_8));
      if (random.nextBoolean()) {
        w.writePair('\uD83D', '\uDE00');
        expected.append("\uD83D\uDE00");
      }
    }
    w.flush();
    assertThat(chars.toString()).isEqualTo(expected.toString());
  }

  @Test
  void decodingTo_passesOneByteWritesAndFlushesOn() throws IOException {
    List<String> events = new ArrayList<>();
    Writer recording =
        new Writer() {
          @Override
          public void write(char[] chars, int offset, int length) {
            events.add(new String(chars, offset, length));
          }

          @Override
          public void flush() {
            events.add("flush");
          }

          @Override
          public void close() {
            throw new AssertionError("Utf8Block must not close the writer underneath");
          }
        };
    Utf8Block w = Utf8Block.decodingTo(recording);
    w.write("ab\u00e9");
    w.flush();
    assertThat(events).containsExactly("ab\u00e9", "flush");
  }

  @Test
  void writeDecimal_writesWhatIntegerToStringWrites() throws IOException {
    int[] values = {
      0, 7, 9, 10, 99, 100, 12_345, 999_999, 1_000_000, 1_000_000_000, Integer.MAX_VALUE
    };
    Chunks target = new Chunks();
    Utf8Block w = new Utf8Block(target);
    StringBuilder expected = new StringBuilder();
    for (int v : values) {
      w.writeDecimal(v);
      w.write(',');
      expected.append(v).append(',');
    }
    w.flush();
    assertThat(target.text()).isEqualTo(expected.toString());
  }

  @Test
  void writeDecimal_nearTheBlockEdgeKeepsTheDigitsWhole() throws IOException {
    Chunks target = new Chunks();
    Utf8Block w = new Utf8Block(target);
    String filler = "x".repeat(Utf8Block.BLOCK - 2);
    w.write(filler);
    w.writeDecimal(123_456);
    w.flush();
    assertThat(target.text()).isEqualTo(filler + "123456");
    assertThat(target.lengths()).containsExactly(Utf8Block.BLOCK - 2, 6);
  }

  @Test
  void writeDecimal_rejectsANegativeNumber() {
    Utf8Block w = new Utf8Block(new Chunks());
    assertThatThrownBy(() -> w.writeDecimal(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative: -1");
  }

  @Test
  void putDecimal_putsWhatIntegerToStringWritesAndReturnsTheEnd() {
    int[] values = {
      0,
      5,
      10,
      99,
      100,
      101,
      999,
      1_000,
      9_999,
      10_000,
      10_001,
      10_100,
      65_536,
      99_999,
      100_000,
      999_999,
      1_000_000,
      9_999_999,
      10_000_000,
      99_999_999,
      100_000_000,
      100_000_001,
      999_999_999,
      1_000_000_000,
      1_000_010_000,
      Integer.MAX_VALUE
    };
    for (int v : values) {
      byte[] bytes = new byte[14];
      Arrays.fill(bytes, (byte) '.');
      int end = Utf8Block.putDecimal(bytes, 2, v);
      String digits = Integer.toString(v);
      assertThat(end).isEqualTo(2 + digits.length());
      assertThat(new String(bytes, StandardCharsets.US_ASCII))
          .isEqualTo(".." + digits + ".".repeat(12 - digits.length()));
    }
    assertThatThrownBy(() -> Utf8Block.putDecimal(new byte[4], 0, Integer.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative: " + Integer.MIN_VALUE);
  }

  @Test
  void putDecimal_putsEveryNumberAsIntegerToStringWritesIt() {
    // Every number up to 10^6 (each length of the first part and zeros inside the last four
    // digits), then random ones of every length.
    byte[] bytes = new byte[12];
    Random random = new Random(11);
    List<Integer> wrong = new ArrayList<>();
    for (int i = 0; i < 1_200_000; i++) {
      int v = i <= 1_000_000 ? i : random.nextInt(Integer.MAX_VALUE) >>> random.nextInt(31);
      int end = Utf8Block.putDecimal(bytes, 1, v);
      if (!new String(bytes, 1, end - 1, StandardCharsets.US_ASCII).equals(Integer.toString(v))) {
        wrong.add(v);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void putAsciiAndPut_putBytesAndReturnTheEnd() {
    byte[] bytes = new byte[10];
    Arrays.fill(bytes, (byte) '.');
    int at = Utf8Block.putAscii("xabcx", 1, 4, bytes, 1);
    assertThat(at).isEqualTo(4);
    at = Utf8Block.put(bytes, at, new byte[] {'-', '-'});
    assertThat(at).isEqualTo(6);
    assertThat(Utf8Block.putAscii("", 0, 0, bytes, at)).isEqualTo(6);
    assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo(".abc--....");
  }

  @Test
  void reserve_givesRoomInTheBlockAndAdvanceTakesWhatWasPut() throws IOException {
    Chunks target = new Chunks();
    Utf8Block w = new Utf8Block(target);
    StringBuilder expected = new StringBuilder();
    // Runs of every length from 0 to 600 bytes, reserved with room to spare: they cross block
    // boundaries at many offsets and are passed on only whole, in order with ordinary writes.
    for (int length = 0; length <= 600; length++) {
      w.write('<');
      expected.append('<');
      int at = w.reserve(length + 20);
      byte[] block = w.block();
      for (int i = 0; i < length; i++) {
        block[at + i] = (byte) ('a' + (length + i) % 26);
        expected.append((char) ('a' + (length + i) % 26));
      }
      w.advance(at + length);
      w.write('>');
      expected.append('>');
    }
    w.flush();
    assertThat(target.text()).isEqualTo(expected.toString());
    assertThat(target.lengths()).hasSizeGreaterThan(5).allMatch(n -> n <= Utf8Block.BLOCK);
  }

  @Test
  void reserve_aWholeBlockPassesOnWhatWasGatheredFirst() throws IOException {
    Chunks target = new Chunks();
    Utf8Block w = new Utf8Block(target);
    w.write("head");
    int at = w.reserve(Utf8Block.BLOCK);
    assertThat(at).isZero();
    Arrays.fill(w.block(), (byte) 'z');
    w.advance(Utf8Block.BLOCK);
    w.flush();
    assertThat(target.lengths()).containsExactly(4, Utf8Block.BLOCK);
    assertThat(target.text()).isEqualTo("head" + "z".repeat(Utf8Block.BLOCK));
  }

  @Test
  void reserveAndAdvance_rejectWhatDoesNotFitTheBlock() throws IOException {
    Utf8Block w = new Utf8Block(new Chunks());
    assertThatThrownBy(() -> w.reserve(Utf8Block.BLOCK + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reserve 16385 bytes: use 0 to 16384");
    assertThatThrownBy(() -> w.reserve(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reserve -1 bytes: use 0 to 16384");
    w.write("abc");
    int at = w.reserve(10);
    assertThat(at).isEqualTo(3);
    assertThatThrownBy(() -> w.advance(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("advance to 2 from 3");
    assertThatThrownBy(() -> w.advance(Utf8Block.BLOCK + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("advance to 16385 from 3");
  }
}
