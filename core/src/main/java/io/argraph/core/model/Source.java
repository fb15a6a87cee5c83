package io.argraph.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;

/**
 * Where a node's statement comes from: an exact quote and its position in a named source document.
 *
 * <p>Offsets count Java {@code char}s (UTF-16 units) into the document's text; {@code end} is
 * exclusive, so {@code document.substring(start, end)} equals {@code quote}. Obtain a source with
 * {@link SourceDocument#quote(String)} rather than typing offsets by hand.
 *
 * @param document the name of the source document, e.g. a file name
 * @param quote the exact text quoted; never empty
 * @param start the offset of the quote's first character
 * @param end the offset just past the quote's last character
 * @since 0.1.0
 */
@Immutable
public record Source(String document, String quote, int start, int end) {

  /**
   * Creates a source, refusing negative, reversed or inconsistent offsets.
   *
   * @param document the name of the source document
   * @param quote the exact text quoted
   * @param start the offset of the quote's first character
   * @param end the offset just past the quote's last character
   * @throws IllegalArgumentException if the document name is blank, the quote is empty, an offset
   *     is negative, {@code end < start}, or {@code end - start} differs from the quote's length
   */
  public Source {
    requireNonNull(document, "document");
    requireNonNull(quote, "quote");
    Ids.checkNotBlank(document, "source document name is blank; name the document quoted");
    checkArgument(!quote.isEmpty(), "source quote is empty; quote the text the node comes from");
    checkArgument(
        start >= 0,
        "source offsets %s..%s in \"%s\" are negative; offsets count chars from 0",
        start,
        end,
        document);
    checkArgument(
        end >= start,
        "source offsets %s..%s in \"%s\" are reversed; start must not exceed end",
        start,
        end,
        document);
    checkArgument(
        end - start == quote.length(),
        "source offsets %s..%s in \"%s\" span %s chars but the quote has %s; "
            + "locate the quote with SourceDocument.quote",
        start,
        end,
        document,
        end - start,
        quote.length());
  }
}
