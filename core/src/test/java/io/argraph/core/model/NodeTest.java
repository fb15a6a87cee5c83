package io.argraph.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeTest {

  private static Node.Builder full() {
    return Node.problem("q", "Counternarcotics policy failed.")
        .source(new Source("brief.txt", "failed", 10, 16))
        .section("Overview")
        .tag("key-problem", "drugs")
        .attribute("actor", "U.S.")
        .attribute("year", "1998");
  }

  @Test
  void builder_setsEveryField() {
    Node n = full().build();

    assertThat(n.id()).isEqualTo("q");
    assertThat(n.kind()).isEqualTo(NodeKind.PROBLEM);
    assertThat(n.text()).isEqualTo("Counternarcotics policy failed.");
    assertThat(n.source()).contains(new Source("brief.txt", "failed", 10, 16));
    assertThat(n.section()).contains("Overview");
    assertThat(n.tags()).containsExactly("key-problem", "drugs");
    assertThat(n.attributes())
        .containsExactly(Map.entry("actor", "U.S."), Map.entry("year", "1998"));
    assertThat(n.toBuilder().build()).isEqualTo(n);
  }

  @Test
  void of_leavesOptionalFieldsEmpty() {
    Node n = Node.of("p", NodeKind.PREMISE, "Text");

    assertThat(n.source()).isEmpty();
    assertThat(n.section()).isEmpty();
    assertThat(n.tags()).isEmpty();
    assertThat(n.attributes()).isEmpty();
    assertThat(n).hasToString("Node{id=p, kind=PREMISE, text=Text}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "A9", "9", "a_b.c:d-e", "x123456789"})
  void builder_acceptsValidIds(String id) {
    assertThat(Node.of(id, NodeKind.PREMISE, "t").id()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "_a", "a b", "a/b", "é", "a\u0000b", "a\"b"})
  void builder_rejectsInvalidIds(String id) {
    assertThatThrownBy(() -> Node.of(id, NodeKind.PREMISE, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid node id \""
                + id
                + "\": an id is 1 to 128 characters from A-Z a-z 0-9 _ . : - and starts with a"
                + " letter or digit");
  }

  @Test
  void builder_acceptsIdOf128AndRejects129Characters() {
    assertThat(Node.of("a".repeat(128), NodeKind.PREMISE, "t").id()).hasSize(128);
    assertThatThrownBy(() -> Node.of("a".repeat(129), NodeKind.PREMISE, "t"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void builder_rejectsBlankText(String text) {
    assertThatThrownBy(() -> Node.recommendation("r", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node \"r\": text is blank; give the node a statement");
  }

  @Test
  void builder_rejectsBlankSectionTagAndAttributeName() {
    assertThatThrownBy(() -> Node.premise("p", "t").section(" "))
        .hasMessage("node \"p\": section is blank; omit it or name it");
    assertThatThrownBy(() -> Node.premise("p", "t").tag("ok", ""))
        .hasMessage("node \"p\": a tag is blank; tags need text");
    assertThatThrownBy(() -> Node.premise("p", "t").attribute(" ", "v"))
        .hasMessage("node \"p\": an attribute name is blank; name it");
  }

  @Test
  void equals_isByValue() {
    new EqualsTester()
        .addEqualityGroup(full().build(), full().build())
        .addEqualityGroup(full().section("Other").build())
        .addEqualityGroup(full().tag("more").build())
        .addEqualityGroup(full().attribute("actor", "Mexico").build())
        .addEqualityGroup(full().source(null).build())
        .addEqualityGroup(Node.of("q", NodeKind.PREMISE, "Counternarcotics policy failed."))
        .addEqualityGroup(Node.of("q", NodeKind.PROBLEM, "Other text"))
        .addEqualityGroup(Node.of("q2", NodeKind.PROBLEM, "Counternarcotics policy failed."))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Node.class);
    tester.testAllPublicInstanceMethods(full().build());
    tester.testAllPublicInstanceMethods(full());
  }
}
