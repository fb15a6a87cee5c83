package io.argraph.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The examples are what a user writes: the public API only, no internals, no Jackson. */
class PublicApiOnlyTest {
  private static final JavaClasses EXAMPLES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.argraph.examples");

  @Test
  void examples_useNoInternalPackageAndNoJackson() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.argraph.core.internal..", "io.argraph.io.internal..", "tools.jackson..")
        .check(EXAMPLES);
  }
}
