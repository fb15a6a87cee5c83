package io.argraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Relation;
import io.argraph.io.ImportException;
import io.argraph.io.Location;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations whose ends are both nodes already read are added by the nodes' positions; any other
 * (before the nodes, with a note, with an end not in the reader's id table) by id. Both ways give
 * the same graph and the same errors.
 */
class JsonImporterRelationEndsTest {
  private static final String HEAD = "{\"format\": \"argraph\", \"formatVersion\": 1, ";

  private final JsonImporter importer = new JsonImporter();

  private static String nodes(String... ids) {
    StringBuilder sb = new StringBuilder("\"nodes\": [");
    for (int i = 0; i < ids.length; i++) {
      sb.append(i == 0 ? "" : ", ")
          .append("{\"id\": \"")
          .append(ids[i])
          .append("\", \"kind\": \"premise\", \"text\": \"T")
          .append(i)
          .append("\"}");
    }
    return sb.append(']').toString();
  }

  private static String relation(String from, String to, String type, String note) {
    return "{\"from\": \""
        + from
        + "\", \"to\": \""
        + to
        + "\", \"type\": \""
        + type
        + "\""
        + (note == null ? "" : ", \"note\": \"" + note + "\"")
        + "}";
  }

  private static String document(String nodes, String... relations) {
    return HEAD + nodes + ", \"relations\": [" + String.join(", ", relations) + "]}";
  }

  private ImportException failure(String json) {
    return catchThrowableOfType(ImportException.class, () -> importer.fromString(json));
  }

  /** Where the n-th occurrence of a piece starts, on the document's single line. */
  private static Location at(String json, String piece, int occurrence) {
    int i = -1;
    for (int k = 0; k <= occurrence; k++) {
      i = json.indexOf(piece, i + 1);
    }
    return new Location(1, i + 1, i);
  }

  @Test
  void read_addsRelationsByPositionAndByIdIntoTheSameGraph() {
    String json =
        document(
            nodes("a", "b", "c"),
            relation("a", "b", "support", null),
            relation("c", "a", "attack", "why"),
            relation("b", "b", "attack", null),
            relation("a", "b", "attack", null));

    ArgumentGraph graph = importer.fromString(json);

    assertThat(graph.relations())
        .containsExactly(
            Relation.support("a", "b"),
            Relation.attack("c", "a").withNote("why"),
            Relation.attack("b", "b"),
            Relation.attack("a", "b"));
    assertThat(graph.relations().get(0).from()).isSameAs(graph.nodes().get(0).id());
    assertThat(graph.relations().get(2).to()).isSameAs(graph.nodes().get(1).id());
    assertThat(graph.attackers("b")).extracting(n -> n.id()).containsExactly("b", "a");
  }

  @Test
  void read_refusesADuplicateByPositionOfARelationReadWithANote() {
    String duplicate = relation("a", "b", "support", null);
    String json = document(nodes("a", "b"), relation("a", "b", "support", "first"), duplicate);

    ImportException e = failure(json);

    assertThat(e.problem())
        .isEqualTo(
            "duplicate relation a -> b (support): the graph already has it; add each relation once");
    assertThat(e.pointer()).contains("/relations/1");
    assertThat(e.location()).contains(at(json, duplicate, 0));
  }

  @Test
  void read_refusesADuplicateWithANoteOfARelationAddedByPosition() {
    String duplicate = relation("a", "b", "support", "again");
    String json = document(nodes("a", "b"), relation("a", "b", "support", null), duplicate);

    ImportException e = failure(json);

    assertThat(e.problem())
        .isEqualTo(
            "duplicate relation a -> b (support): the graph already has it; add each relation once");
    assertThat(e.pointer()).contains("/relations/1");
    assertThat(e.location()).contains(at(json, duplicate, 0));
  }

  @Test
  void read_refusesADuplicateSelfAttackByPosition() {
    String self = relation("b", "b", "attack", null);
    String json = document(nodes("a", "b"), self, self);

    ImportException e = failure(json);

    assertThat(e.problem())
        .isEqualTo(
            "duplicate relation b -> b (attack): the graph already has it; add each relation once");
    assertThat(e.pointer()).contains("/relations/1");
    assertThat(e.location()).contains(at(json, self, 1));
  }

  @Test
  void read_reportsTheFirstRefusedRelationWhicheverWayItWasAdded() {
    String unknown = relation("a", "zz", "support", null);
    String duplicateJson =
        document(
            nodes("a", "b"),
            relation("a", "b", "support", null),
            relation("a", "b", "support", null),
            unknown);
    String unknownJson =
        document(
            nodes("a", "b"),
            unknown,
            relation("a", "b", "support", null),
            relation("a", "b", "support", null));

    ImportException duplicate = failure(duplicateJson);
    ImportException missing = failure(unknownJson);

    assertThat(duplicate.pointer()).contains("/relations/1");
    assertThat(duplicate.problem()).startsWith("duplicate relation a -> b (support)");
    assertThat(missing.pointer()).contains("/relations/0/to");
    assertThat(missing.problem()).isEqualTo("unknown node \"zz\"; declare it in \"nodes\" first");
    assertThat(missing.location()).contains(at(unknownJson, "\"zz\"", 0));
  }

  @Test
  void read_ofIdsTheTableCouldNotKeepAddsTheirRelationsById() {
    // Strings made of "Aa" and "BB" blocks all have the same hash code: past the table's probe
    // limit their relations are added by id.
    List<String> ids = new ArrayList<>();
    for (int bits = 0; bits < 2 * IdTable.MAX_PROBES; bits++) {
      StringBuilder sb = new StringBuilder();
      for (int b = 0; b < 6; b++) {
        sb.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(sb.toString());
    }
    List<String> relations = new ArrayList<>();
    ArgumentGraph.Builder expected = ArgumentGraph.builder();
    for (int i = 0; i < ids.size(); i++) {
      expected.premise(ids.get(i), "T" + i);
    }
    for (int i = 0; i < ids.size(); i++) {
      String from = ids.get(i);
      String to = ids.get(ids.size() - 1 - i);
      relations.add(relation(from, to, "attack", null));
      expected.attacks(from, to);
    }
    String nodes = nodes(ids.toArray(String[]::new));

    ArgumentGraph graph = importer.fromString(document(nodes, relations.toArray(String[]::new)));
    String last = ids.get(ids.size() - 1);
    String duplicate = relation(last, ids.get(0), "attack", null);
    relations.add(duplicate);
    String duplicateJson = document(nodes, relations.toArray(String[]::new));
    ImportException e = failure(duplicateJson);

    assertThat(graph).isEqualTo(expected.build());
    assertThat(e.pointer()).contains("/relations/" + ids.size());
    assertThat(e.problem())
        .isEqualTo(
            "duplicate relation "
                + last
                + " -> "
                + ids.get(0)
                + " (attack): the graph already has it; add each relation once");
    assertThat(e.location()).contains(at(duplicateJson, duplicate, 1));
  }
}
