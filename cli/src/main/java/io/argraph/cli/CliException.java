package io.argraph.cli;

import org.jspecify.annotations.Nullable;

/**
 * A failure the command line reports on one line of standard error with exit code 2: bad usage, an
 * unreadable or invalid input, an output that cannot be written. The message is the whole line,
 * without the {@code argraph: } prefix.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
