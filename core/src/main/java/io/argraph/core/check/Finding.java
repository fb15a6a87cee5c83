package io.argraph.core.check;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.argraph.core.model.Relation;
import java.util.List;

/**
 * One flaw found in a graph: a stable code, a severity, a message that names the nodes and says
 * what would fix it, the node ids involved (in graph order) and, where the finding is about
 * relations, those relations.
 *
 * @param code the stable code, e.g. {@code unsupported-recommendation}
 * @param severity how serious it is
 * @param message a sentence naming the nodes by id and saying what would fix the flaw
 * @param nodes ids of the nodes involved, in graph order
 * @param relations the relations concerned, empty unless the finding is about relations
 * @since 0.1.0
 */
public record Finding(
    String code, Severity severity, String message, List<String> nodes, List<Relation> relations) {

  /**
   * Creates a finding; the lists are copied.
   *
   * @param code the stable code
   * @param severity how serious it is
   * @param message what is wrong and how to fix it
   * @param nodes ids of the nodes involved
   * @param relations the relations concerned
   * @throws IllegalArgumentException if the code or message is blank
   */
  public Finding {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(message, "message");
    checkArgument(!code.isBlank(), "finding code is blank; give a stable code");
    checkArgument(!message.isBlank(), "finding %s: message is blank; say what is wrong", code);
    nodes = ImmutableList.copyOf(nodes);
    relations = ImmutableList.copyOf(relations);
  }

  /**
   * Creates a finding about nodes only.
   *
   * @param code the stable code
   * @param severity how serious it is
   * @param message what is wrong and how to fix it
   * @param nodes ids of the nodes involved, in graph order
   * @return the finding
   */
  public static Finding of(String code, Severity severity, String message, List<String> nodes) {
    return new Finding(code, severity, message, nodes, ImmutableList.of());
  }

  /**
   * Returns this finding with another severity.
   *
   * @param newSeverity the severity to report it with
   * @return the regraded finding
   */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(code, newSeverity, message, nodes, relations);
  }
}
