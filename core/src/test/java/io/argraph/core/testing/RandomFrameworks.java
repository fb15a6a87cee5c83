package io.argraph.core.testing;

import io.argraph.core.semantics.ArgumentationFramework;
import java.util.Random;

/**
 * Seeded generator of random argumentation frameworks, shared by the tests of every module (through
 * the core test-jar). Frameworks include self-attacks, mutual attacks and isolated arguments; the
 * same seed always gives the same framework.
 */
public final class RandomFrameworks {
  private RandomFrameworks() {}

  /**
   * Generates a framework of {@code n} arguments named {@code a0..a(n-1)}, each ordered pair
   * (self-attacks included) attacked with a probability drawn per framework.
   *
   * @param seed the seed
   * @param n the number of arguments
   * @return a framework
   */
  public static ArgumentationFramework dense(long seed, int n) {
    Random random = new Random(seed);
    double density = 0.05 + 0.4 * random.nextDouble();
    ArgumentationFramework.Builder b = ArgumentationFramework.builder();
    for (int i = 0; i < n; i++) {
      b.argument("a" + i);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        // Self-attacks rarer than other attacks, as in real frameworks.
        double p = i == j ? density / 3 : density;
        if (random.nextDouble() < p) {
          b.attack("a" + i, "a" + j);
        }
      }
    }
    return b.build();
  }

  /**
   * Generates a sparse framework with exactly {@code attacks} distinct attacks drawn uniformly.
   *
   * @param seed the seed
   * @param n the number of arguments
   * @param attacks the number of attacks, at most n²
   * @return a framework
   */
  public static ArgumentationFramework sparse(long seed, int n, int attacks) {
    Random random = new Random(seed);
    ArgumentationFramework.Builder b = ArgumentationFramework.builder();
    for (int i = 0; i < n; i++) {
      b.argument("a" + i);
    }
    java.util.Set<Long> seen = new java.util.HashSet<>();
    while (seen.size() < attacks) {
      int i = random.nextInt(n);
      int j = random.nextInt(n);
      if (seen.add((long) i * n + j)) {
        b.attack("a" + i, "a" + j);
      }
    }
    return b.build();
  }
}
