package io.argraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small inputs written into a test's temporary folder. */
final class Fixtures {
  private Fixtures() {}

  /**
   * A graph with one error (r2 unsupported, and so isolated), one support chain p -> q -> r and an
   * attack of a on q that b defeats.
   */
  static final String FLAWED =
      """
      {
        "format": "argraph",
        "formatVersion": 1,
        "id": "flawed",
        "nodes": [
          { "id": "p", "kind": "premise", "text": "A premise." },
          { "id": "q", "kind": "problem", "text": "A problem." },
          { "id": "r", "kind": "recommendation", "text": "A recommendation." },
          { "id": "a", "kind": "premise", "text": "An attacker." },
          { "id": "b", "kind": "premise", "text": "A defender." },
          { "id": "r2", "kind": "recommendation", "text": "An unsupported recommendation." }
        ],
        "relations": [
          { "from": "p", "to": "q", "type": "support" },
          { "from": "q", "to": "r", "type": "support" },
          { "from": "a", "to": "q", "type": "attack" },
          { "from": "b", "to": "a", "type": "attack" }
        ]
      }
      """;

  /** A clean graph: no findings at all. */
  static final String CLEAN =
      """
      {
        "format": "argraph",
        "formatVersion": 1,
        "id": "clean",
        "nodes": [
          { "id": "p", "kind": "premise", "text": "A premise." },
          { "id": "q", "kind": "problem", "text": "A problem." },
          { "id": "r", "kind": "recommendation", "text": "A recommendation." }
        ],
        "relations": [
          { "from": "p", "to": "q", "type": "support" },
          { "from": "q", "to": "r", "type": "support" }
        ]
      }
      """;

  /** Two arguments attacking each other, and 2 attacking 3: preferred {1,3} and {2}. */
  static final String NIXON_AF = "p af 3\n1 2\n2 1\n2 3\n";

  static final String NIXON_APX = "arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,a).\natt(b,c).\n";

  static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }
}
