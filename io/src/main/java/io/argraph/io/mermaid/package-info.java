/**
 * Mermaid flowchart export, for diagrams that GitHub and wikis render inside Markdown.
 *
 * <p>{@link io.argraph.io.mermaid.MermaidExporter} writes one {@code flowchart} per graph and
 * refuses graphs past Mermaid's rendering limits rather than write a diagram that shows an error.
 */
package io.argraph.io.mermaid;
