package io.argraph.io.aif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.io.ImportException;
import io.argraph.io.Location;
import io.argraph.io.aif.AifImport.Dropped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AifImporterTest {
  private static final AifImporter STRICT = new AifImporter();
  private static final AifImporter LENIENT = AifImporter.builder().lenient(true).build();
  private static final Path REAL_AIFDB_EXPORT =
      Path.of("/work/shared/data/aifdb-nodeset-6064.json");

  private static AifImport read(AifImporter importer, String resource) {
    try (InputStream in = AifImporterTest.class.getResourceAsStream("/aif/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      return importer.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void read_aifdbStyleFile_mapsInodesRaAndCaAndSkipsTheDialogue() {
    AifImport result = read(STRICT, "debate-small.json");
    ArgumentGraph g = result.graph();
    assertThat(g.nodes())
        .containsExactly(
            Node.of("101", NodeKind.PREMISE, "Public inquiries into abuses were held"),
            Node.of("102", NodeKind.PREMISE, "The empire answered to public opinion"),
            Node.of("103", NodeKind.PREMISE, "Brutality was tolerated in the colonies"),
            Node.of("104", NodeKind.PREMISE, "Newspapers reported the massacre"));
    // RA 105 is a linked argument (two premises); RA 106 has no scheme; CA 107 an attack.
    assertThat(g.relations())
        .containsExactly(
            Relation.support("101", "102"),
            Relation.support("104", "102"),
            Relation.support("102", "103"),
            Relation.attack("103", "101"));
    assertThat(result.skippedNodes())
        .containsExactly(Map.entry("L", 2), Map.entry("TA", 1), Map.entry("YA", 2));
    assertThat(result.skippedEdges()).isEqualTo(5);
    assertThat(result.dropped()).isEmpty();
    assertThat(g.id()).isEmpty();
  }

  @Test
  void read_ova3Wrapper_readsTheAifInside() {
    assertThat(read(STRICT, "ova3-wrapper.json")).isEqualTo(read(STRICT, "debate-small.json"));
  }

  @Test
  void read_kindAssignment_choosesKindsOfPlainInodes() {
    AifImporter importer =
        AifImporter.builder()
            .kinds((id, text) -> text.startsWith("Brutality") ? NodeKind.PROBLEM : NodeKind.PREMISE)
            .build();
    ArgumentGraph g = read(importer, "debate-small.json").graph();
    assertThat(g.nodes(NodeKind.PROBLEM)).extracting(Node::id).containsExactly("103");
    assertThat(g.nodes(NodeKind.PREMISE)).hasSize(3);
    ArgumentGraph all =
        read(
                AifImporter.builder().kinds(KindAssignment.always(NodeKind.RECOMMENDATION)).build(),
                "debate-small.json")
            .graph();
    assertThat(all.nodes(NodeKind.RECOMMENDATION)).hasSize(4);
  }

  @Test
  void read_argraphKindKey_winsOverTheKindAssignment() {
    String json =
        """
        {"nodes":[{"nodeID":"1","text":"a","type":"I","argraphKind":"recommendation"}],"edges":[]}
        """;
    assertThat(STRICT.read(json).graph().nodes().get(0).kind()).isEqualTo(NodeKind.RECOMMENDATION);
  }

  @Test
  void read_realAifdbExport_givesNineNodesAndTheSupportsOfItsFiveRaNodes() throws IOException {
    assumeTrue(
        Files.isReadable(REAL_AIFDB_EXPORT),
        "the AIFdb export " + REAL_AIFDB_EXPORT + " is not on this machine");
    AifImport result = STRICT.read(REAL_AIFDB_EXPORT);
    ArgumentGraph g = result.graph();
    assertThat(g.nodeCount()).isEqualTo(9);
    assertThat(g.nodes()).allSatisfy(n -> assertThat(n.kind()).isEqualTo(NodeKind.PREMISE));
    assertThat(g.relations())
        .containsExactly(
            Relation.support("29053", "29054"),
            Relation.support("111809", "111805"),
            Relation.support("111809", "111816"),
            Relation.support("111816", "29053"),
            Relation.support("111833", "111839"));
    assertThat(result.skippedNodes())
        .containsExactly(Map.entry("L", 16), Map.entry("TA", 8), Map.entry("YA", 14));
    assertThat(result.skippedEdges()).isEqualTo(44);
  }

  @Test
  void read_supportImpliedTwice_isKeptOnceAndCounted() {
    String json =
        """
        {"nodes":[
         {"nodeID":"1","text":"a","type":"I"},{"nodeID":"2","text":"b","type":"I"},
         {"nodeID":"3","text":"RA","type":"RA"},{"nodeID":"4","text":"RA","type":"RA"}],
         "edges":[
         {"edgeID":"5","fromID":"1","toID":"3"},{"edgeID":"6","fromID":"3","toID":"2"},
         {"edgeID":"7","fromID":"1","toID":"4"},{"edgeID":"8","fromID":"4","toID":"2"}]}
        """;
    AifImport result = STRICT.read(json);
    assertThat(result.graph().relations()).containsExactly(Relation.support("1", "2"));
    assertThat(result.mergedRelations()).isEqualTo(1);
  }

  @Test
  void read_lenient_dropsUndercutsAndBrokenSchemesAndReportsThem() {
    AifImport undercut = read(LENIENT, "hostile/undercut.json");
    assertThat(undercut.graph().relations()).containsExactly(Relation.support("1", "2"));
    assertThat(undercut.graph().nodeCount()).isEqualTo(3);
    assertThat(undercut.dropped())
        .containsExactly(new Dropped("5", "CA", "undercut: attacks the inference 3"));

    assertThat(read(LENIENT, "hostile/ra-without-conclusion.json").dropped())
        .containsExactly(new Dropped("3", "RA", "no conclusion"));
    assertThat(read(LENIENT, "hostile/ra-without-premise.json").dropped())
        .containsExactly(new Dropped("3", "RA", "no premise"));
    AifImport twoConclusions = read(LENIENT, "hostile/ca-two-conclusions.json");
    assertThat(twoConclusions.dropped())
        .containsExactly(new Dropped("4", "CA", "several conclusions"));
    assertThat(twoConclusions.graph().relations()).isEmpty();
  }

  @Test
  void read_lenient_stillRefusesBrokenFiles() {
    assertThatThrownBy(() -> read(LENIENT, "hostile/scheme-cycle.json"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("cycle through scheme nodes 3 -> 4 -> 3");
    assertThatThrownBy(() -> read(LENIENT, "hostile/dangling-edge.json"))
        .hasMessageContaining("toID 99 names no node");
  }

  @Test
  void read_schemeToSchemeEdgeOtherThanUndercut_isRefusedOrDropped() {
    String json =
        """
        {"nodes":[
         {"nodeID":"1","text":"a","type":"I"},{"nodeID":"2","text":"b","type":"I"},
         {"nodeID":"3","text":"RA","type":"RA"},{"nodeID":"4","text":"RA","type":"RA"}],
         "edges":[
         {"edgeID":"5","fromID":"1","toID":"3"},{"edgeID":"6","fromID":"3","toID":"2"},
         {"edgeID":"7","fromID":"4","toID":"3"},{"edgeID":"8","fromID":"1","toID":"4"}]}
        """;
    assertThatThrownBy(() -> STRICT.read(json))
        .hasMessage(
            "line 6, column 2 (/edges/2): edge 7 links scheme node 4 (RA) to scheme node 3 (RA),"
                + " which argraph v1 cannot represent; fix the file, or read it with"
                + " AifImporter.builder().lenient(true) to drop such scheme nodes");
    assertThat(LENIENT.read(json).dropped())
        .containsExactly(new Dropped("4", "RA", "links to scheme node 3"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          bad-kind.json | line 2, column 51 (/nodes/0/argraphKind): I-node 1 has argraphKind "claim"; expected premise, problem or recommendation
          bad-source.json | line 2, column 1 (/nodes/0): I-node 1: source offsets 0..2 in "d" span 2 chars but the quote has 3; locate the quote with SourceDocument.quote
          blank-text.json | line 2, column 1 (/nodes/0): I-node 1: node "1": text is blank; give the node a statement
          ca-two-conclusions.json | line 5, column 1 (/nodes/3): CA node 4 has 2 conclusions (2, 3); a conflict has one, which argraph v1 cannot represent; fix the file, or read it with AifImporter.builder().lenient(true) to drop such scheme nodes
          dangling-edge.json | line 6, column 36 (/edges/1/toID): edge 11: toID 99 names no node; every edge must join two nodes listed in "nodes"
          decimal-id.json | line 2, column 11 (/nodes/0/nodeID): "nodeID" is a decimal number; expected a string or an integer
          duplicate-key.json | line 2, column 15 (/nodes/0/nodeID): duplicate key "nodeID"; each key may appear once in an object
          duplicate-node-id.json | line 3, column 11 (/nodes/1/nodeID): duplicate nodeID 1 (first at line 2, column 1); give each node its own id
          empty.json | line 1, column 1: the input is empty; expected an AIF JSON object
          i-to-i.json | line 5, column 1 (/edges/0): edge 10 joins I-nodes 1 and 2 directly; AIF links statements only through an RA or a CA node
          malformed.json | line 2, column 1: malformed JSON: Unexpected end-of-input within/between Array entries
          missing-edges.json | line 1, column 1 (/): missing "edges"; expected an array here
          missing-node-id.json | line 2, column 1 (/nodes/0): missing "nodeID"; every node needs one
          missing-to-id.json | line 4, column 1 (/edges/0): missing "toID"; every edge needs one
          node-id-wrong-type.json | line 2, column 11 (/nodes/0/nodeID): "nodeID" is a boolean; expected a string or an integer
          nodes-not-array.json | line 1, column 10 (/nodes): "nodes" is an object; expected an array
          ra-without-conclusion.json | line 3, column 1 (/nodes/1): RA node 3 has no conclusion: no edge leads from this inference to an I-node, which argraph v1 cannot represent; fix the file, or read it with AifImporter.builder().lenient(true) to drop such scheme nodes
          ra-without-premise.json | line 3, column 1 (/nodes/1): RA node 3 has no premise: no edge leads from an I-node to this inference, which argraph v1 cannot represent; fix the file, or read it with AifImporter.builder().lenient(true) to drop such scheme nodes
          root-array.json | line 1, column 1 (/): an AIF document is an array; expected an object
          scheme-cycle.json | line 10, column 1 (/edges/3): cycle through scheme nodes 3 -> 4 -> 3; AIF schemes must lead from statements (I-nodes) to statements
          tag-not-string.json | line 2, column 56 (/nodes/0/argraphTags/1): a tag is an integer; expected a string
          trailing-content.json | line 1, column 25: unexpected content after the end of the JSON document; an AIF file holds one object
          undercut.json | line 11, column 1 (/edges/3): node 5 (CA) attacks the inference 3 (RA): an undercut, which argraph v1 cannot represent; fix the file, or read it with AifImporter.builder().lenient(true) to drop such scheme nodes
          unknown-type.json | line 2, column 33 (/nodes/0/type): node 1 has the unknown type "XX"; AIF node types are I, RA, CA, MA, PA, L, TA and YA
          """)
  void read_hostileAif_isRefusedWithALocatedMessage(String file, String message) {
    assertThatThrownBy(() -> read(STRICT, "hostile/" + file))
        .isInstanceOf(ImportException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((ImportException) e).location()).isPresent());
  }

  @Test
  void read_everyHostileFile_hasAnExpectedMessage() throws Exception {
    // Keeps the table above complete: a new hostile fixture must come with its message.
    Path dir = Path.of("src/test/resources/aif/hostile");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(24);
    }
  }

  @Test
  void read_graphInfo_isReadBack() {
    String json =
        """
        {"nodes":[],"edges":[],"locutions":[],
         "argraphGraph":{"id":"g1","title":"T","metadata":{"author":"A"}}}
        """;
    ArgumentGraph g = STRICT.read(json).graph();
    assertThat(g.id()).contains("g1");
    assertThat(g.title()).contains("T");
    assertThat(g.metadata()).containsExactly(Map.entry("author", "A"));
    ImportException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ImportException.class,
            () -> STRICT.read("{\"nodes\":[],\"edges\":[],\"argraphGraph\":{\"id\":\"bad id\"}}"));
    assertThat(e.location()).contains(new Location(1, 39, 38));
    assertThat(e.pointer()).contains("/argraphGraph");
    assertThat(e.problem()).startsWith("invalid graph id \"bad id\"");
  }

  @Test
  void result_copiesItsCollections() {
    AifImport r = new AifImport(ArgumentGraph.builder().build(), Map.of("L", 1), 2, List.of(), 0);
    assertThat(r.skippedNodes()).containsExactly(Map.entry("L", 1));
    assertThatThrownBy(() -> r.dropped().add(new Dropped("1", "RA", "x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
