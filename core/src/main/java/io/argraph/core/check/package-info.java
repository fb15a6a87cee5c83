/**
 * Consistency checks: findings about flaws in an argument graph, gathered in a report.
 *
 * <p>Start with {@link io.argraph.core.check.Checks#standard()}: its {@code run(graph)} returns a
 * {@link io.argraph.core.check.Report} of {@link io.argraph.core.check.Finding}s in a fixed order
 * (errors first, then by code, then by the graph position of the first node). {@link
 * io.argraph.core.check.Checks#builder()} disables a built-in check, changes its {@link
 * io.argraph.core.check.Severity}, or adds a {@link io.argraph.core.check.Check} of your own. The
 * stable codes of the built-in checks are the constants of {@link
 * io.argraph.core.check.CheckCodes}; their definitions are those of DESIGN.md.
 *
 * <pre>{@code
 * Report report = Checks.standard().run(graph);
 * System.out.print(report.toText());
 * if (report.hasErrors()) { ... }
 * }</pre>
 *
 * <p>All built-in checks together run in time linear in nodes plus relations: they share one
 * analysis of the graph's numbered index (breadth-first searches for groundedness and reachability,
 * Tarjan's algorithm for support cycles).
 */
package io.argraph.core.check;
