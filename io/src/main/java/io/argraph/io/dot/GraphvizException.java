package io.argraph.io.dot;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Graphviz could not render: {@code dot} is not installed, it rejected its input, or it ran past
 * the time allowed. The message says which and what to do; when {@code dot} itself reported an
 * error, its standard error output is part of the message.
 *
 * @since 0.1.0
 */
public class GraphvizException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Why rendering failed.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** The {@code dot} executable could not be started: Graphviz is missing or not on the path. */
    NOT_INSTALLED,
    /** {@code dot} ran and exited with an error. */
    FAILED,
    /** {@code dot} did not finish in time and was stopped. */
    TIMED_OUT
  }

  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason why rendering failed
   * @param message what happened and what to do
   * @param cause the underlying error, or {@code null}
   */
  public GraphvizException(Reason reason, String message, @Nullable Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.reason = requireNonNull(reason, "reason");
  }

  /**
   * Returns why rendering failed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
