package io.customerintel.adapters.graphql.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of change the governance rules name, fed to the comparison as a small before/after pair: the breaking
 * ones must be caught by graphql-java's SchemaDiff as it is in the version we run, the others must pass.
 */
class SchemaComparisonTest {
  private static final String BEFORE = """
      interface Node { id: ID! }
      enum Stage { NEW ACTIVE LOST }
      input Filter { stages: [Stage!] name: String }
      type Customer implements Node {
        id: ID!
        name: String
        stage: Stage!
        score: Int!
        purchases(first: Int, after: String): [String!]!
      }
      type Query {
        customer(externalId: String!): Customer
        customers(filter: Filter, first: Int): [Customer!]!
      }
      type Mutation { upsert(name: String!): Customer }
      """;

  private static SchemaChanges after(String from, String to) {
    String changed = BEFORE.replace(from, to);
    assertTrue(!changed.equals(BEFORE), "the edit must apply: " + from);
    return SchemaComparison.compare(BEFORE, changed);
  }

  private static void assertBreaking(SchemaChanges changes, String expectedPart) {
    assertTrue(changes.breaking().stream().anyMatch(line -> line.contains(expectedPart)),
        "expected a breaking change mentioning " + expectedPart + ", got:\n" + changes.describe());
  }

  @Test
  void anIdenticalSchemaHasNoChanges() {
    SchemaChanges changes = SchemaComparison.compare(BEFORE, BEFORE);
    assertEquals("no changes", changes.describe());
  }

  @Test
  void aRemovedFieldBreaks() {
    assertBreaking(after("  name: String\n  stage", "  stage"), "Customer.name");
  }

  @Test
  void aRetypedFieldBreaks() {
    assertBreaking(after("score: Int!", "score: Float!"), "Customer.score");
  }

  @Test
  void aFieldThatMayNowBeNullBreaks() {
    assertBreaking(after("score: Int!", "score: Int"), "Customer.score");
  }

  @Test
  void aRemovedArgumentBreaks() {
    assertBreaking(after("purchases(first: Int, after: String)", "purchases(first: Int)"), "Customer.purchases");
  }

  @Test
  void aRetypedArgumentBreaks() {
    assertBreaking(after("customers(filter: Filter, first: Int)", "customers(filter: Filter, first: String)"),
        "Query.customers");
  }

  @Test
  void anArgumentThatBecameRequiredBreaks() {
    assertBreaking(after("customers(filter: Filter, first: Int)", "customers(filter: Filter, first: Int!)"),
        "Query.customers");
  }

  @Test
  void aNewRequiredArgumentBreaks() {
    assertBreaking(after("customer(externalId: String!)", "customer(externalId: String!, tenant: ID!)"),
        "'tenant'");
  }

  @Test
  void aRemovedEnumValueBreaks() {
    assertBreaking(after("enum Stage { NEW ACTIVE LOST }", "enum Stage { NEW ACTIVE }"), "'LOST'");
  }

  @Test
  void aRemovedInputFieldBreaks() {
    assertBreaking(after("stages: [Stage!] name: String", "stages: [Stage!]"), "Filter.name");
  }

  @Test
  void aNewRequiredInputFieldBreaks() {
    assertBreaking(after("stages: [Stage!] name: String", "stages: [Stage!] name: String tenant: ID!"), "tenant");
  }

  @Test
  void aRemovedRootOperationBreaks() {
    assertBreaking(after("type Mutation { upsert(name: String!): Customer }", ""), "mutation");
  }

  @Test
  void aDroppedInterfaceBreaks() {
    assertBreaking(after("type Customer implements Node {", "type Customer {"), "Node");
  }

  @Test
  void removingADeprecatedFieldStillBreaks() {
    String deprecated = BEFORE.replace("  name: String\n", "  name: String @deprecated(reason: \"Use stage.\")\n");
    SchemaChanges changes = SchemaComparison.compare(deprecated, deprecated.replace(
        "  name: String @deprecated(reason: \"Use stage.\")\n", ""));
    assertBreaking(changes, "Customer.name");
  }

  @Test
  void additionsAreListedAndBreakNothing() {
    String grown = BEFORE
        .replace("score: Int!", "score: Int!\n  tier: Tier")
        .replace("enum Stage { NEW ACTIVE LOST }", "enum Stage { NEW ACTIVE LOST WON_BACK }\nenum Tier { TOP LOW }")
        .replace("customers(filter: Filter, first: Int)", "customers(filter: Filter, first: Int, after: String)")
        .replace("stages: [Stage!] name: String", "stages: [Stage!] name: String tier: Tier");
    SchemaChanges changes = SchemaComparison.compare(BEFORE, grown);
    assertEquals(List.of(), changes.breaking(), changes::describe);
    for (String added : List.of("Customer.tier", "WON_BACK", "Tier: new type",
        "Query.customers: new optional argument after", "Filter.tier: new optional input field")) {
      assertTrue(changes.additions().stream().anyMatch(line -> line.contains(added)), changes::describe);
    }
  }

  @Test
  void aDeprecationIsListedAndBreaksNothing() {
    SchemaChanges changes = after("  name: String\n", "  name: String @deprecated(reason: \"Use stage.\")\n");
    assertEquals(List.of(), changes.breaking(), changes::describe);
    assertTrue(changes.deprecations().stream().anyMatch(line -> line.contains("Customer.name")), changes::describe);
  }

  @Test
  void aTypeOnlyAnInterfaceLeadsToIsReportedAsUnreached() {
    String orphan = BEFORE + "type Purchase implements Node { id: ID! }\n";
    SchemaChanges changes = SchemaComparison.compare(orphan, orphan);
    assertEquals(java.util.Set.of("Purchase"), changes.unreachedTypes());
  }
}
