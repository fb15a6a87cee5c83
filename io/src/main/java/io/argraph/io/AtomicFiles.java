package io.argraph.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a failure never leaves a half-written file: the content goes to a temporary
 * file in the same folder, which then replaces the target in one move.
 *
 * @since 0.1.0
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Something that writes text.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface TextContent {
    /**
     * Writes the content.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Something that writes bytes.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface ByteContent {
    /**
     * Writes the content.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes text as UTF-8 to a file atomically.
   *
   * @param file the file to create or replace
   * @param content writes the text
   * @throws IOException if writing or moving fails; the target is then unchanged
   */
  public static void write(Path file, TextContent content) throws IOException {
    writeBytes(
        file,
        out -> {
          Writer writer =
              new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
          content.writeTo(writer);
          writer.flush();
        });
  }

  /**
   * Gives the temporary file the permissions of the file it replaces, or those of an ordinary new
   * file ({@code rw-r--r--}) instead of the owner-only ones {@code createTempFile} chooses.
   */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  /**
   * Writes bytes to a file atomically.
   *
   * @param file the file to create or replace
   * @param content writes the bytes
   * @throws IOException if writing or moving fails; the target is then unchanged
   */
  public static void writeBytes(Path file, ByteContent content) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    boolean done = false;
    try {
      keepPermissions(target, temp);
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
