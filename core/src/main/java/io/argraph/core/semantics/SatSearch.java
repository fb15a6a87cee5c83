package io.argraph.core.semantics;

import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;

/**
 * An incremental Sat4j search over the complete (or stable) labellings of one framework.
 *
 * <p>Argument {@code x} has two variables: {@code in(x)} and {@code out(x)}; UNDEC is neither. The
 * clauses say exactly that the labelling is complete: an argument is IN iff all its attackers are
 * OUT, and OUT iff some attacker is IN. The stable variant adds that no argument is UNDEC. The
 * grounded labels are added as unit clauses first: every complete labelling contains them.
 */
final class SatSearch {
  private final ISolver solver;
  private final int n;
  private int variables;
  private boolean contradiction;

  SatSearch(ArgumentationFramework af, byte[] grounded, boolean stable) {
    this.n = af.argumentCount();
    this.solver = SolverFactory.newDefault();
    // Counting conflicts instead of seconds spares a timer thread per call; the bound is no bound.
    solver.setTimeoutOnConflicts(Integer.MAX_VALUE);
    this.variables = 2 * n;
    solver.newVar(variables);
    for (int x = 0; x < n; x++) {
      if (grounded[x] == Labelling.IN) {
        require(in(x));
      } else if (grounded[x] == Labelling.OUT) {
        require(out(x));
      }
      require(-in(x), -out(x));
      int attackers = af.inEnd(x) - af.inStart(x);
      int[] outIfSomeAttackerIn = new int[attackers + 1];
      int[] inIfAllAttackersOut = new int[attackers + 1];
      outIfSomeAttackerIn[0] = -out(x);
      inIfAllAttackersOut[0] = in(x);
      for (int k = af.inStart(x), j = 1; k < af.inEnd(x); k++, j++) {
        int y = af.inSource(k);
        require(-in(x), out(y));
        require(-in(y), out(x));
        outIfSomeAttackerIn[j] = in(y);
        inIfAllAttackersOut[j] = -out(y);
      }
      require(outIfSomeAttackerIn);
      require(inIfAllAttackersOut);
      if (stable) {
        require(in(x), out(x));
      }
    }
  }

  static int in(int argument) {
    return 2 * argument + 1;
  }

  static int out(int argument) {
    return 2 * argument + 2;
  }

  /** Adds a clause for good; an empty or contradicting clause makes the search unsatisfiable. */
  void require(int... clause) {
    if (contradiction) {
      return;
    }
    if (clause.length == 0) {
      contradiction = true;
      return;
    }
    try {
      solver.addClause(new VecInt(clause));
    } catch (ContradictionException e) {
      contradiction = true;
    }
  }

  /** Returns a fresh variable, to switch a clause on and off through an assumption. */
  int newSelector() {
    variables++;
    solver.newVar(variables);
    return variables;
  }

  /** Looks for a labelling that satisfies the clauses and the assumed literals. */
  boolean solve(int... assumptions) {
    if (contradiction) {
      return false;
    }
    try {
      return solver.isSatisfiable(new VecInt(assumptions));
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "the SAT solver gave up after 2^31 conflicts on a framework of " + n + " arguments", e);
    }
  }

  /** Returns the IN set of the last labelling found. */
  boolean[] inSet() {
    boolean[] in = new boolean[n];
    for (int x = 0; x < n; x++) {
      in[x] = solver.model(in(x));
    }
    return in;
  }
}
