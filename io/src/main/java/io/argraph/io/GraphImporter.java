package io.argraph.io;

import io.argraph.core.model.ArgumentGraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an argument graph in one format.
 *
 * <p>Implementations are stateless and thread-safe. Input that cannot be read as a graph fails with
 * an unchecked {@link ImportException} that says what is wrong and where; then nothing is returned,
 * no partly read graph escapes. An {@link IOException} means the input could not be read at all.
 * The caller closes what it opened: {@link #read(Reader)} and {@link #read(InputStream)} never
 * close.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface GraphImporter {
  /**
   * Reads a graph from text.
   *
   * @param in the text; not closed
   * @return the graph
   * @throws ImportException if the text is not a valid graph in this format
   * @throws IOException if reading fails
   */
  ArgumentGraph read(Reader in) throws IOException;

  /**
   * Reads a graph from UTF-8 bytes; bytes that are not UTF-8 fail with an {@link ImportException}.
   *
   * @param in the bytes; not closed
   * @return the graph
   * @throws ImportException if the input is not UTF-8 or not a valid graph in this format
   * @throws IOException if reading fails
   */
  default ArgumentGraph read(InputStream in) throws IOException {
    Reader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    try {
      return read(reader);
    } catch (CharacterCodingException e) {
      throw notUtf8(e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw notUtf8(e.getCause());
      }
      throw e;
    }
  }

  private static ImportException notUtf8(Throwable cause) {
    return new ImportException("input is not valid UTF-8; save it as UTF-8", null, null, cause);
  }

  /**
   * Reads a graph from a UTF-8 file.
   *
   * @param file the file
   * @return the graph
   * @throws ImportException if the file is not UTF-8 or not a valid graph in this format
   * @throws IOException if the file cannot be read
   */
  default ArgumentGraph read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a graph from a string holding the whole input.
   *
   * @param text the input
   * @return the graph
   * @throws ImportException if the text is not a valid graph in this format
   */
  default ArgumentGraph fromString(String text) {
    try {
      return read(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }
}
