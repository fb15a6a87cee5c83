package io.argraph.core.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import java.util.regex.Pattern;

/** Validation of identifiers shared by nodes and graphs. */
final class Ids {
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

  static final String RULE =
      "an id is 1 to 128 characters from A-Z a-z 0-9 _ . : - and starts with a letter or digit";

  private Ids() {}

  static String checkId(String what, String id) {
    checkArgument(ID.matcher(id).matches(), "invalid %s id \"%s\": %s", what, id, RULE);
    return id;
  }

  @FormatMethod
  static String checkNotBlank(String value, @FormatString String template, Object... args) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(String.format(template, args));
    }
    return value;
  }
}
