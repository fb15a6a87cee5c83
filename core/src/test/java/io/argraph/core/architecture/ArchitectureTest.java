package io.argraph.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core knows nothing of io, Jackson or the command line. */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.argraph.core");

  @Test
  void core_doesNotDependOnIoJacksonOrCli() {
    noClasses()
        .that()
        .resideInAPackage("io.argraph.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.argraph.io..",
            "io.argraph.cli..",
            "tools.jackson..",
            "com.fasterxml..",
            "picocli..")
        .check(CORE);
  }

  @Test
  void modelPackage_doesNotDependOnChecksOrSemantics() {
    noClasses()
        .that()
        .resideInAPackage("io.argraph.core.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.argraph.core.check..", "io.argraph.core.semantics..")
        .check(CORE);
  }
}
