package io.customerintel.adapters.graphql.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.customerintel.adapters.graphql.GraphQLApi;
import io.customerintel.application.port.in.BulkExportUseCase.ExportQuery;
import io.customerintel.application.port.in.CustomerFilter;
import io.customerintel.application.port.out.CustomerSort;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BulkQueryParserTest {
  private static final BulkQueryParser PARSER = new BulkQueryParser(served());

  private static GraphQLSchema served() {
    try (InputStream in = GraphQLApi.class.getResourceAsStream(GraphQLApi.SDL_RESOURCE)) {
      return UnExecutableSchemaGenerator.makeUnExecutableSchema(
          new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ExportQuery accepted(String query) {
    return assertInstanceOf(BulkQueryParser.Accepted.class, PARSER.parse(query)).query();
  }

  private static String refusal(String query) {
    return assertInstanceOf(BulkQueryParser.Refused.class, PARSER.parse(query), query).reason();
  }

  @Test
  void aValueTierByTenureBandCellBecomesTheListingsFilter() {
    ExportQuery query = accepted("{ customers(filter: {valueTiers: [TOP], tenureBands: ONE_TO_3_YEARS},"
        + " orderBy: {field: LIFETIME_REVENUE, direction: DESC}) { edges { node { id externalId } } } }");
    assertEquals(new CustomerFilter(null, Set.of(ValueTier.TOP), Set.of(TenureBand.ONE_TO_3_YEARS), null, null, null),
        query.filter());
    assertEquals(new CustomerSort(CustomerSort.Field.LIFETIME_REVENUE, true), query.sort());
    assertEquals(List.of("id", "externalId"), query.columns());
  }

  @Test
  void withoutArgumentsEveryCustomerIsExportedInTheDefaultOrder() {
    ExportQuery query = accepted("query Everyone { customers { nodes { externalId } } }");
    assertEquals(CustomerFilter.ALL, query.filter());
    assertEquals(new CustomerSort(CustomerSort.Field.EXTERNAL_ID, false), query.sort());
  }

  @Test
  void columnsAreTheResponseKeysInOrderThroughFragmentsAndAliases() {
    ExportQuery query = accepted("{ customers(filter: {lifecycleStages: [AT_RISK, LOST]}) { nodes { key: externalId"
        + " ...Value ... on Customer { health { score } externalId } } } } fragment Value on Customer { value { tier } }");
    assertEquals(List.of("key", "value", "health", "externalId"), query.columns());
    assertEquals(Set.of(LifecycleStage.AT_RISK, LifecycleStage.LOST), query.filter().lifecycleStages());
  }

  @Test
  void pagingIsRefusedBecauseAnExportReadsEveryCustomer() {
    assertTrue(refusal("{ customers(first: 10) { nodes { id } } }").contains("'first' does not apply"));
    assertTrue(refusal("{ customers(after: \"x\") { nodes { id } } }").contains("'after' does not apply"));
  }

  @Test
  void anythingButEdgesNodeOrNodesOfOneCustomersFieldIsRefused() {
    for (String query : List.of("{ customers { pageInfo { hasNextPage } } }",
        "{ customers { totalCount } }",
        "{ customers { edges { cursor node { id } } } }",
        "{ customers { nodes { id } edges { node { id } } } }",
        "{ customers { all: nodes { id } } }",
        "{ customers { nodes { id } } defectionReasons { code } }",
        "{ healthModel { healthyFrom } }",
        "mutation { startBulkExport(query: \"\") { userErrors { code } } }",
        "subscription { customerRiskChanged { __typename } }")) {
      refusal(query);
    }
  }

  @Test
  void whatAPageOfCustomersMayNotSelectAnExportMayNotEither() {
    String deep = "{ customers { nodes { defection { customer { defection { customer { defection { customer {"
        + " defection { customer { defection { customer { externalId } } } } } } } } } } } } }";
    assertTrue(refusal(deep).contains("deep"), refusal(deep));
    String dear = "{ customers { nodes { purchases(first: 100) { nodes { externalId } }"
        + " surveyResponses(first: 100) { nodes { comment } } } } }";
    assertTrue(refusal(dear).contains("costs"), refusal(dear));
  }

  @Test
  void variablesAreRefusedWithAHintToInlineThem() {
    assertTrue(refusal("query($f: CustomerFilter) { customers(filter: $f) { nodes { id } } }").contains("inline"));
  }

  @Test
  void syntaxAndValidationErrorsAreRefusedWithTheirExplanation() {
    assertTrue(refusal("{ customers { nodes { id }").startsWith("not a GraphQL document"));
    assertTrue(refusal("{ customers { nodes { nope } } }").contains("nope"));
    assertTrue(refusal("{ customers(filter: {lifecycleStages: [SLEEPY]}) { nodes { id } } }").contains("SLEEPY"));
    assertEquals("the query is empty", refusal("  "));
  }
}
