package io.argraph.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builder's refusal of duplicate relations, which it finds through a per-node filter and chain
 * and, for nodes with many relations, a set: every path must refuse exactly the duplicates.
 */
class BuilderDuplicatesTest {

  private static ArgumentGraph.Builder nodes(int n) {
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    for (int i = 0; i < n; i++) {
      b.premise("n" + i, "Statement " + i + ".");
    }
    return b;
  }

  @Test
  void hub_refusesEveryDuplicateBeforeAndAfterItsRelationsMoveToTheSet() {
    ArgumentGraph.Builder b = nodes(200);
    for (int i = 1; i < 200; i++) {
      b.supports("n0", "n" + i);
    }
    for (int i = 1; i < 200; i++) {
      b.attacks("n0", "n" + i);
    }

    for (int i = 1; i < 200; i++) {
      String target = "n" + i;
      assertThatThrownBy(() -> b.supports("n0", target))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "duplicate relation n0 -> "
                  + target
                  + " (support): the graph already has it; add each relation once");
      assertThatThrownBy(() -> b.attacks("n0", target))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("duplicate relation n0 -> " + target + " (attack)");
    }
    ArgumentGraph g = b.build();
    assertThat(g.relationCount()).isEqualTo(398);
    assertThat(g.supported("n0")).hasSize(199);
    assertThat(g.attacked("n0")).hasSize(199);
  }

  @Test
  void sameEndsOtherType_andReverseDirection_areNotDuplicates() {
    ArgumentGraph.Builder b = nodes(2);
    b.supports("n0", "n1").attacks("n0", "n1").supports("n1", "n0").attacks("n1", "n0");
    b.supports("n0", "n0").attacks("n0", "n0");

    assertThatThrownBy(() -> b.attacks("n0", "n0"))
        .hasMessageStartingWith("duplicate relation n0 -> n0 (attack)");
    assertThat(b.build().relationCount()).isEqualTo(6);
  }

  @Test
  void refusedDuplicate_leavesTheBuilderUnchanged() {
    ArgumentGraph.Builder b = nodes(3);
    b.supports("n0", "n1").supports("n0", "n2");
    ArgumentGraph before = b.build();

    assertThatThrownBy(() -> b.supports("n0", "n2")).isInstanceOf(IllegalArgumentException.class);

    ArgumentGraph after = b.attacks("n0", "n2").build();
    assertThat(after.relations().subList(0, 2)).isEqualTo(before.relations());
    assertThat(after.attacked("n0")).extracting(Node::id).containsExactly("n2");
    assertThat(after.supported("n0")).extracting(Node::id).containsExactly("n1", "n2");
  }

  @Test
  void removal_thenReAdding_refusesOnlyWhatIsPresent() {
    ArgumentGraph.Builder b = nodes(40);
    for (int i = 1; i < 40; i++) {
      b.supports("n0", "n" + i);
    }
    b.removeRelation(Relation.support("n0", "n7")).removeNode("n9");

    b.supports("n0", "n7");
    assertThatThrownBy(() -> b.supports("n0", "n7"))
        .hasMessageStartingWith("duplicate relation n0 -> n7 (support)");
    assertThatThrownBy(() -> b.supports("n0", "n8"))
        .hasMessageStartingWith("duplicate relation n0 -> n8 (support)");
    assertThat(b.build().relationCount()).isEqualTo(38);
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 24).mapToObj(i -> 7L * i + 3);
  }

  /**
   * Random relations, many repeated, some nodes with hundreds: refused exactly when seen before.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void randomRelations_refusedExactlyWhenSeenBefore(long seed) {
    Random random = new Random(seed);
    int n = 2 + random.nextInt(60);
    ArgumentGraph.Builder b = nodes(n);
    Set<String> seen = new HashSet<>();
    List<Relation> added = new ArrayList<>();
    int count = random.nextInt(3000);
    for (int i = 0; i < count; i++) {
      // skewed sources, so that some nodes become hubs and most stay small
      int from = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(n);
      int to = random.nextInt(n);
      Relation r =
          random.nextBoolean()
              ? Relation.support("n" + from, "n" + to)
              : Relation.attack("n" + from, "n" + to);
      String key = r.from() + " " + r.to() + " " + r.type();
      if (seen.add(key)) {
        b.relation(r);
        added.add(r);
      } else {
        assertThatThrownBy(() -> b.relation(r))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(
                "duplicate relation " + r + ": the graph already has it; add each relation once");
      }
    }

    assertThat(b.build().relations()).containsExactlyElementsOf(added);
  }
}
