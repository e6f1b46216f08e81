package io.customerintel.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon's rules, parameterised by the base package so the same rules can be run against a
 * deliberately broken fixture and shown to fail.
 */
final class ArchitectureRules {
  private static final String[] FRAMEWORKS = {"io.vertx..", "graphql..", "org.dataloader..", "io.vertx.pgclient..",
      "io.micrometer.."};

  private ArchitectureRules() {}

  static ArchRule domainDependsOnTheJdkAndHipparchusOnly(String base) {
    return classes().that().resideInAPackage(base + ".domain..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(base + ".domain..", "java..", "org.hipparchus..")
        .because("business rules must be testable and reusable without any framework; Hipparchus is the one"
            + " allowed math library (special functions and optimizers for the customer-base model fits)");
  }

  static ArchRule applicationDependsOnDomainOnly(String base) {
    return classes().that().resideInAPackage(base + ".application..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(base + ".application..", base + ".domain..", "java..",
            "com.github.benmanes.caffeine..")
        .because("use cases speak domain types and CompletionStage, never adapter types (Caffeine only caches)");
  }

  static ArchRule coreUsesNoFrameworks(String base) {
    return noClasses().that().resideInAnyPackage(base + ".domain..", base + ".application..")
        .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
        .because("Vert.x, graphql-java, data loaders and Micrometer belong in the adapters (the core reports through"
            + " OperationsTelemetry)");
  }

  static ArchRule postgresAdapterDoesNotUseOtherAdapters(String base) {
    return noClasses().that().resideInAPackage(base + ".adapters.postgres..")
        .should().dependOnClassesThat().resideInAPackage(base + ".adapters.graphql..")
        .because("adapters meet only through the application's ports");
  }

  static ArchRule graphqlAdapterDoesNotUseOtherAdapters(String base) {
    return noClasses().that().resideInAPackage(base + ".adapters.graphql..")
        .should().dependOnClassesThat().resideInAPackage(base + ".adapters.postgres..")
        .because("adapters meet only through the application's ports");
  }

  static ArchRule portsAreInterfacesOrValues(String base) {
    return classes().that().resideInAnyPackage(base + ".application.port.in..", base + ".application.port.out..")
        .and().areTopLevelClasses()
        .should().beInterfaces().orShould().beRecords()
        .because("a port is an interface; only the values crossing it may be records");
  }

  static ArchRule useCasesAndRolePortsAreInterfaces(String base) {
    return classes().that().resideInAnyPackage(base + ".application.port.in..", base + ".application.port.out..")
        .and(simpleNameEndingWith("UseCase").or(simpleNameEndingWith("Repository")))
        .should().beInterfaces()
        .because("use cases and outgoing ports are roles that adapters and services implement");
  }
}
