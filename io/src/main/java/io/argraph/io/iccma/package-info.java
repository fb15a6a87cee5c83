/**
 * The ICCMA abstract-framework formats (APX, TGF, ICCMA 2023) and answer styles, so that argraph's
 * frameworks and answers can be checked against other solvers.
 *
 * <p>{@link io.argraph.io.iccma.IccmaReader} reads a framework strictly (errors give the line and
 * the offending text), {@link io.argraph.io.iccma.IccmaWriter} writes one and refuses names the
 * ICCMA tools cannot read, and {@link io.argraph.io.iccma.IccmaAnswers} formats extensions and
 * acceptance answers as ICCMA solvers print them.
 *
 * <pre>{@code
 * ArgumentationFramework af = IccmaReader.of(IccmaFormat.APX).read(Path.of("nixon.apx"));
 * System.out.println(IccmaAnswers.extensions(Solver.of(af).extensions(Semantics.PREFERRED)));
 * }</pre>
 */
package io.argraph.io.iccma;
