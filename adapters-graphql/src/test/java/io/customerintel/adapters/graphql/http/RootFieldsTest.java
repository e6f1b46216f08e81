package io.customerintel.adapters.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.language.OperationDefinition.Operation;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RootFieldsTest {

  private static RootFields of(String query, String operationName) {
    return RootFields.of(query, operationName).orElseThrow();
  }

  @Test
  void theFieldsOfTheOnlyOperationAreItsRootFieldsByNameNotAlias() {
    RootFields fields = of("mutation { a: recordPurchases(input: []) { recorded } upsertCustomers(input: []) { upserted } }",
        null);
    assertEquals(Operation.MUTATION, fields.operation());
    assertEquals(Set.of("recordPurchases", "upsertCustomers"), fields.fieldNames());
  }

  @Test
  void fieldsReachedThroughFragmentsOnTheRootCount() {
    String query = """
        mutation M { ...Outer ... on Mutation { revokeApiKey(id: "x") { userErrors { code } } } }
        fragment Outer on Mutation { ...Inner }
        fragment Inner on Mutation { fitCustomerBaseModels { models { kind } } }
        """;
    assertEquals(Set.of("revokeApiKey", "fitCustomerBaseModels"), of(query, "M").fieldNames());
  }

  @Test
  void fieldsUnderSkipOrIncludeCountWhateverTheVariablesSay() {
    assertEquals(Set.of("customers", "apiKeys"),
        of("query($no: Boolean!) { customers { totalCount } apiKeys @include(if: $no) { id } }", null).fieldNames());
  }

  @Test
  void theNamedOperationIsTheOneChosen() {
    String query = "query Q { customers { totalCount } } mutation M { createApiKey(name: \"n\", scopes: [READ]) { secret } }";
    assertEquals(new RootFields(Operation.QUERY, Set.of("customers")), of(query, "Q"));
    assertEquals(new RootFields(Operation.MUTATION, Set.of("createApiKey")), of(query, "M"));
  }

  @Test
  void aDocumentThatDoesNotParseOrNamesNoOperationToRunHasNoRootFields() {
    assertEquals(Optional.empty(), RootFields.of("{ customers(", null));
    assertEquals(Optional.empty(), RootFields.of("query A { a } query B { b }", null));
    assertEquals(Optional.empty(), RootFields.of("query A { a }", "B"));
    assertEquals(Optional.empty(), RootFields.of("fragment F on Query { a }", null));
  }

  @Test
  void aFragmentCycleEndsTheWalk() {
    String query = "query { ...A } fragment A on Query { a ...B } fragment B on Query { b ...A }";
    assertEquals(Set.of("a", "b"), of(query, null).fieldNames());
  }
}
