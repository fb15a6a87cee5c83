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
    return distinctAttacks(random, n, attacks, () -> random.nextInt(n));
  }

  /**
   * Generates a sparse framework in which a few hubs draw hundreds of attacks each: {@code attacks}
   * distinct attacks, each aimed at one of {@code hubs} hub arguments with probability 1/2 and
   * otherwise at an argument drawn uniformly, from an attacker drawn uniformly.
   *
   * @param seed the seed
   * @param n the number of arguments
   * @param attacks the number of attacks, well below n²
   * @param hubs the number of hubs, the arguments {@code a0..a(hubs-1)}
   * @return a framework
   */
  public static ArgumentationFramework hubbed(long seed, int n, int attacks, int hubs) {
    Random random = new Random(seed);
    return distinctAttacks(
        random, n, attacks, () -> random.nextBoolean() ? random.nextInt(hubs) : random.nextInt(n));
  }

  /** Draws distinct attacks, each from a uniform attacker to a target the caller draws. */
  private static ArgumentationFramework distinctAttacks(
      Random random, int n, int attacks, java.util.function.IntSupplier target) {
    ArgumentationFramework.Builder b = ArgumentationFramework.builder();
    for (int i = 0; i < n; i++) {
      b.argument("a" + i);
    }
    java.util.Set<Long> seen = new java.util.HashSet<>();
    while (seen.size() < attacks) {
      int i = random.nextInt(n);
      int j = target.getAsInt();
      if (seen.add((long) i * n + j)) {
        b.attack("a" + i, "a" + j);
      }
    }
    return b.build();
  }
}
