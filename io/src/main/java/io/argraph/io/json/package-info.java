/**
 * The native JSON format of argraph, version 1.
 *
 * <p>{@link io.argraph.io.json.JsonExporter} writes a graph deterministically (fixed key order,
 * two-space indent, {@code \n} line ends, UTF-8); {@link io.argraph.io.json.JsonImporter} reads it
 * back strictly, token by token, within {@link io.argraph.io.ReadLimits}, failing with an {@link
 * io.argraph.io.ImportException} that gives line, column and JSON pointer. {@link
 * io.argraph.io.json.JsonReports} writes a check report as JSON. The JSON Schema (draft 2020-12) of
 * the format ships as the resource {@code io/argraph/io/json/argraph-v1.schema.json}.
 */
package io.argraph.io.json;
