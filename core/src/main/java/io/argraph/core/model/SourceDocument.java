package io.argraph.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A named text that nodes quote from; it finds the offsets of a quote so that nobody types them.
 *
 * <p>Equality is by name and text.
 *
 * @param name the document's name, used as {@link Source#document()}
 * @param text the full text of the document
 * @since 0.1.0
 */
public record SourceDocument(String name, String text) {

  /**
   * Creates a document.
   *
   * @param name the document's name
   * @param text the full text
   * @throws IllegalArgumentException if the name is blank
   */
  public SourceDocument {
    requireNonNull(name, "name");
    requireNonNull(text, "text");
    Ids.checkNotBlank(name, "source document name is blank; name the document");
  }

  /**
   * Locates a quote that occurs exactly once in this document.
   *
   * @param quote the exact text to find
   * @return the source of that quote, with its offsets
   * @throws IllegalArgumentException if the quote is empty, absent, or occurs more than once
   */
  public Source quote(String quote) {
    requireNonNull(quote, "quote");
    checkArgument(!quote.isEmpty(), "quote is empty; give the exact text to locate in %s", name);
    int first = text.indexOf(quote);
    checkArgument(first >= 0, "quote not found in %s: \"%s\"", name, abbreviate(quote));
    int second = text.indexOf(quote, first + 1);
    checkArgument(
        second < 0,
        "quote occurs more than once in %s (at %s and %s): \"%s\"; "
            + "quote more text, or choose an occurrence with quote(text, occurrence)",
        name,
        first,
        second,
        abbreviate(quote));
    return new Source(name, quote, first, first + quote.length());
  }

  /**
   * Locates the given occurrence of a quote that may occur several times.
   *
   * @param quote the exact text to find
   * @param occurrence which occurrence to take, counting from 1
   * @return the source of that occurrence, with its offsets
   * @throws IllegalArgumentException if the quote is empty, or occurs fewer than {@code occurrence}
   *     times, or {@code occurrence < 1}
   */
  public Source quote(String quote, int occurrence) {
    requireNonNull(quote, "quote");
    checkArgument(!quote.isEmpty(), "quote is empty; give the exact text to locate in %s", name);
    checkArgument(occurrence >= 1, "occurrence %s: occurrences count from 1", occurrence);
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = text.indexOf(quote, at + 1);
      checkArgument(
          at >= 0,
          "quote occurs %s time(s) in %s, not %s: \"%s\"",
          i,
          name,
          occurrence,
          abbreviate(quote));
    }
    return new Source(name, quote, at, at + quote.length());
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  @Override
  public String toString() {
    return "SourceDocument{" + name + ", " + text.length() + " chars}";
  }
}
