package io.argraph.io.iccma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import io.argraph.core.semantics.ArgumentationFramework;
import io.argraph.core.semantics.Semantics;
import io.argraph.core.semantics.Solver;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IccmaAnswersTest {

  @Test
  void iccma2019_extensionsAndAcceptance() {
    assertThat(IccmaAnswers.extension(ImmutableSet.of("a", "b"))).isEqualTo("[a,b]");
    assertThat(IccmaAnswers.extension(Set.of())).isEqualTo("[]");
    assertThat(IccmaAnswers.extension(Optional.empty())).isEqualTo("NO");
    assertThat(IccmaAnswers.extension(Optional.of(Set.of("c")))).isEqualTo("[c]");
    assertThat(IccmaAnswers.extensions(List.of(ImmutableSet.of("a", "b"), Set.of("c"))))
        .isEqualTo("[[a,b],[c]]");
    assertThat(IccmaAnswers.extensions(List.of())).isEqualTo("[]");
    assertThat(IccmaAnswers.acceptance(true)).isEqualTo("YES");
    assertThat(IccmaAnswers.acceptance(false)).isEqualTo("NO");
  }

  @Test
  void iccma2023_witnessLinesUseArgumentNumbers() {
    ArgumentationFramework af =
        IccmaReader.of(IccmaFormat.ICCMA_2023).read("p af 5\n3 4\n4 3\n3 1\n");
    Solver solver = Solver.of(af);
    List<String> witnesses =
        solver.extensions(Semantics.PREFERRED).stream()
            .map(e -> IccmaAnswers.witness(af, e))
            .toList();
    assertThat(witnesses).containsExactly("w 1 2 4 5", "w 2 3 5");
    assertThat(IccmaAnswers.witness(af, Set.of())).isEqualTo("w");
    assertThat(IccmaAnswers.witness(af, Optional.empty())).isEqualTo("NO");
    assertThat(IccmaAnswers.witness(af, solver.extension(Semantics.GROUNDED))).isEqualTo("w 2 5");
  }

  @Test
  void witness_rejectsUnknownArgument() {
    ArgumentationFramework af = ArgumentationFramework.builder().argument("a").build();
    assertThatThrownBy(() -> IccmaAnswers.witness(af, Set.of("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown argument \"b\"; the framework has no such argument");
  }
}
