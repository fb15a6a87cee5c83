package io.argraph.core.check;

import java.util.List;

/**
 * A built-in check: its stable code, its default severity, and how it finds its flaws in a shared
 * {@link Analysis}.
 */
record BuiltInCheck(String code, Severity defaultSeverity, Finder finder) {

  /** Finds the flaws of one code, reporting them with the given severity. */
  @FunctionalInterface
  interface Finder {
    List<Finding> find(Analysis analysis, Severity severity);
  }
}
