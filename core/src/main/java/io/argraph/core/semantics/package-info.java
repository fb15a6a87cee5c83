/**
 * Formal argumentation semantics: which claims of an argument graph stand, and why.
 *
 * <p>A guided tour:
 *
 * <ul>
 *   <li>{@link io.argraph.core.semantics.ArgumentationFramework} is a Dung framework, built
 *       directly or flattened from an {@link io.argraph.core.model.ArgumentGraph} under a {@link
 *       io.argraph.core.semantics.SupportReading}; each {@link io.argraph.core.semantics.Attack}
 *       keeps the chain of relations that produced it.
 *   <li>{@link io.argraph.core.semantics.Solver} answers grounded, complete, preferred and stable
 *       questions ({@link io.argraph.core.semantics.Semantics}): all extensions, one extension,
 *       credulous and sceptical acceptance, and {@link io.argraph.core.semantics.Labelling}s.
 *   <li>{@link io.argraph.core.semantics.EvidentialLabelling} labels a graph's nodes directly under
 *       the evidential reading, the default of the semantic checks.
 *   <li>{@link io.argraph.core.semantics.Explanation} (and {@link
 *       io.argraph.core.semantics.Explainer} for many nodes) says why a node has its label.
 * </ul>
 *
 * <pre>{@code
 * Solver solver = Solver.of(ArgumentationFramework.of(graph, SupportReading.DEDUCTIVE));
 * Set<String> grounded = solver.grounded().in();
 * String why = Explanation.evidential(graph, "r1").toText();
 * }</pre>
 */
package io.argraph.core.semantics;
