/**
 * GraphML export, for yEd, Gephi, Neo4j and JGraphT.
 *
 * <p>{@link io.argraph.io.graphml.GraphMlExporter} writes every field of the model as a declared
 * GraphML attribute, plus the {@code labels} and {@code label} keys that Neo4j's {@code
 * apoc.import.graphml} reads as node labels and relationship types.
 */
package io.argraph.io.graphml;
