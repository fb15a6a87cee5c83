package io.argraph.io.iccma;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.argraph.core.semantics.ArgumentationFramework;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Formats solver answers as ICCMA solvers print them, so argraph's answers can be compared with
 * other solvers'. Lines carry no line end; arguments appear in the order of the sets given.
 *
 * <ul>
 *   <li>ICCMA 2019 style: one extension {@code [a,b]}, all extensions {@code [[a,b],[c]]}, {@code
 *       NO} when a single extension was asked for and none exists, {@code YES}/{@code NO} for
 *       acceptance;
 *   <li>ICCMA 2023 style: an extension as a witness line {@code w 1 2 5} of argument numbers (1..N
 *       in framework order, as {@link IccmaWriter} numbers them), sorted, or {@code NO}.
 * </ul>
 *
 * @since 0.1.0
 */
public final class IccmaAnswers {
  private IccmaAnswers() {}

  /**
   * Formats one extension, ICCMA 2019 style.
   *
   * @param extension argument names
   * @return e.g. {@code [a,b]}, or {@code []} for the empty extension
   */
  public static String extension(Set<String> extension) {
    StringJoiner out = new StringJoiner(",", "[", "]");
    requireNonNull(extension, "extension").forEach(out::add);
    return out.toString();
  }

  /**
   * Formats the answer to "give one extension", ICCMA 2019 style.
   *
   * @param extension the extension found, or empty if there is none
   * @return e.g. {@code [a,b]}, or {@code NO}
   */
  public static String extension(Optional<Set<String>> extension) {
    return requireNonNull(extension, "extension").map(IccmaAnswers::extension).orElse("NO");
  }

  /**
   * Formats all extensions, ICCMA 2019 style.
   *
   * @param extensions the extensions
   * @return e.g. {@code [[a,b],[c]]}, or {@code []} if there is none
   */
  public static String extensions(List<Set<String>> extensions) {
    StringJoiner out = new StringJoiner(",", "[", "]");
    requireNonNull(extensions, "extensions").forEach(e -> out.add(extension(e)));
    return out.toString();
  }

  /**
   * Formats an acceptance answer.
   *
   * @param accepted the answer
   * @return {@code YES} or {@code NO}
   */
  public static String acceptance(boolean accepted) {
    return accepted ? "YES" : "NO";
  }

  /**
   * Formats an extension as an ICCMA 2023 witness line.
   *
   * @param framework the framework, which numbers its arguments 1..N in order
   * @param extension names of arguments of the framework
   * @return e.g. {@code w 1 2 5}, or {@code w} for the empty extension
   * @throws IllegalArgumentException if a name is not an argument of the framework
   */
  public static String witness(ArgumentationFramework framework, Set<String> extension) {
    requireNonNull(framework, "framework");
    int[] numbers = new int[extension.size()];
    int k = 0;
    for (String name : extension) {
      int i = framework.indexOf(name);
      checkArgument(i >= 0, "unknown argument \"%s\"; the framework has no such argument", name);
      numbers[k++] = i + 1;
    }
    Arrays.sort(numbers);
    StringBuilder out = new StringBuilder("w");
    for (int x : numbers) {
      out.append(' ').append(x);
    }
    return out.toString();
  }

  /**
   * Formats the answer to "give one extension", ICCMA 2023 style.
   *
   * @param framework the framework
   * @param extension the extension found, or empty if there is none
   * @return e.g. {@code w 1 2 5}, or {@code NO}
   */
  public static String witness(ArgumentationFramework framework, Optional<Set<String>> extension) {
    return requireNonNull(extension, "extension").map(e -> witness(framework, e)).orElse("NO");
  }
}
