/**
 * Types shared by every format: a {@link io.argraph.io.GraphExporter} writes a graph to a {@link
 * java.io.Writer}, a {@link io.argraph.io.GraphImporter} reads one within {@link
 * io.argraph.io.ReadLimits} and fails with an {@link io.argraph.io.ImportException} that says where
 * the input is wrong.
 *
 * <p>How the types are made follows one rule. Exporters and importers that hold nothing, or one
 * setting given once, have public constructors: {@code new JsonExporter()}, {@code new
 * JsonImporter(limits)}. Types that are configured step by step through {@code with…} copies start
 * from a static {@code create()}, which can hand out one shared default instance where a
 * constructor would make a new one each time: {@code DotExporter.create().withStyle(style)}, {@code
 * GraphvizRenderer.create().withTimeout(timeout)}. {@code IccmaWriter.of(format)} names the one
 * value it is made of, as {@code List.of} does.
 */
package io.argraph.io;
