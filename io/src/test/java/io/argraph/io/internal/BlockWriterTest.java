package io.argraph.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockWriterTest {

  /** Records each call that reaches it, to see the blocks. */
  private static final class Recording extends Writer {
    final StringBuilder text = new StringBuilder();
    final List<Integer> writes = new ArrayList<>();
    int flushes;

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
      writes.add(length);
    }

    @Override
    public void write(String s, int offset, int length) {
      text.append(s, offset, offset + length);
      writes.add(length);
    }

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public void close() {
      throw new AssertionError("BlockWriter must not close the writer underneath");
    }
  }

  @Test
  void shortWrites_reachTheWriterInBlocksAndInOrder() throws IOException {
    Recording target = new Recording();
    StringWriter expected = new StringWriter();
    try (BlockWriter w = new BlockWriter(target)) {
      for (int i = 0; i < 5_000; i++) {
        w.write("piece " + i + ";");
        w.write('\n');
        w.write(new char[] {'a', 'b', 'c'}, 1, 2);
        expected.write("piece " + i + ";\nbc");
      }
      // A block is passed on when the next piece would not fit: full but for less than a piece.
      assertThat(target.writes).isNotEmpty().allMatch(n -> n > 8192 - 16 && n <= 8192);
    }

    assertThat(target.text.toString()).isEqualTo(expected.toString());
    assertThat(target.flushes).isEqualTo(1);
  }

  @Test
  void longWrites_passStraightThroughAfterWhatWasGathered() throws IOException {
    Recording target = new Recording();
    String big = "x".repeat(20_000);
    char[] bigChars = "y".repeat(9_000).toCharArray();
    BlockWriter w = new BlockWriter(target);

    w.write("head");
    w.write(big);
    w.write(bigChars, 0, bigChars.length);
    w.write("tail");
    w.flush();

    assertThat(target.text.toString()).isEqualTo("head" + big + new String(bigChars) + "tail");
    assertThat(target.writes).containsExactly(4, 20_000, 9_000, 4);
  }

  @Test
  void flushWithNothingGathered_onlyFlushes() throws IOException {
    Recording target = new Recording();

    new BlockWriter(target).flush();

    assertThat(target.writes).isEmpty();
    assertThat(target.flushes).isEqualTo(1);
  }

  @Test
  void writeDecimal_writesWhatIntegerToStringWrites() throws IOException {
    int[] values = {
      0, 7, 9, 10, 99, 100, 12_345, 999_999, 1_000_000, 1_000_000_000, Integer.MAX_VALUE
    };
    Recording target = new Recording();
    BlockWriter w = new BlockWriter(target);
    StringBuilder expected = new StringBuilder();
    for (int v : values) {
      w.writeDecimal(v);
      w.write(',');
      expected.append(v).append(',');
    }
    w.flush();
    assertThat(target.text.toString()).isEqualTo(expected.toString());
  }

  @Test
  void writeDecimal_acrossABlockBoundaryKeepsTheDigitsWhole() throws IOException {
    Recording target = new Recording();
    BlockWriter w = new BlockWriter(target);
    String filler = "x".repeat(8190);
    w.write(filler);
    w.writeDecimal(123_456);
    w.flush();
    assertThat(target.text.toString()).isEqualTo(filler + "123456");
    assertThat(target.writes).containsExactly(8190, 6);
  }

  @Test
  void putDecimal_putsWhatIntegerToStringWritesAndReturnsTheEnd() {
    int[] values = {0, 5, 10, 99, 100, 101, 65_536, 9_999_999, 10_000_000, Integer.MAX_VALUE};
    for (int v : values) {
      char[] chars = new char[14];
      Arrays.fill(chars, '.');
      int end = BlockWriter.putDecimal(chars, 2, v);
      String digits = Integer.toString(v);
      assertThat(end).isEqualTo(2 + digits.length());
      assertThat(new String(chars)).isEqualTo(".." + digits + ".".repeat(12 - digits.length()));
    }
    assertThatThrownBy(() -> BlockWriter.putDecimal(new char[4], 0, Integer.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative: " + Integer.MIN_VALUE);
  }

  @Test
  void reserve_givesRoomInTheBlockAndAdvanceTakesWhatWasPut() throws IOException {
    Recording target = new Recording();
    BlockWriter w = new BlockWriter(target);
    StringBuilder expected = new StringBuilder();
    // Runs of every length from 0 to 300 chars, reserved with room to spare: they cross block
    // boundaries at many offsets and are passed on only whole, in order with ordinary writes.
    for (int length = 0; length <= 300; length++) {
      w.write('<');
      expected.append('<');
      int at = w.reserve(length + 20);
      char[] block = w.block();
      for (int i = 0; i < length; i++) {
        block[at + i] = (char) ('a' + (length + i) % 26);
        expected.append((char) ('a' + (length + i) % 26));
      }
      w.advance(at + length);
      w.write('>');
      expected.append('>');
    }
    w.flush();
    assertThat(target.text.toString()).isEqualTo(expected.toString());
    assertThat(target.writes).allMatch(n -> n <= BlockWriter.BLOCK);
  }

  @Test
  void reserve_aWholeBlockPassesOnWhatWasGatheredFirst() throws IOException {
    Recording target = new Recording();
    BlockWriter w = new BlockWriter(target);
    w.write("head");
    int at = w.reserve(BlockWriter.BLOCK);
    assertThat(at).isZero();
    Arrays.fill(w.block(), 'z');
    w.advance(BlockWriter.BLOCK);
    w.flush();
    assertThat(target.writes).containsExactly(4, BlockWriter.BLOCK);
    assertThat(target.text.toString()).isEqualTo("head" + "z".repeat(BlockWriter.BLOCK));
  }

  @Test
  void reserveAndAdvance_rejectWhatDoesNotFitTheBlock() throws IOException {
    BlockWriter w = new BlockWriter(new Recording());
    assertThatThrownBy(() -> w.reserve(BlockWriter.BLOCK + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reserve 8193 chars: use 0 to 8192");
    assertThatThrownBy(() -> w.reserve(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reserve -1 chars: use 0 to 8192");
    w.write("abc");
    int at = w.reserve(10);
    assertThat(at).isEqualTo(3);
    assertThatThrownBy(() -> w.advance(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("advance to 2 from 3");
    assertThatThrownBy(() -> w.advance(BlockWriter.BLOCK + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("advance to 8193 from 3");
  }

  @Test
  void writeDecimal_rejectsANegativeNumber() {
    BlockWriter w = new BlockWriter(new Recording());
    assertThatThrownBy(() -> w.writeDecimal(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative: -1");
  }
}
