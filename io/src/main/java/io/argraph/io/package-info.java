/**
 * Types shared by every format: exporters write a graph to a {@link java.io.Writer}, importers read
 * one and fail with an {@code ImportException} that says where the input is wrong.
 */
package io.argraph.io;
