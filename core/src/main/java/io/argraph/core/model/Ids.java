package io.argraph.core.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;

/** Validation of identifiers shared by nodes and graphs. */
final class Ids {
  /** The longest id, in characters. */
  static final int MAX_LENGTH = 128;

  static final String RULE =
      "an id is 1 to 128 characters from A-Z a-z 0-9 _ . : - and starts with a letter or digit";

  private Ids() {}

  static String checkId(String what, String id) {
    checkArgument(isId(id), "invalid %s id \"%s\": %s", what, id, RULE);
    return id;
  }

  /**
   * Tells whether a string is an id: {@code [A-Za-z0-9][A-Za-z0-9_.:-]{0,127}}, checked character
   * by character (no regular expression, as this runs once per node).
   */
  static boolean isId(String s) {
    int n = s.length();
    if (n == 0 || n > MAX_LENGTH || !isAsciiLetterOrDigit(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '_' && c != '.' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  @FormatMethod
  static String checkNotBlank(String value, @FormatString String template, Object... args) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(String.format(template, args));
    }
    return value;
  }
}
