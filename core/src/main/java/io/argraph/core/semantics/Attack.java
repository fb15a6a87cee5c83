package io.argraph.core.semantics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.argraph.core.model.Relation;
import io.argraph.core.model.RelationType;
import java.util.List;
import java.util.Locale;

/**
 * One attack of an {@link ArgumentationFramework}, with the chain of graph relations that produced
 * it.
 *
 * <p>The chain is empty for a framework built directly; for a direct attack of a graph it is that
 * attack relation; for a derived attack it lists the relations in the order of the kind's
 * definition:
 *
 * <ul>
 *   <li>{@link AttackKind#SUPPORTED}: the supports from the attacker to c, then the attack c → b;
 *   <li>{@link AttackKind#SECONDARY}: the attack a → c, then the supports from c to the target;
 *   <li>{@link AttackKind#MEDIATED}: the supports from the target to c, then the attack a → c;
 *   <li>{@link AttackKind#EXTENDED}: the supports from c to the attacker, then the attack c → b.
 * </ul>
 *
 * @param attacker the attacking argument's name
 * @param target the attacked argument's name
 * @param kind where the attack comes from
 * @param chain the graph relations that produced it, as above
 * @since 0.1.0
 */
public record Attack(String attacker, String target, AttackKind kind, List<Relation> chain) {

  /**
   * Creates an attack; the chain is copied.
   *
   * @param attacker the attacking argument's name
   * @param target the attacked argument's name
   * @param kind where the attack comes from
   * @param chain the graph relations that produced it
   */
  public Attack {
    requireNonNull(attacker, "attacker");
    requireNonNull(target, "target");
    requireNonNull(kind, "kind");
    chain = ImmutableList.copyOf(chain);
  }

  /**
   * Tells whether the attack was derived from supports rather than stated.
   *
   * @return true unless the kind is {@link AttackKind#DIRECT}
   */
  public boolean isDerived() {
    return kind != AttackKind.DIRECT;
  }

  /**
   * Describes the attack and its chain, e.g. {@code a attacks b (supported attack: a supports c, c
   * attacks b)}.
   *
   * @return one line of text
   */
  public String describe() {
    StringBuilder sb = new StringBuilder().append(attacker).append(" attacks ").append(target);
    if (isDerived()) {
      sb.append(" (").append(kind.name().toLowerCase(Locale.ROOT)).append(" attack: ");
      for (int i = 0; i < chain.size(); i++) {
        Relation r = chain.get(i);
        sb.append(i == 0 ? "" : ", ")
            .append(r.from())
            .append(r.type() == RelationType.SUPPORT ? " supports " : " attacks ")
            .append(r.to());
      }
      sb.append(')');
    }
    return sb.toString();
  }
}
