package io.customerintel.adapters.graphql.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.customerintel.adapters.graphql.contract.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deprecated field, argument or enum value keeps working exactly as before while introspection marks it, and the
 * served schema follows the deprecation policy (a reason naming the replacement, listed in the CHANGELOG).
 */
class DeprecationTest {
  private static final String SDL = """
      "Described."
      enum Band { "Described." HEALTHY "Described." RED @deprecated(reason: "Use CRITICAL.") "Described." CRITICAL }
      "Described."
      type Query {
        "Described."
        score: Int @deprecated(reason: "Use health.")
        "Described."
        health("Described." days: Int, "Described." window: Int @deprecated(reason: "Use days.")): Int
        "Described."
        band: Band
      }
      """;

  private static final String MARKS = "{ name isDeprecated deprecationReason }";

  private static GraphQLSchema schema(String sdl) {
    RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().type("Query", type -> type
        .dataFetcher("score", env -> 42)
        .dataFetcher("health", env -> env.getArgumentOrDefault("window", env.getArgumentOrDefault("days", 0)))
        .dataFetcher("band", env -> "RED")).build();
    return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
  }

  /** One type per query: graphql-java refuses a query that repeats __type as introspection in bad faith. */
  private static Map<String, Object> type(String name, String selection) {
    return map(execute("{ __type(name: \"" + name + "\") { " + selection + " } }").get("__type"));
  }

  private static Map<String, Object> deprecated(String name, String reason) {
    return Map.of("name", name, "isDeprecated", true, "deprecationReason", reason);
  }

  private static Map<String, Object> execute(String query) {
    ExecutionResult result = GraphQL.newGraphQL(schema(SDL)).build().execute(query);
    assertEquals(List.of(), result.getErrors());
    return result.getData();
  }

  @Test
  void deprecatedFieldsArgumentsAndEnumValuesStillResolve() {
    assertEquals(Map.of("score", 42, "health", 7, "band", "RED"), execute("{ score health(window: 7) band }"));
  }

  @Test
  void introspectionMarksTheDeprecatedFieldWithItsReason() {
    List<Object> fields = list(type("Query", "fields(includeDeprecated: true) " + MARKS).get("fields"));
    assertEquals(deprecated("score", "Use health."), fields.get(0));
    assertEquals(List.of(Map.of("name", "health"), Map.of("name", "band")),
        type("Query", "fields { name }").get("fields"));
  }

  @Test
  void introspectionMarksTheDeprecatedArgumentAndEnumValue() {
    assertEquals(deprecated("RED", "Use CRITICAL."),
        list(type("Band", "enumValues(includeDeprecated: true) " + MARKS).get("enumValues")).get(1));
    List<Object> fields = list(type("Query", "fields { args(includeDeprecated: true) " + MARKS + " }").get("fields"));
    assertEquals(deprecated("window", "Use days."), list(map(fields.get(0)).get("args")).get(1));
  }

  @Test
  void theServedSchemaFollowsTheDeprecationPolicy() throws IOException {
    assertEquals(List.of(), DeprecationPolicy.violations(ServedSchema.build(),
        Files.readString(RepositoryFiles.changelog())));
  }

  @Test
  void aDeprecationWithoutItsOwnReasonOrChangelogEntryBreaksThePolicy() {
    String withoutReason = SDL.replace("score: Int @deprecated(reason: \"Use health.\")", "score: Int @deprecated");
    String changelog = """
        ## [Unreleased]
        ### Deprecated
        - `Query.health(window)`: use `days`.
        ### Added
        - `Band.RED`
        """;
    assertEquals(List.of("Band.RED: not listed under a Deprecated heading of CHANGELOG.md",
            "Query.score: @deprecated needs a reason that names the replacement",
            "Query.score: not listed under a Deprecated heading of CHANGELOG.md"),
        DeprecationPolicy.violations(schema(withoutReason), changelog));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return (List<Object>) value;
  }
}
