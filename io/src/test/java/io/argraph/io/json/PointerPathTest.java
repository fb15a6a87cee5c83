package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointerPathTest {
  @Test
  void toString_isEmptyAtTheTop() {
    PointerPath path = new PointerPath();

    assertThat(path.toString()).isEmpty();
    assertThat(path.depth()).isZero();
  }

  @Test
  void toString_joinsNamesAndIndexes() {
    PointerPath path = new PointerPath();
    path.push("nodes");
    path.push(3);
    path.push("id");

    assertThat(path).hasToString("/nodes/3/id");
    assertThat(path.depth()).isEqualTo(3);
  }

  @Test
  void pop_leavesTheInnermostSegment() {
    PointerPath path = new PointerPath();
    path.push("relations");
    path.push(0);
    path.push("from");
    path.pop();
    path.pop();
    path.push(1);

    assertThat(path).hasToString("/relations/1");
  }

  @Test
  void toString_escapesTildeAndSlashAsRfc6901() {
    PointerPath path = new PointerPath();
    path.push("metadata");
    path.push("a/b~c");

    assertThat(path).hasToString("/metadata/a~1b~0c");
  }

  @Test
  void toString_keepsUnicodeAndEmptyNames() {
    PointerPath path = new PointerPath();
    path.push("attributes");
    path.push("año 🙂");
    path.push("");

    assertThat(path).hasToString("/attributes/año 🙂/");
  }

  @Test
  void push_growsPastItsFirstCapacity() {
    PointerPath path = new PointerPath();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      if (i % 2 == 0) {
        path.push("k" + i);
        expected.append("/k").append(i);
      } else {
        path.push(i);
        expected.append('/').append(i);
      }
    }

    assertThat(path).hasToString(expected.toString());
    assertThat(path.depth()).isEqualTo(100);
  }

  @Test
  void push_indexAfterANameAtTheSameDepthForgetsTheName() {
    PointerPath path = new PointerPath();
    path.push("tags");
    path.pop();
    path.push(7);

    assertThat(path).hasToString("/7");
  }
}
