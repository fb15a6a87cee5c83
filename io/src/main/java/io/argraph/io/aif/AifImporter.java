package io.argraph.io.aif;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.model.Node;
import io.argraph.core.model.NodeKind;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import io.argraph.core.model.Source;
import io.argraph.io.ImportException;
import io.argraph.io.aif.AifImport.Dropped;
import io.argraph.io.aif.JsonTree.Kind;
import io.argraph.io.aif.JsonTree.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads AIF JSON, as written by AIFdb, OVA3 (its {@code {"AIF": …, "OVA": …, "text": …}} wrapper is
 * unwrapped) and {@link AifExporter}, into an argument graph.
 *
 * <p>The mapping:
 *
 * <ul>
 *   <li>Each I-node becomes a node, in file order. Its id is its {@code argraphId} key if present,
 *       else its {@code nodeID}; its kind is its {@code argraphKind} key if present, else the
 *       {@link KindAssignment} of this importer (by default every such node is a premise). The
 *       other {@code argraph…} keys written by {@link AifExporter} are read back, so an exported
 *       graph imports unchanged.
 *   <li>Each RA node (inference) gives one support from each I-node premise (edges I → RA) to its
 *       conclusion (the edge RA → I); each CA node (conflict) gives one attack from each of its
 *       I-node sources to its target, in the order of the scheme nodes, then of their edges.
 *   <li>The dialogue layer ({@code L}, {@code TA}, {@code YA}), {@code MA} (rephrase) and {@code
 *       PA} (preference) nodes, and every edge that touches one, are skipped and counted in the
 *       {@link AifImport} result. Locutions are ignored.
 *   <li>Ids may be JSON strings or integers; both are read as strings.
 * </ul>
 *
 * <p>What argraph v1 cannot represent is refused with an {@link ImportException} that names the AIF
 * node ids and gives the line, column and JSON pointer: an undercut (a CA node attacking an RA
 * node), any other edge between two scheme nodes, an RA or CA node without premise, without
 * conclusion or with several conclusions. With {@link Builder#lenient(boolean) lenient(true)} such
 * scheme nodes are instead dropped, together with the relations they would imply, and listed in
 * {@link AifImport#dropped()}. Broken input is refused in both modes: malformed JSON, a missing or
 * mistyped required key ({@code nodes}, {@code edges}, {@code nodeID}, {@code type}, {@code text}
 * of an I-node, {@code edgeID}, {@code fromID}, {@code toID}), an unknown node type, a duplicate
 * node id, an edge to an unknown node, an edge joining two I-nodes directly, a cycle through scheme
 * nodes, and anything the graph builder refuses (an invalid id, a blank text).
 *
 * <p>Immutable, and thread-safe when its {@link KindAssignment} is. An importer that throws returns
 * nothing.
 *
 * @since 0.1.0
 */
public final class AifImporter {
  private static final Set<String> SKIPPED = Set.of("L", "TA", "YA", "MA", "PA");
  private static final List<String> SKIPPED_ORDER = List.of("L", "TA", "YA", "MA", "PA");

  private final KindAssignment kinds;
  private final boolean lenient;

  private AifImporter(Builder b) {
    this.kinds = b.kinds;
    this.lenient = b.lenient;
  }

  /** Creates a strict importer that reads I-nodes without {@code argraphKind} as premises. */
  public AifImporter() {
    this(builder());
  }

  /**
   * Starts an importer with options.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads AIF JSON from a reader.
   *
   * @param in the JSON; read to its end, not closed
   * @return the graph and what was skipped
   * @throws ImportException if the input is malformed or cannot be represented
   */
  public AifImport read(Reader in) {
    requireNonNull(in, "in");
    return new Reading(JsonTree.parse(in)).run();
  }

  /**
   * Reads AIF JSON from a string.
   *
   * @param json the JSON
   * @return the graph and what was skipped
   * @throws ImportException if the input is malformed or cannot be represented
   */
  public AifImport read(String json) {
    return read(new StringReader(requireNonNull(json, "json")));
  }

  /**
   * Reads UTF-8 AIF JSON from a stream.
   *
   * @param in the bytes; read to their end, not closed
   * @return the graph and what was skipped
   * @throws ImportException if the input is malformed or cannot be represented
   */
  public AifImport read(InputStream in) {
    return read(new InputStreamReader(requireNonNull(in, "in"), StandardCharsets.UTF_8));
  }

  /**
   * Reads a UTF-8 AIF JSON file.
   *
   * @param file the file
   * @return the graph and what was skipped
   * @throws IOException if the file cannot be read
   * @throws ImportException if the input is malformed or cannot be represented
   */
  public AifImport read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  /**
   * Options of an {@link AifImporter}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private KindAssignment kinds = KindAssignment.always(NodeKind.PREMISE);
    private boolean lenient;

    private Builder() {}

    /**
     * Sets how to choose the kind of I-nodes without an {@code argraphKind} key.
     *
     * @param kinds the assignment; the default makes every such node a premise
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder kinds(KindAssignment kinds) {
      this.kinds = requireNonNull(kinds, "kinds");
      return this;
    }

    /**
     * Chooses the lenient mapping: scheme nodes that argraph cannot represent (undercuts, other
     * edges between scheme nodes, RA or CA nodes without premise, without conclusion or with
     * several conclusions) are dropped and listed in {@link AifImport#dropped()} instead of
     * refused.
     *
     * @param lenient true to drop, false (the default) to refuse
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Builds the importer.
     *
     * @return a new importer
     */
    public AifImporter build() {
      return new AifImporter(this);
    }
  }

  /** An AIF node as read: its id, type and the JSON object it came from. */
  private record AifNode(String id, String type, Value json) {}

  /** An AIF edge as read. */
  private record AifEdge(String id, AifNode from, AifNode to, Value json) {}

  /** The state of one read; never shared. */
  private final class Reading {
    private final Value root;
    private final Map<String, AifNode> byId = new LinkedHashMap<>();
    private final Map<String, Integer> skippedCounts = new HashMap<>();
    private final Map<AifNode, List<AifEdge>> in = new HashMap<>();
    private final Map<AifNode, List<AifEdge>> out = new HashMap<>();
    private final List<AifEdge> schemeToScheme = new ArrayList<>();
    private final Map<AifNode, String> dropReasons = new LinkedHashMap<>();
    private int skippedEdges;

    Reading(Value root) {
      this.root = root;
    }

    AifImport run() {
      expect(root, Kind.OBJECT, "an AIF document");
      Value aif = root.get("AIF") != null ? root.get("AIF") : root;
      expect(aif, Kind.OBJECT, "the AIF object of an OVA3 file");
      readNodes(required(aif, "nodes", Kind.ARRAY));
      readEdges(required(aif, "edges", Kind.ARRAY));
      refuseSchemeCycles();
      checkSchemeEdges();
      ArgumentGraph.Builder graph = ArgumentGraph.builder();
      readGraphInfo(aif.get("argraphGraph"), graph);
      Map<AifNode, String> argraphIds = new HashMap<>();
      for (AifNode n : byId.values()) {
        if (n.type().equals("I")) {
          argraphIds.put(n, addNode(graph, n));
        }
      }
      int merged = addRelations(graph, argraphIds);
      Map<String, Integer> skipped = new LinkedHashMap<>();
      for (String type : SKIPPED_ORDER) {
        if (skippedCounts.containsKey(type)) {
          skipped.put(type, skippedCounts.get(type));
        }
      }
      List<Dropped> dropped = new ArrayList<>();
      dropReasons.forEach((n, why) -> dropped.add(new Dropped(n.id(), n.type(), why)));
      return new AifImport(graph.build(), skipped, skippedEdges, dropped, merged);
    }

    private void readNodes(Value nodes) {
      for (Value v : nodes.elements()) {
        expect(v, Kind.OBJECT, "a node");
        String id = id(v, "nodeID");
        String type = string(required(v, "type", Kind.STRING));
        if (!type.equals("I") && !type.equals("RA") && !type.equals("CA")) {
          if (!SKIPPED.contains(type)) {
            throw error(
                v.get("type"),
                "node "
                    + id
                    + " has the unknown type \""
                    + type
                    + "\"; AIF node types are I, RA, CA, MA, PA, L, TA and YA");
          }
          skippedCounts.merge(type, 1, Integer::sum);
        }
        AifNode previous = byId.putIfAbsent(id, new AifNode(id, type, v));
        if (previous != null) {
          throw error(
              v.get("nodeID"),
              "duplicate nodeID "
                  + id
                  + " (first at "
                  + previous.json().location()
                  + "); give each node its own id");
        }
      }
    }

    private void readEdges(Value edges) {
      for (Value v : edges.elements()) {
        expect(v, Kind.OBJECT, "an edge");
        String id = id(v, "edgeID");
        AifNode from = endpoint(v, id, "fromID");
        AifNode to = endpoint(v, id, "toID");
        if (SKIPPED.contains(from.type()) || SKIPPED.contains(to.type())) {
          skippedEdges++;
          continue;
        }
        AifEdge edge = new AifEdge(id, from, to, v);
        boolean fromI = from.type().equals("I");
        boolean toI = to.type().equals("I");
        if (fromI && toI) {
          throw error(
              v,
              "edge "
                  + id
                  + " joins I-nodes "
                  + from.id()
                  + " and "
                  + to.id()
                  + " directly; AIF links statements only through an RA or a CA node");
        }
        if (!fromI && !toI) {
          schemeToScheme.add(edge);
        }
        out.computeIfAbsent(from, k -> new ArrayList<>()).add(edge);
        in.computeIfAbsent(to, k -> new ArrayList<>()).add(edge);
      }
    }

    private AifNode endpoint(Value edge, String edgeId, String key) {
      String id = id(edge, key);
      AifNode n = byId.get(id);
      if (n == null) {
        throw error(
            edge.get(key),
            "edge "
                + edgeId
                + ": "
                + key
                + " "
                + id
                + " names no node; every edge must join two nodes listed in \"nodes\"");
      }
      return n;
    }

    /** Refuses a cycle of edges among scheme nodes: it leads from no statement to none. */
    private void refuseSchemeCycles() {
      Map<AifNode, List<AifEdge>> next = new HashMap<>();
      for (AifEdge e : schemeToScheme) {
        next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
      }
      Set<AifNode> done = new HashSet<>();
      for (AifEdge start : schemeToScheme) {
        List<AifEdge> path = new ArrayList<>();
        Set<AifNode> onPath = new LinkedHashSet<>();
        findCycle(start.from(), next, done, path, onPath);
      }
    }

    private void findCycle(
        AifNode node,
        Map<AifNode, List<AifEdge>> next,
        Set<AifNode> done,
        List<AifEdge> path,
        Set<AifNode> onPath) {
      if (done.contains(node)) {
        return;
      }
      onPath.add(node);
      for (AifEdge e : next.getOrDefault(node, List.of())) {
        path.add(e);
        if (onPath.contains(e.to())) {
          List<String> ids = new ArrayList<>();
          boolean in = false;
          for (AifEdge p : path) {
            in |= p.from().equals(e.to());
            if (in) {
              ids.add(p.from().id());
            }
          }
          ids.add(e.to().id());
          throw error(
              e.json(),
              "cycle through scheme nodes "
                  + String.join(" -> ", ids)
                  + "; AIF schemes must lead from statements (I-nodes) to statements");
        }
        findCycle(e.to(), next, done, path, onPath);
        path.remove(path.size() - 1);
      }
      onPath.remove(node);
      done.add(node);
    }

    private void checkSchemeEdges() {
      for (AifEdge e : schemeToScheme) {
        boolean undercut = e.from().type().equals("CA") && e.to().type().equals("RA");
        String what =
            undercut
                ? "node "
                    + e.from().id()
                    + " (CA) attacks the inference "
                    + e.to().id()
                    + " (RA): an undercut"
                : "edge "
                    + e.id()
                    + " links scheme node "
                    + e.from().id()
                    + " ("
                    + e.from().type()
                    + ") to scheme node "
                    + e.to().id()
                    + " ("
                    + e.to().type()
                    + ")";
        refuseOrDrop(
            e.from(),
            e.json(),
            what,
            undercut
                ? "undercut: attacks the inference " + e.to().id()
                : "links to scheme node " + e.to().id());
      }
      for (AifNode n : byId.values()) {
        if (!n.type().equals("RA") && !n.type().equals("CA")) {
          continue;
        }
        List<AifNode> premises = ends(in.get(n), true);
        List<AifNode> conclusions = ends(out.get(n), false);
        String role = n.type().equals("RA") ? "inference" : "conflict";
        String article = n.type().equals("RA") ? "an " : "a ";
        if (conclusions.isEmpty()) {
          refuseOrDrop(
              n,
              n.json(),
              n.type()
                  + " node "
                  + n.id()
                  + " has no conclusion: no edge leads from this "
                  + role
                  + " to an I-node",
              "no conclusion");
        } else if (conclusions.size() > 1) {
          refuseOrDrop(
              n,
              n.json(),
              n.type()
                  + " node "
                  + n.id()
                  + " has "
                  + conclusions.size()
                  + " conclusions ("
                  + String.join(", ", conclusions.stream().map(AifNode::id).toList())
                  + "); "
                  + article
                  + role
                  + " has one",
              "several conclusions");
        } else if (premises.isEmpty()) {
          refuseOrDrop(
              n,
              n.json(),
              n.type()
                  + " node "
                  + n.id()
                  + " has no premise: no edge leads from an I-node to"
                  + " this "
                  + role,
              "no premise");
        }
      }
    }

    private void refuseOrDrop(AifNode node, Value at, String what, String reason) {
      if (!lenient) {
        throw error(
            at,
            what
                + ", which argraph v1 cannot represent; fix the file, or read it with"
                + " AifImporter.builder().lenient(true) to drop such scheme nodes");
      }
      dropReasons.putIfAbsent(node, reason);
    }

    private List<AifNode> ends(@Nullable List<AifEdge> edges, boolean sources) {
      List<AifNode> result = new ArrayList<>();
      if (edges != null) {
        for (AifEdge e : edges) {
          AifNode end = sources ? e.from() : e.to();
          if (end.type().equals("I") && !result.contains(end)) {
            result.add(end);
          }
        }
      }
      return result;
    }

    private String addNode(ArgumentGraph.Builder graph, AifNode n) {
      Value v = n.json();
      String text = string(required(v, "text", Kind.STRING));
      Value idValue = optional(v, "argraphId", Kind.STRING);
      String id = idValue == null ? n.id() : string(idValue);
      Value kindValue = optional(v, "argraphKind", Kind.STRING);
      try {
        NodeKind kind;
        if (kindValue == null) {
          kind = requireNonNull(kinds.kindOf(n.id(), text), "KindAssignment returned null");
        } else {
          kind = kind(kindValue, n.id());
        }
        Node.Builder node = Node.builder(id, kind, text);
        Value section = optional(v, "argraphSection", Kind.STRING);
        if (section != null) {
          node.section(string(section));
        }
        Value tags = optional(v, "argraphTags", Kind.ARRAY);
        if (tags != null) {
          for (Value tag : tags.elements()) {
            node.tag(string(expect(tag, Kind.STRING, "a tag")));
          }
        }
        Value attributes = optional(v, "argraphAttributes", Kind.OBJECT);
        if (attributes != null) {
          for (Map.Entry<String, Value> a : attributes.members().entrySet()) {
            node.attribute(a.getKey(), string(expect(a.getValue(), Kind.STRING, "an attribute")));
          }
        }
        Value source = optional(v, "argraphSource", Kind.OBJECT);
        if (source != null) {
          node.source(
              new Source(
                  string(required(source, "document", Kind.STRING)),
                  string(required(source, "quote", Kind.STRING)),
                  integer(required(source, "start", Kind.INTEGER)),
                  integer(required(source, "end", Kind.INTEGER))));
        }
        graph.node(node.build());
      } catch (IllegalArgumentException e) {
        throw error(v, "I-node " + n.id() + ": " + e.getMessage());
      }
      return id;
    }

    private int addRelations(ArgumentGraph.Builder graph, Map<AifNode, String> argraphIds) {
      Set<List<String>> seen = new HashSet<>();
      int merged = 0;
      for (AifNode n : byId.values()) {
        boolean support = n.type().equals("RA");
        if ((!support && !n.type().equals("CA")) || dropReasons.containsKey(n)) {
          continue;
        }
        RelationType type = support ? RelationType.SUPPORT : RelationType.ATTACK;
        Value noteValue = optional(n.json(), "argraphNote", Kind.STRING);
        String note = noteValue == null ? null : string(noteValue);
        String to = argraphIds.get(ends(out.get(n), false).get(0));
        for (AifNode premise : ends(in.get(n), true)) {
          String from = argraphIds.get(premise);
          if (!seen.add(List.of(from, to, type.name()))) {
            merged++;
            continue;
          }
          try {
            graph.relation(Relation.of(from, to, type).withNote(note));
          } catch (IllegalArgumentException e) {
            throw error(n.json(), n.type() + " node " + n.id() + ": " + e.getMessage());
          }
        }
      }
      return merged;
    }

    private void readGraphInfo(@Nullable Value info, ArgumentGraph.Builder graph) {
      if (info == null) {
        return;
      }
      expect(info, Kind.OBJECT, "the argraphGraph object");
      try {
        Value id = optional(info, "id", Kind.STRING);
        if (id != null) {
          graph.id(string(id));
        }
        Value title = optional(info, "title", Kind.STRING);
        if (title != null) {
          graph.title(string(title));
        }
        Value metadata = optional(info, "metadata", Kind.OBJECT);
        if (metadata != null) {
          for (Map.Entry<String, Value> m : metadata.members().entrySet()) {
            graph.metadata(
                m.getKey(), string(expect(m.getValue(), Kind.STRING, "a metadata value")));
          }
        }
      } catch (IllegalArgumentException e) {
        throw error(info, e.getMessage());
      }
    }

    private NodeKind kind(Value v, String nodeId) {
      String k = string(v);
      for (NodeKind kind : NodeKind.values()) {
        if (kind.name().toLowerCase(Locale.ROOT).equals(k)) {
          return kind;
        }
      }
      throw error(
          v,
          "I-node "
              + nodeId
              + " has argraphKind \""
              + k
              + "\"; expected premise, problem or recommendation");
    }

    /** Reads an id that may be a JSON string or integer. */
    private String id(Value object, String key) {
      Value v = object.get(key);
      if (v == null) {
        throw error(object, "missing \"" + key + "\"; every " + what(key) + " needs one");
      }
      if (v.kind() != Kind.STRING && v.kind() != Kind.INTEGER) {
        throw error(
            v, "\"" + key + "\" is " + v.kind().description + "; expected a string or an integer");
      }
      String id = string(v);
      if (id.isEmpty()) {
        throw error(v, "\"" + key + "\" is empty; ids need at least one character");
      }
      return id;
    }

    private String what(String key) {
      return key.equals("nodeID") ? "node" : "edge";
    }

    private Value required(Value object, String key, Kind kind) {
      Value v = object.get(key);
      if (v == null) {
        throw error(object, "missing \"" + key + "\"; expected " + kind.description + " here");
      }
      return expect(v, kind, "\"" + key + "\"");
    }

    private @Nullable Value optional(Value object, String key, Kind kind) {
      Value v = object.get(key);
      return v == null ? null : expect(v, kind, "\"" + key + "\"");
    }

    private Value expect(Value v, Kind kind, String what) {
      if (v.kind() != kind) {
        throw error(v, what + " is " + v.kind().description + "; expected " + kind.description);
      }
      return v;
    }

    private String string(Value v) {
      return requireNonNull(v.text());
    }

    private int integer(Value v) {
      try {
        return Integer.parseInt(string(v));
      } catch (NumberFormatException e) {
        throw error(v, "the number " + v.text() + " is out of range; expected an int");
      }
    }

    private ImportException error(Value at, String problem) {
      return new ImportException(problem, at.location(), at.pointer());
    }
  }
}
