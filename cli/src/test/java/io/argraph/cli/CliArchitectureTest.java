package io.argraph.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line is a client of the library: no internals of core or io. */
class CliArchitectureTest {
  private static final JavaClasses CLI =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.argraph.cli");

  @Test
  void cli_usesNoInternalPackageOfCoreOrIo() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.argraph.core.internal..", "io.argraph.io.internal..")
        .check(CLI);
  }
}
