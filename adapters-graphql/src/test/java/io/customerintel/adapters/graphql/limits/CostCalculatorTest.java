package io.customerintel.adapters.graphql.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import graphql.introspection.IntrospectionQuery;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cost model's numbers on the served schema (docs/limits.md has the rules). */
class CostCalculatorTest {
  // no cost limit, so every operation shows its price
  private final OperationAnalyzer analyzer = new OperationAnalyzer(Schemas.SERVED,
      new QueryLimits(Integer.MAX_VALUE, 12, 30, 5, 2_000, 20_000, 10));

  private long cost(String query, Map<String, Object> variables) {
    Analysis analysis = analyzer.analyze(query, null, variables);
    assertNull(analysis.refusal(), () -> "refused: " + analysis.refusal());
    return analysis.cost();
  }

  private long cost(String query) {
    return cost(query, Map.of());
  }

  @Test
  void connectionsCostTwoPlusTheirPageSizeAndMultiplyWhatEachNodeSelects() {
    // customers: 2 + 50, and per customer: purchases 2 + 10 plus 10 amounts of 1
    assertEquals(52 + 50 * (12 + 10),
        cost("{customers(first: 50){nodes{purchases(first: 10){nodes{amount{amount}}}}}}"));
  }

  @Test
  void scalarsAndEnumsAreFreeObjectsCostOne() {
    assertEquals(1, cost("{healthModel{healthyFrom atRiskFrom}}"));
    assertEquals(2, cost("{healthModel{healthyFrom weights{recency}}}"));
    assertEquals(22, cost("{customers{nodes{id externalId lifecycleStage}}}"), "the default page is 20");
  }

  @Test
  void everyOperationCostsAtLeastOnePoint() {
    assertEquals(1, cost("{__typename}"));
  }

  @Test
  void pageInfoAndTotalCountCountOnceNotPerNode() {
    assertEquals(22 + 1, cost("{customers{totalCount pageInfo{hasNextPage endCursor}}}"));
  }

  @Test
  void edgesCountLikeNodes() {
    assertEquals(12 + 10, cost("{customers(first: 10){edges{cursor node{value{tier}}}}}"));
  }

  @Test
  void pageSizesComeFromVariablesToo() {
    assertEquals(7 + 5, cost("query($n: Int){customers(first: $n){nodes{value{tier}}}}", Map.of("n", 5)));
    assertEquals(22 + 20, cost("query($n: Int){customers(first: $n){nodes{value{tier}}}}", Map.of()),
        "an absent variable is the default page size");
  }

  @Test
  void fragmentsCountLikeInlineSelections() {
    String inline = "{customers(first: 5){nodes{value{tier} tenure{days}}}}";
    String named = "{customers(first: 5){nodes{...F}}} fragment F on Customer {value{tier} tenure{days}}";
    String inlineFragment = "{customers(first: 5){nodes{... on Customer {value{tier}} tenure{days}}}}";
    assertEquals(7 + 5 * 2, cost(inline));
    assertEquals(cost(inline), cost(named));
    assertEquals(cost(inline), cost(inlineFragment));
  }

  @Test
  void otherListsMultiplyByAnEstimateOfTen() {
    // customer 1 + health 1 + signals 10 x 1
    assertEquals(12, cost("{customer(externalId: \"x\"){health{signals{code}}}}"));
    assertEquals(1 + 10, cost("{customer(externalId: \"x\"){healthHistory{score signalCodes}}}"),
        "a list of scalars (signalCodes) costs nothing");
  }

  @Test
  void nodesCostsPerIdAskedForAndTheSegmentMatrixItsTwentyFiveCells() {
    assertEquals(3 * 2, cost("{nodes(ids: [\"a\", \"b\", \"c\"]){... on Customer {value{tier}}}}"));
    assertEquals(1 + 25, cost("{segmentMatrix{asOf cells{customers}}}"));
  }

  @Test
  void aSelectionThatDependsOnTheTypeCostsAsMuchAsItsDearestType() {
    assertEquals(1 + 2,
        cost("{node(id: \"x\"){id ... on Customer {value{tier} tenure{days}} ... on Purchase {amount{amount}}}}"));
  }

  @Test
  void mutationsCostAFixedAmountPlusTheirPayload() {
    assertEquals(10 + 10, cost("mutation {recordPurchases(input: []){recorded userErrors{code}}}"));
    assertEquals(10 + 10 + 10, cost("mutation {upsertCustomers(input: []){upserted}"
        + " recordPurchases(input: []){userErrors{code}}}"));
  }

  @Test
  void skippedFieldsCostNothing() {
    String query = "query($skip: Boolean!){customers(first: 5){nodes{value @skip(if: $skip){tier}}}}";
    assertEquals(7, cost(query, Map.of("skip", true)));
    assertEquals(12, cost(query, Map.of("skip", false)));
  }

  @Test
  void introspectionCostsOnePointAndIsNotDepthLimited() {
    // the standard introspection query nests 13 deep; good-faith introspection bounds it instead
    Analysis analysis = analyzer.analyze(IntrospectionQuery.INTROSPECTION_QUERY, null, Map.of());
    assertFalse(analysis.refused());
    assertEquals(1, analysis.cost());
  }
}
