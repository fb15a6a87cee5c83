package io.argraph.benchmarks;

import io.argraph.core.check.Checks;
import io.argraph.core.check.Report;
import io.argraph.core.model.ArgumentGraph;
import io.argraph.io.json.JsonExporter;
import io.argraph.io.json.JsonImporter;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures the retained heap of a brief-like graph, beyond its 40-character texts, and runs the
 * whole workflow (build, check, JSON write and read) to show that it fits the heap it is given.
 *
 * <p>Run: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar io.argraph.benchmarks.Footprint
 * [nodes]} (default 10^6 nodes, 3·10^6 relations). Figures are retained heap after full
 * collections, read from the {@link MemoryMXBean}.
 */
public final class Footprint {
  private Footprint() {}

  /**
   * Prints the footprint figures.
   *
   * @param args optionally the number of nodes
   * @throws IOException if the temporary JSON file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long empty = retained();

    String[] texts = new String[n];
    for (int i = 0; i < n; i++) {
      texts[i] = Workloads.text(i);
    }
    long textBytes = retained() - empty - arrayBytes(n);
    texts = null;

    Workloads.Parts parts = Workloads.briefLike(n, 42);
    ArgumentGraph nodesOnly = new Workloads.Parts(parts.nodes(), List.of()).build();
    parts = null;
    long withNodes = retained() - empty;
    if (nodesOnly.nodeCount() != n) {
      throw new IllegalStateException("nodes lost: " + nodesOnly.nodeCount());
    }
    nodesOnly = null;
    ArgumentGraph graph = Workloads.briefLike(n, 42).build();
    long full = retained() - empty;
    int m = graph.relationCount();
    long relationsOnly = full - withNodes;

    long start = System.nanoTime();
    Report report = Checks.standard().run(graph);
    long checkMillis = (System.nanoTime() - start) / 1_000_000;

    Path file = Files.createTempFile("footprint", ".json");
    try {
      start = System.nanoTime();
      new JsonExporter().write(graph, file);
      long writeMillis = (System.nanoTime() - start) / 1_000_000;
      long fileBytes = Files.size(file);
      graph = null;
      long afterDrop = retained() - empty;
      start = System.nanoTime();
      ArgumentGraph read;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        read = new JsonImporter(Workloads.unlimited()).read(in);
      }
      long readMillis = (System.nanoTime() - start) / 1_000_000;
      long readBack = retained() - empty - afterDrop;

      out("nodes %,d, relations %,d, max heap %,d MiB", n, m, maxHeap() >> 20);
      out("40-char texts alone: %,d bytes (%.1f per text)", textBytes, (double) textBytes / n);
      out(
          "graph with nodes only, beyond text: %,d bytes (%.1f per node)",
          withNodes - textBytes, (double) (withNodes - textBytes) / n);
      out("relations: %,d bytes (%.1f per relation)", relationsOnly, (double) relationsOnly / m);
      out(
          "whole graph beyond text: %,d bytes (%.1f per relation, nodes included)",
          full - textBytes, (double) (full - textBytes) / m);
      out(
          "graph read back from JSON, beyond text: %,d bytes (%.1f per relation)",
          readBack - textBytes, (double) (readBack - textBytes) / m);
      out(
          "checks %,d ms (%d findings), JSON write %,d ms (%,d bytes), read %,d ms",
          checkMillis, report.findings().size(), writeMillis, fileBytes, readMillis);
      if (read.relationCount() != m) {
        throw new IllegalStateException("round trip lost relations: " + read.relationCount());
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static long arrayBytes(int n) {
    return 16L + 4L * n;
  }

  private static long maxHeap() {
    return Runtime.getRuntime().maxMemory();
  }

  private static long retained() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static void out(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
