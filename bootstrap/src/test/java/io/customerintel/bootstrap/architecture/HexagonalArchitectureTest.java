package io.customerintel.bootstrap.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HexagonalArchitectureTest {
  private static final String BASE = "io.customerintel";
  private static final String BAD = "io.customerintel.archfixture.bad";
  private static final List<Function<String, ArchRule>> RULES = List.of(
      ArchitectureRules::domainDependsOnTheJdkAndHipparchusOnly,
      ArchitectureRules::applicationDependsOnDomainOnly,
      ArchitectureRules::coreUsesNoFrameworks,
      ArchitectureRules::postgresAdapterDoesNotUseOtherAdapters,
      ArchitectureRules::graphqlAdapterDoesNotUseOtherAdapters,
      ArchitectureRules::portsAreInterfacesOrValues,
      ArchitectureRules::useCasesAndRolePortsAreInterfaces);

  private static JavaClasses production;
  private static JavaClasses badFixture;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(BASE);
    badFixture = new ClassFileImporter().importPackages(BAD);
  }

  @Test
  void theProductionCodeKeepsEveryRule() {
    for (Function<String, ArchRule> rule : RULES) {
      rule.apply(BASE).check(production);
    }
  }

  @Test
  void everyRuleCatchesItsViolationInTheBrokenFixture() {
    for (Function<String, ArchRule> rule : RULES) {
      ArchRule applied = rule.apply(BAD);
      assertThrows(AssertionError.class, () -> applied.check(badFixture), () -> "rule did not fail: " + applied);
    }
  }
}
