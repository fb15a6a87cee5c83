/**
 * The {@code argraph} command line, built on picocli.
 *
 * <p>{@link io.argraph.cli.Argraph} is the entry point; each command is a class of its own: {@code
 * check} (the standard checks, exit 1 on error findings), {@code export} (every format of {@code
 * argraph-io}), {@code render} (SVG or PNG through Graphviz), {@code solve} (extensions and
 * acceptance, ICCMA-style or JSON) and {@code explain} (a node's label and why). {@code Input}
 * reads a file or standard input as an argument graph or an abstract framework; every failure
 * becomes a {@code CliException}, reported on one line of standard error with exit code 2.
 *
 * @since 0.1.0
 */
package io.argraph.cli;
