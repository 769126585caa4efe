package dev.fakeokta.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the public API free of internal types, and the code free of JUL and System.out. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.fakeokta");

  private static final DescribedPredicate<JavaClass> INTERNAL =
      DescribedPredicate.describe(
          "an internal type", c -> c.getPackageName().contains(".internal"));

  @Test
  void should_not_expose_internal_types_in_public_api() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should()
        .haveRawReturnType(DescribedPredicate.not(INTERNAL))
        .andShould()
        .haveRawParameterTypes(
            DescribedPredicate.describe(
                "no internal type", params -> params.stream().noneMatch(INTERNAL)))
        .check(CLASSES);
  }

  @Test
  void should_not_use_java_util_logging() {
    NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
  }

  @Test
  void should_print_to_standard_streams_only_from_the_standalone_command_line() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.fakeokta.server.standalone..")
        .should(ACCESS_STANDARD_STREAMS)
        .check(CLASSES);
  }
}
