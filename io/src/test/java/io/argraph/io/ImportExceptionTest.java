package io.argraph.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportExceptionTest {

  @Test
  void message_readsLocationPointerThenProblem() {
    ImportException e =
        new ImportException(
            "unknown node \"r9\"; declare it in \"nodes\" first",
            new Location(14, 9, 311),
            "/relations/3/to");

    assertThat(e)
        .hasMessage(
            "line 14, column 9 (/relations/3/to): unknown node \"r9\"; declare it in \"nodes\""
                + " first");
    assertThat(e.problem()).isEqualTo("unknown node \"r9\"; declare it in \"nodes\" first");
    assertThat(e.location()).contains(new Location(14, 9, 311));
    assertThat(e.pointer()).contains("/relations/3/to");
  }

  @Test
  void message_leavesOutWhatIsUnknown() {
    assertThat(new ImportException("empty input", null, null)).hasMessage("empty input");
    assertThat(new ImportException("bad", Location.ofLine(3), null))
        .hasMessage("line 3, column 1: bad");
    assertThat(new ImportException("bad", null, "")).hasMessage("(/): bad");
    assertThat(new ImportException("bad", null, "/a", new IllegalStateException("x")))
        .hasMessage("(/a): bad")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void location_rejectsImpossiblePlaces() {
    assertThatThrownBy(() -> new Location(0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 0, column 1: both count from 1");
    assertThatThrownBy(() -> new Location(1, 1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset -2: offsets count from 0, -1 if unknown");
    assertThat(Location.ofLine(7)).isEqualTo(new Location(7, 1, -1));
  }
}
