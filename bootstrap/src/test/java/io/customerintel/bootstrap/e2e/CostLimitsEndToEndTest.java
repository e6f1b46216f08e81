package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.PURCHASES;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.introspection.IntrospectionQuery;
import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.service.ApiKeys;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 5: operations are priced and limited before they run, and each key spends from its own shared bucket. */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class CostLimitsEndToEndTest {
  private static final String TOO_EXPENSIVE =
      "{customers(first:50){nodes{purchases(first:10){nodes{amount{amount}}}}}}";
  private static GraphQLClient api;

  @BeforeAll
  static void tenant() {
    api = GraphQLClient.acceptingGraphQLResponse(TestServer.newTenantKey());
  }

  private static JsonObject cost(GraphQLClient.Response response) {
    return response.body().getJsonObject("extensions").getJsonObject("cost");
  }

  private static JsonObject firstErrorExtensions(GraphQLClient.Response response) {
    return response.errors().getJsonObject(0).getJsonObject("extensions");
  }

  private static void assertRefused(GraphQLClient.Response response, int status, String code) {
    assertEquals(status, response.status(), response.body().encode());
    assertEquals(code, response.firstErrorCode(), response.body().encode());
    assertNull(response.data(), "a refused operation does not run");
    assertEquals(0, cost(response).getLong("actualQueryCost"), "a refusal takes nothing from the bucket");
    String body = response.body().encode();
    assertFalse(body.contains("Exception") || body.contains("graphql.") || body.contains("io.customerintel"), body);
  }

  @Test
  void aCheapQueryShowsWhatItCostAndWhatIsLeft() {
    GraphQLClient.Response response = api.query("{customers(first:5){totalCount nodes{id value{tier}}}}");

    assertEquals(200, response.status());
    JsonObject cost = cost(response);
    assertEquals(7 + 5, cost.getLong("requestedQueryCost"));
    assertEquals(7 + 5, cost.getLong("actualQueryCost"));
    JsonObject throttle = cost.getJsonObject("throttleStatus");
    assertEquals(TestServer.TEST_BUCKET_CAPACITY, throttle.getInteger("maximumAvailable"));
    assertEquals(TestServer.TEST_BUCKET_REFILL_PER_SECOND, throttle.getInteger("restoreRate"));
    assertTrue(throttle.getLong("currentlyAvailable") <= TestServer.TEST_BUCKET_CAPACITY - 12, throttle.encode());
  }

  @Test
  void mutationsCostAFixedAmountPlusTheirPayload() {
    GraphQLClient.Response response = api.query(PURCHASES, in(new JsonArray()));

    assertEquals(200, response.status(), response.body().encode());
    assertEquals(10 + 10, cost(response).getLong("requestedQueryCost"), "10 for the mutation, 10 userErrors");
  }

  @Test
  void aQueryOverTheMaximumCostIsRefusedBeforeItRuns() {
    GraphQLClient.Response response = api.query(TOO_EXPENSIVE);

    assertRefused(response, 400, "MAX_COST_EXCEEDED");
    assertEquals(1152, firstErrorExtensions(response).getLong("cost"));
    assertEquals(1000, firstErrorExtensions(response).getLong("maxCost"));
    assertEquals(1152, cost(response).getLong("requestedQueryCost"));
    assertTrue(cost(response).getJsonObject("throttleStatus").containsKey("currentlyAvailable"));
  }

  @Test
  void aPageSizeOverOneHundredIsBadUserInput() {
    GraphQLClient.Response response = api.query("query($n:Int){customers(first:$n){nodes{id}}}",
        new JsonObject().put("n", 101));

    assertRefused(response, 400, "BAD_USER_INPUT");
    assertEquals("first", firstErrorExtensions(response).getString("argument"));
    assertEquals(100, firstErrorExtensions(response).getInteger("max"));
  }

  @Test
  void nestingThirteenDeepIsRefused() {
    String thirteenDeep = "{customer(externalId:\"x\")" + "{defection{customer".repeat(5) + "{defection{id"
        + "}".repeat(13);

    GraphQLClient.Response response = api.query(thirteenDeep);

    assertRefused(response, 400, "MAX_DEPTH_EXCEEDED");
    assertEquals(13, firstErrorExtensions(response).getInteger("depth"));
  }

  @Test
  void thirtyOneAliasesAreRefused() {
    String aliases = IntStream.range(0, 31).mapToObj(i -> "n" + i + ":__typename")
        .collect(Collectors.joining(" ", "{", "}"));

    assertRefused(api.query(aliases), 400, "MAX_ALIASES_EXCEEDED");
  }

  @Test
  void sixDirectivesOnAFieldAreRefused() {
    assertRefused(api.query("{__typename" + " @skip(if:false)".repeat(6) + "}"), 400, "MAX_DIRECTIVES_EXCEEDED");
  }

  @Test
  void documentsOverTheParserLimitsAreRefused() {
    assertRefused(api.query("{" + " a".repeat(1_999) + "}"), 400, "MAX_TOKENS_EXCEEDED");
    String query = "{__typename}";
    assertRefused(api.query(query + " ".repeat(20_001 - query.length())), 400, "MAX_CHARACTERS_EXCEEDED");
  }

  @Test
  void theLimitsHoldForGetToo() {
    GraphQLClient.Response response = api.get("/graphql?query="
        + URLEncoder.encode("{customers(first:101){nodes{id}}}", StandardCharsets.UTF_8));

    assertRefused(response, 400, "BAD_USER_INPUT");
  }

  @Test
  void introspectionWorksInGoodFaithOnly() {
    GraphQLClient.Response standard = api.query(IntrospectionQuery.INTROSPECTION_QUERY);
    assertEquals(200, standard.status(), "GraphiQL's introspection query runs");
    assertEquals(1, cost(standard).getLong("requestedQueryCost"));

    GraphQLClient.Response badFaith = api.query("{a:__schema{types{name}} b:__schema{types{name}}}");
    assertEquals(400, badFaith.status(), badFaith.body().encode());
    assertEquals("INTROSPECTION_LIMIT_EXCEEDED", badFaith.firstErrorCode());
  }

  @Test
  void aDocumentThatDoesNotParseIsReportedAsBeforeAndCostsThePointOfEveryRequest() {
    GraphQLClient.Response response = api.query("{customers(");

    assertEquals(400, response.status());
    assertEquals("GRAPHQL_PARSE_FAILED", response.firstErrorCode());
    assertEquals(1, cost(response).getLong("actualQueryCost"));
  }

  @Test
  void anEmptyBucketIsThrottledWithRetryAfterAndRefills() throws Exception {
    String key = TestServer.newTenantKey();
    ownBucket(key, 30, 10);
    GraphQLClient small = GraphQLClient.acceptingGraphQLResponse(key);
    String query = "{customers{nodes{id}}}"; // 22 points

    GraphQLClient.Response first = small.query(query);
    assertEquals(200, first.status(), first.body().encode());
    assertEquals(30, cost(first).getJsonObject("throttleStatus").getInteger("maximumAvailable"));
    assertEquals(10, cost(first).getJsonObject("throttleStatus").getInteger("restoreRate"));

    GraphQLClient.Response throttled = small.query(query);
    assertRefused(throttled, 429, "THROTTLED");
    long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
    // 8 points were left and 22 are needed: 14 more at 10 a second (less what refilled between the two requests)
    assertTrue(retryAfter == 1 || retryAfter == 2, "Retry-After: " + retryAfter);
    assertEquals(22, cost(throttled).getLong("requestedQueryCost"));
    assertTrue(cost(throttled).getJsonObject("throttleStatus").getLong("currentlyAvailable") < 22);

    Thread.sleep(TimeUnit.SECONDS.toMillis(retryAfter));
    assertEquals(200, small.query(query).status(), "after Retry-After the bucket holds the cost again");
  }

  @Test
  void aQueryLargerThanTheKeysWholeBucketIsOverItsMaximumCost() throws Exception {
    String key = TestServer.newTenantKey();
    ownBucket(key, 30, 10);

    GraphQLClient.Response response = GraphQLClient.acceptingGraphQLResponse(key).query("{customers(first:40){nodes{id}}}");

    assertRefused(response, 400, "MAX_COST_EXCEEDED");
    assertEquals(42, firstErrorExtensions(response).getLong("cost"));
    assertEquals(30, firstErrorExtensions(response).getLong("maxCost"));
  }

  /** Gives the key its own bucket, as an operator would in the api_key table. */
  private static void ownBucket(String key, int capacity, int refillPerSecond) throws Exception {
    ScratchDatabase.pool()
        .preparedQuery("update api_key set bucket_capacity = $1, bucket_refill_per_second = $2 where key_hash = $3")
        .execute(Tuple.of(capacity, refillPerSecond, Buffer.buffer(ApiKeys.hash(key))))
        .await(10, TimeUnit.SECONDS);
  }
}
