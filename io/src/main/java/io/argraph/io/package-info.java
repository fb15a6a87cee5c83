/**
 * Types shared by every format: a {@link io.argraph.io.GraphExporter} writes a graph to a {@link
 * java.io.Writer}, a {@link io.argraph.io.GraphImporter} reads one within {@link
 * io.argraph.io.ReadLimits} and fails with an {@link io.argraph.io.ImportException} that says where
 * the input is wrong.
 */
package io.argraph.io;
