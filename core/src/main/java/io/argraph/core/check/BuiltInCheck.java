package io.argraph.core.check;

/**
 * A built-in check: its stable code, its default severity, and how it finds its flaws in a shared
 * {@link Analysis}.
 */
record BuiltInCheck(String code, Severity defaultSeverity, Finder finder) {

  /**
   * Finds the flaws of one code, reporting them with the given severity, each with the position of
   * its first node.
   */
  @FunctionalInterface
  interface Finder {
    void find(Analysis analysis, Severity severity, Found out);
  }
}
