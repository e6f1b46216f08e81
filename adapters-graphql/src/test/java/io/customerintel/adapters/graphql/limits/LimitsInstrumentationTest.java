package io.customerintel.adapters.graphql.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.customerintel.application.port.in.Throttle;
import io.customerintel.domain.tenant.RateLimit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits graphql-java enforces itself get the same codes, and every executed result shows its charge. */
class LimitsInstrumentationTest {
  private final QueryLimits limits = QueryLimits.defaults();
  private final GraphQL graphQL = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
          new SchemaParser().parse("type Query { hello: String }"),
          RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("hello", env -> "world")).build()))
      .instrumentation(new LimitsInstrumentation()).build();

  private ExecutionResult execute(String query, Map<Object, Object> context) {
    return graphQL.execute(ExecutionInput.newExecutionInput(query).graphQLContext(context).build());
  }

  private static Object code(GraphQLError error) {
    return error.getExtensions() == null ? null : error.getExtensions().get("code");
  }

  @Test
  void aParseCancelledAtTheTokenLimitIsMaxTokensExceeded() {
    ExecutionResult result = execute("{" + " hello".repeat(2_000) + "}", Map.of(
        graphql.parser.ParserOptions.class, limits.parserOptions()));

    assertEquals("MAX_TOKENS_EXCEEDED", code(result.getErrors().get(0)));
    assertEquals(2_000, result.getErrors().get(0).getExtensions().get("maxTokens"));
  }

  @Test
  void aParseCancelledAtTheCharacterLimitIsMaxCharactersExceeded() {
    ExecutionResult result = execute("{hello}" + " ".repeat(20_000), Map.of(
        graphql.parser.ParserOptions.class, limits.parserOptions()));

    assertEquals("MAX_CHARACTERS_EXCEEDED", code(result.getErrors().get(0)));
  }

  @Test
  void anOrdinarySyntaxErrorKeepsItsOwnClassification() {
    ExecutionResult result = execute("{hello", Map.of(graphql.parser.ParserOptions.class, limits.parserOptions()));

    assertNull(code(result.getErrors().get(0)));
  }

  @Test
  void introspectionNotInGoodFaithIsIntrospectionLimitExceeded() {
    ExecutionResult result = execute("{a: __schema {types {name}} b: __schema {types {name}}}", Map.of());

    assertEquals("INTROSPECTION_LIMIT_EXCEEDED", code(result.getErrors().get(0)));
  }

  @Test
  void theChargeBecomesExtensionsCost() {
    Throttle throttle = new Throttle(true, 3, 1_997.5, new RateLimit(2_000, 100));
    ExecutionResult result = execute("{hello}", Map.of(QueryCharge.KEY, new QueryCharge(3, 3, throttle)));

    assertEquals(Map.of("requestedQueryCost", 3L, "actualQueryCost", 3L, "throttleStatus",
            Map.of("maximumAvailable", 2_000, "currentlyAvailable", 1_997L, "restoreRate", 100)),
        result.getExtensions().get("cost"));
  }
}
