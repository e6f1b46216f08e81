package io.customerintel.bootstrap.e2e;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Small builders for the inputs the end-to-end tests send. */
final class Fixtures {
  static final String UPSERT = "mutation($in:[CustomerInput!]!){upsertCustomers(input:$in){upserted userErrors{index field code message}}}";
  static final String PURCHASES = "mutation($in:[PurchaseInput!]!){recordPurchases(input:$in){recorded duplicates userErrors{index field code message}}}";
  static final String SURVEYS = "mutation($in:[SurveyResponseInput!]!){recordSurveyResponses(input:$in){recorded userErrors{index field code message}}}";
  static final String DEFECTION = "mutation($in:DefectionInput!){recordDefection(input:$in){defection{id occurredAt reason{code category avoidable} lostAnnualValue{amount currency}} userErrors{index field code message}}}";

  private Fixtures() {}

  /** Money amounts are JSON numbers; compare their value, not how a JSON parser prints them. */
  static void assertAmount(String expected, JsonObject money) {
    java.math.BigDecimal actual = new java.math.BigDecimal(String.valueOf(money.getValue("amount")));
    if (actual.compareTo(new java.math.BigDecimal(expected)) != 0) {
      throw new AssertionError("expected amount " + expected + " but was " + actual + " in " + money.encode());
    }
  }

  static JsonObject in(JsonArray items) {
    return new JsonObject().put("in", items);
  }

  static JsonObject in(JsonObject item) {
    return new JsonObject().put("in", item);
  }

  static JsonObject customer(String externalId) {
    return new JsonObject().put("externalId", externalId);
  }

  static JsonObject purchase(String customer, String externalId, String occurredAt, String amount) {
    return new JsonObject().put("customerExternalId", customer).put("externalId", externalId)
        .put("occurredAt", occurredAt).put("amount", amount);
  }

  static JsonObject defection(String customer, String occurredAt, String reason) {
    return new JsonObject().put("customerExternalId", customer).put("occurredAt", occurredAt).put("reasonCode", reason);
  }

  /** Creates the customers and one purchase per given day (noon UTC), amount each. */
  static void customerWithPurchases(GraphQLClient api, String externalId, String amount, String... days) {
    api.ok(UPSERT, in(new JsonArray().add(customer(externalId))));
    if (days.length == 0) {
      return;
    }
    JsonArray purchases = new JsonArray();
    for (int i = 0; i < days.length; i++) {
      purchases.add(purchase(externalId, externalId + "-p" + i, days[i] + "T12:00:00Z", amount));
    }
    JsonObject result = api.ok(PURCHASES, in(purchases)).getJsonObject("recordPurchases");
    if (result.getInteger("recorded") != days.length) {
      throw new AssertionError("purchases not recorded: " + result.encode());
    }
  }
}
