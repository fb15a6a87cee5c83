package io.argraph.io.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** io builds on core's public API only and knows nothing of the command line. */
class IoArchitectureTest {
  private static final JavaClasses IO =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.argraph.io");

  @Test
  void io_doesNotUseCoreInternals() {
    noClasses()
        .that()
        .resideInAPackage("io.argraph.io..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.argraph.core.internal..")
        .allowEmptyShould(true)
        .check(IO);
  }

  @Test
  void ioInternal_isAHelperOfTheFormatsAndDependsOnNone() {
    noClasses()
        .that()
        .resideInAPackage("io.argraph.io.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.argraph.io.json..",
            "io.argraph.io.dot..",
            "io.argraph.io.iccma..",
            "io.argraph.io.aif..",
            "io.argraph.io.mermaid..",
            "io.argraph.io.graphml..")
        .check(IO);
  }

  @Test
  void io_doesNotDependOnCliOrPicocli() {
    noClasses()
        .that()
        .resideInAPackage("io.argraph.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.argraph.cli..", "picocli..")
        .allowEmptyShould(true)
        .check(IO);
  }

  @Test
  void formatPackages_doNotDependOnEachOther() {
    String[] formats = {"json", "dot", "iccma", "aif", "mermaid", "graphml"};
    for (String a : formats) {
      for (String b : formats) {
        if (!a.equals(b)) {
          noClasses()
              .that()
              .resideInAPackage("io.argraph.io." + a + "..")
              .should()
              .dependOnClassesThat()
              .resideInAPackage("io.argraph.io." + b + "..")
              .allowEmptyShould(true)
              .check(IO);
        }
      }
    }
  }
}
