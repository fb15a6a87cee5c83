package io.argraph.core.check;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.core.semantics.SupportReading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the built-in checks, and any checks of the user's own, on a graph and gathers their findings
 * in a {@link Report}.
 *
 * <pre>{@code
 * Report report = Checks.standard().run(graph);
 * Report lenient = Checks.builder()
 *     .disable(CheckCodes.DUPLICATE_TEXT)
 *     .severity(CheckCodes.UNMOTIVATED_RECOMMENDATION, Severity.INFO)
 *     .add(myOwnCheck)
 *     .build()
 *     .run(graph);
 * }</pre>
 *
 * <p>All built-in checks together run in time linear in nodes plus relations; they share one
 * analysis of the graph per run. A configured {@code Checks} is immutable and safe to share between
 * threads if the user's own checks are.
 *
 * @since 0.1.0
 */
public final class Checks {
  private static final ImmutableMap<String, Severity> BUILT_IN_CODES = builtInCodeMap();
  private static final Checks STANDARD = new Builder().build();

  private final ImmutableList<BuiltInCheck> enabled;

  private final ImmutableMap<String, Severity> severities;

  private final ImmutableList<Check> userChecks;

  private final SupportReading reading;

  private Checks(Builder b) {
    ImmutableList.Builder<BuiltInCheck> on = ImmutableList.builder();
    for (BuiltInCheck c : BuiltInChecks.ALL) {
      if (!b.disabled.contains(c.code())) {
        on.add(c);
      }
    }
    this.enabled = on.build();
    this.severities = ImmutableMap.copyOf(b.severities);
    this.userChecks = ImmutableList.copyOf(b.userChecks);
    this.reading = b.reading;
  }

  /**
   * Returns the built-in checks with their default severities.
   *
   * @return the standard checks
   */
  public static Checks standard() {
    return STANDARD;
  }

  /**
   * Starts a configuration that begins as {@link #standard()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the codes of the built-in checks with their default severities, in the order of
   * DESIGN.md's table.
   *
   * @return an unmodifiable map from code to default severity
   */
  public static Map<String, Severity> builtInCodes() {
    return BUILT_IN_CODES;
  }

  /**
   * Returns the codes of the built-in checks this configuration runs, with the severity each is
   * reported with.
   *
   * @return an unmodifiable map from code to severity, in the order of {@link #builtInCodes()}
   */
  public Map<String, Severity> enabledCodes() {
    ImmutableMap.Builder<String, Severity> b = ImmutableMap.builder();
    for (BuiltInCheck c : enabled) {
      b.put(c.code(), severityOf(c));
    }
    return b.buildOrThrow();
  }

  /**
   * Checks a graph: runs the enabled built-in checks, then the user's checks in the order they were
   * added, and puts all findings in report order.
   *
   * @param graph the graph to check
   * @return the report
   * @throws NullPointerException if a user's check returns {@code null}
   */
  public Report run(ArgumentGraph graph) {
    requireNonNull(graph, "graph");
    Analysis analysis = new Analysis(graph, reading);
    Found found = new Found();
    for (BuiltInCheck c : enabled) {
      c.finder().find(analysis, severityOf(c), found);
    }
    for (Check c : userChecks) {
      found.addAll(requireNonNull(c.check(graph), () -> "check " + c + " returned null"));
    }
    return Report.of(graph, found);
  }

  private Severity severityOf(BuiltInCheck c) {
    return severities.getOrDefault(c.code(), c.defaultSeverity());
  }

  /**
   * Returns the reading of support the semantic checks label graphs under.
   *
   * @return the reading; {@link SupportReading#EVIDENTIAL} unless configured
   */
  public SupportReading supportReading() {
    return reading;
  }

  @Override
  public String toString() {
    return "Checks{enabled="
        + enabledCodes()
        + ", reading="
        + reading.label()
        + ", userChecks="
        + userChecks.size()
        + "}";
  }

  private static ImmutableMap<String, Severity> builtInCodeMap() {
    ImmutableMap.Builder<String, Severity> b = ImmutableMap.builder();
    for (BuiltInCheck c : BuiltInChecks.ALL) {
      b.put(c.code(), c.defaultSeverity());
    }
    return b.buildOrThrow();
  }

  /**
   * Configures which checks run and how their findings are graded. {@link #build()} may be called
   * more than once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final List<Check> userChecks = new ArrayList<>();
    private SupportReading reading = SupportReading.EVIDENTIAL;

    private Builder() {}

    /**
     * Chooses the reading of support under which {@code defeated-recommendation} and {@code
     * undecided-recommendation} label the graph (with the grounded semantics).
     *
     * @param supportReading the reading; {@link SupportReading#EVIDENTIAL} by default
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder supportReading(SupportReading supportReading) {
      this.reading = requireNonNull(supportReading, "supportReading");
      return this;
    }

    /**
     * Turns a built-in check off.
     *
     * @param code the check's code, one of {@link Checks#builtInCodes()}
     * @return this builder
     * @throws IllegalArgumentException if the code is not a built-in one; the message lists them
     */
    @CanIgnoreReturnValue
    public Builder disable(String code) {
      disabled.add(checkKnown(code));
      return this;
    }

    /**
     * Turns a built-in check back on after {@link #disable(String)}.
     *
     * @param code the check's code, one of {@link Checks#builtInCodes()}
     * @return this builder
     * @throws IllegalArgumentException if the code is not a built-in one; the message lists them
     */
    @CanIgnoreReturnValue
    public Builder enable(String code) {
      disabled.remove(checkKnown(code));
      return this;
    }

    /**
     * Reports a built-in check's findings with another severity.
     *
     * @param code the check's code, one of {@link Checks#builtInCodes()}
     * @param severity the severity to report its findings with
     * @return this builder
     * @throws IllegalArgumentException if the code is not a built-in one; the message lists them
     */
    @CanIgnoreReturnValue
    public Builder severity(String code, Severity severity) {
      requireNonNull(severity, "severity");
      severities.put(checkKnown(code), severity);
      return this;
    }

    /**
     * Adds a check of the user's own, run after the built-in ones; its findings keep the codes and
     * severities it gives them.
     *
     * @param check the check; it must be stateless or thread-safe
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder add(Check check) {
      userChecks.add(requireNonNull(check, "check"));
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return an immutable {@link Checks}
     */
    public Checks build() {
      return new Checks(this);
    }

    private static String checkKnown(String code) {
      requireNonNull(code, "code");
      checkArgument(
          BUILT_IN_CODES.containsKey(code),
          "unknown check code \"%s\"; the built-in codes are %s",
          code,
          String.join(", ", BUILT_IN_CODES.keySet()));
      return code;
    }
  }
}
