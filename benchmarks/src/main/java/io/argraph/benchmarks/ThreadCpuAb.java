package io.argraph.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Compares two builds of the benchmarks by the thread CPU time of the same benchmark methods, both
 * versions alternating in one JVM: the A/B figures of {@code docs/PERFORMANCE.md} marked "thread
 * CPU". Single-shot JMH forks on a small shared machine settle into speed modes up to 2× apart,
 * even for identical code; alternating both versions in one JVM, and timing only the benchmark's
 * own thread, leaves out the collector's threads, waiting for a core and most of those modes.
 *
 * <p>Each jar is loaded in a class loader of its own; the benchmark class is made, its {@code
 * nodes} parameter set and its {@code setUp()} run, as JMH would, and then every round runs each
 * method once per version, in alternating order, after a full collection. Run:
 *
 * <pre>{@code
 * java -Xmx12g -cp benchmarks/target/benchmarks.jar io.argraph.benchmarks.ThreadCpuAb \
 *     ChecksBenchmark checks,checksShuffled,traversalBaseline 1000000 11 before.jar after.jar
 * }</pre>
 */
public final class ThreadCpuAb {
  private static final int WARM_UP_ROUNDS = 3;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ThreadCpuAb() {}

  /**
   * Prints, per method and version, the median, least and greatest thread CPU time in ms.
   *
   * @param args the benchmark's simple class name, its methods separated by commas, the number of
   *     nodes, the number of measured rounds, and the two benchmarks jars
   * @throws Exception if a jar, class or method cannot be loaded or a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      throw new IllegalArgumentException(
          "usage: ThreadCpuAb <benchmark class> <method,method,...> <nodes> <rounds> <a.jar>"
              + " <b.jar>; got "
              + args.length
              + " arguments");
    }
    String benchmark = args[0];
    List<String> methods = Arrays.asList(args[1].split(","));
    int nodes = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    Version a = new Version("A " + args[4], Path.of(args[4]), benchmark, methods, nodes);
    Version b = new Version("B " + args[5], Path.of(args[5]), benchmark, methods, nodes);
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      for (Version v : round % 2 == 0 ? List.of(a, b) : List.of(b, a)) {
        v.run(round >= 0);
      }
    }
    for (int m = 0; m < methods.size(); m++) {
      double medianA = a.print(m);
      double medianB = b.print(m);
      System.out.printf(
          Locale.ROOT, "%s: B / A = %.3f%n%n", methods.get(m), medianB / Math.max(medianA, 1e-9));
    }
  }

  /** One build of the benchmarks, its benchmark object set up, and its times. */
  private static final class Version {
    private final String name;
    private final Object state;
    private final List<Method> methods = new ArrayList<>();
    private final List<List<Long>> times = new ArrayList<>();

    Version(String name, Path jar, String benchmark, List<String> methodNames, int nodes)
        throws ReflectiveOperationException, MalformedURLException {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException(jar + ": no such jar");
      }
      this.name = name;
      ClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> type = loader.loadClass("io.argraph.benchmarks." + benchmark);
      this.state = type.getConstructor().newInstance();
      Field field = type.getDeclaredField("nodes");
      field.setAccessible(true);
      field.setInt(state, nodes);
      type.getMethod("setUp").invoke(state);
      for (String m : methodNames) {
        methods.add(type.getMethod(m));
        times.add(new ArrayList<>());
      }
    }

    void run(boolean measured) throws ReflectiveOperationException {
      for (int m = 0; m < methods.size(); m++) {
        System.gc();
        long start = THREADS.getCurrentThreadCpuTime();
        Object result;
        try {
          result = methods.get(m).invoke(state);
        } catch (InvocationTargetException e) {
          throw new IllegalStateException(name + ": " + methods.get(m).getName() + " failed", e);
        }
        long time = THREADS.getCurrentThreadCpuTime() - start;
        if (result == null && methods.get(m).getReturnType() != void.class) {
          throw new IllegalStateException(name + ": " + methods.get(m).getName() + " gave null");
        }
        if (measured) {
          times.get(m).add(time);
        }
      }
    }

    double print(int m) {
      List<Long> sorted = new ArrayList<>(times.get(m));
      Collections.sort(sorted);
      double median = sorted.get(sorted.size() / 2) / 1e6;
      System.out.printf(
          Locale.ROOT,
          "%-20s %s median %9.2f ms  least %9.2f  greatest %9.2f  (%d rounds)%n",
          methods.get(m).getName(),
          name,
          median,
          sorted.get(0) / 1e6,
          sorted.get(sorted.size() - 1) / 1e6,
          sorted.size());
      return median;
    }
  }
}
