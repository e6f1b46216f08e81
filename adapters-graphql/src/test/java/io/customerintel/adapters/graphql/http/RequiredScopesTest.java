package io.customerintel.adapters.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationDefinition.Operation;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.customerintel.adapters.graphql.GraphQLApi;
import io.customerintel.domain.tenant.ApiKeyScope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The scope map stays in step with the served schema: no mutation goes unclassified, no entry names nothing. */
class RequiredScopesTest {

  private static Set<String> fieldsOf(String type) throws IOException {
    try (InputStream in = GraphQLApi.class.getResourceAsStream(GraphQLApi.SDL_RESOURCE)) {
      TypeDefinitionRegistry served = new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      ObjectTypeDefinition root = served.getType(type, ObjectTypeDefinition.class).orElseThrow();
      Set<String> names = root.getFieldDefinitions().stream().map(FieldDefinition::getName)
          .collect(Collectors.toCollection(TreeSet::new));
      served.objectTypeExtensions().getOrDefault(type, java.util.List.of())
          .forEach(extension -> extension.getFieldDefinitions().forEach(field -> names.add(field.getName())));
      return names;
    }
  }

  @Test
  void everyMutationOfTheServedSchemaIsClassifiedAsWriteOrAdmin() throws IOException {
    Set<String> unclassified = new TreeSet<>(fieldsOf("Mutation"));
    unclassified.removeAll(RequiredScopes.MUTATIONS.keySet());
    assertEquals(Set.of(), unclassified, "add these mutations to RequiredScopes.MUTATIONS with WRITE or ADMIN");
    // bulk exports only read customers (their mutations start and stop a read), so they need what customers needs
    Set<String> readingMutations = Set.of("startBulkExport", "cancelBulkExport");
    assertTrue(RequiredScopes.MUTATIONS.entrySet().stream()
        .allMatch(entry -> entry.getValue() != ApiKeyScope.READ || readingMutations.contains(entry.getKey())));
  }

  @Test
  void everyClassifiedFieldIsServed() throws IOException {
    assertTrue(fieldsOf("Mutation").containsAll(RequiredScopes.MUTATIONS.keySet()), "a classified mutation is gone");
    assertTrue(fieldsOf("Query").containsAll(RequiredScopes.ADMIN_QUERIES), "an ADMIN query is gone");
  }

  @Test
  void theAdministrativeOperationsNeedAdmin() {
    for (String mutation : Set.of("fitCustomerBaseModels", "choosePredictionModel", "configureHealthModel",
        "defineDefectionReason", "createApiKey", "revokeApiKey")) {
      assertEquals(Optional.of(ApiKeyScope.ADMIN), RequiredScopes.of(Operation.MUTATION, mutation), mutation);
    }
    assertEquals(Optional.of(ApiKeyScope.ADMIN), RequiredScopes.of(Operation.QUERY, "apiKeys"));
    assertEquals(Optional.of(ApiKeyScope.WRITE), RequiredScopes.of(Operation.MUTATION, "recordPurchases"));
    assertEquals(Optional.of(ApiKeyScope.READ), RequiredScopes.of(Operation.MUTATION, "startBulkExport"));
    assertEquals(Optional.of(ApiKeyScope.READ), RequiredScopes.of(Operation.QUERY, "customers"));
  }

  @Test
  void anUnclassifiedMutationNeedsAdminAndIntrospectionNothing() {
    assertEquals(Optional.of(ApiKeyScope.ADMIN), RequiredScopes.of(Operation.MUTATION, "dropEverything"));
    assertEquals(Optional.empty(), RequiredScopes.of(Operation.QUERY, "__schema"));
    assertEquals(Optional.empty(), RequiredScopes.of(Operation.MUTATION, "__typename"));
  }

  @Test
  void theFirstMissingScopeNamesItsField() {
    RootFields fields = new RootFields(Operation.MUTATION, Set.of("recordPurchases", "fitCustomerBaseModels"));
    assertEquals(Optional.of(Map.entry("fitCustomerBaseModels", ApiKeyScope.ADMIN)),
        RequiredScopes.firstMissing(fields, EnumSet.of(ApiKeyScope.READ, ApiKeyScope.WRITE)));
    assertEquals(Optional.empty(), RequiredScopes.firstMissing(fields, EnumSet.of(ApiKeyScope.WRITE, ApiKeyScope.ADMIN)));
  }
}
