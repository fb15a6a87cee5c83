package io.argraph.core.semantics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Brute force over all subsets of a small framework, checking Dung's definitions literally. Sets
 * are bit masks over argument numbers (at most 20 arguments).
 */
final class Oracle {
  private final int n;
  private final int[] attackers;
  private final int[] targets;
  // The arguments each subset attacks, indexed by the subset's mask.
  private final int[] attackedBy;

  Oracle(ArgumentationFramework af) {
    this.n = af.argumentCount();
    if (n > 20) {
      throw new IllegalArgumentException("the oracle enumerates 2^n subsets; n = " + n);
    }
    attackers = new int[n];
    targets = new int[n];
    for (var a : af.attacks()) {
      int from = af.indexOf(a.attacker());
      int to = af.indexOf(a.target());
      attackers[to] |= 1 << from;
      targets[from] |= 1 << to;
    }
    attackedBy = new int[1 << n];
    for (int set = 1; set < 1 << n; set++) {
      int lowest = Integer.numberOfTrailingZeros(set);
      attackedBy[set] = attackedBy[set & (set - 1)] | targets[lowest];
    }
  }

  private int attackedBy(int set) {
    return attackedBy[set];
  }

  boolean conflictFree(int set) {
    return (attackedBy(set) & set) == 0;
  }

  /** x is defended by set: every attacker of x is attacked by set. */
  private boolean defends(int set, int x) {
    int hit = attackedBy(set);
    return (attackers[x] & ~hit) == 0;
  }

  boolean admissible(int set) {
    if (!conflictFree(set)) {
      return false;
    }
    for (int x = 0; x < n; x++) {
      if ((set >> x & 1) != 0 && !defends(set, x)) {
        return false;
      }
    }
    return true;
  }

  boolean complete(int set) {
    if (!admissible(set)) {
      return false;
    }
    for (int x = 0; x < n; x++) {
      if ((set >> x & 1) == 0 && defends(set, x)) {
        return false;
      }
    }
    return true;
  }

  boolean stable(int set) {
    int all = (1 << n) - 1;
    return conflictFree(set) && (attackedBy(set) | set) == all;
  }

  List<Integer> complete() {
    List<Integer> out = new ArrayList<>();
    for (int s = 0; s < 1 << n; s++) {
      if (complete(s)) {
        out.add(s);
      }
    }
    return out;
  }

  List<Integer> stable() {
    List<Integer> out = new ArrayList<>();
    for (int s = 0; s < 1 << n; s++) {
      if (stable(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Maximal admissible sets, from the definition (not via complete extensions): admissible sets are
   * visited largest first, and one is maximal iff no maximal set found before contains it (any
   * admissible strict superset lies inside some maximal one, which is larger).
   */
  List<Integer> preferred() {
    List<Integer> admissible = new ArrayList<>();
    for (int s = 0; s < 1 << n; s++) {
      if (admissible(s)) {
        admissible.add(s);
      }
    }
    admissible.sort(Comparator.comparingInt(Integer::bitCount).reversed());
    List<Integer> out = new ArrayList<>();
    for (int s : admissible) {
      if (out.stream().noneMatch(t -> (s & t) == s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The least fixpoint of the characteristic function F(S) = {x | S defends x}, from S = {}. */
  int grounded() {
    int s = 0;
    while (true) {
      int next = 0;
      for (int x = 0; x < n; x++) {
        if (defends(s, x)) {
          next |= 1 << x;
        }
      }
      if (next == s) {
        return s;
      }
      s = next;
    }
  }
}
