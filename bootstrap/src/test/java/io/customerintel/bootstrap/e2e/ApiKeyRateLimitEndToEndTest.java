package io.customerintel.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A key's own rate limit, set when it is created: its bucket's size and refill replace the server's defaults. */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class ApiKeyRateLimitEndToEndTest {
  private static final String CREATE = "mutation($cap:Int, $refill:Int){createApiKey(name:\"partner\", scopes:[READ],"
      + " rateLimitCapacity:$cap, rateLimitRefillPerSecond:$refill){secret apiKey{id rateLimitCapacity"
      + " rateLimitRefillPerSecond} userErrors{field code}}}";
  private static GraphQLClient admin;

  @BeforeAll
  static void tenant() {
    admin = new GraphQLClient(TestServer.newTenantKey());
  }

  private static JsonObject create(Integer capacity, Integer refill) {
    return admin.ok(CREATE, new JsonObject().put("cap", capacity).put("refill", refill)).getJsonObject("createApiKey");
  }

  @Test
  void aKeyWithItsOwnSmallBucketSeesItAndCannotRunWhatDoesNotFitIt() {
    JsonObject created = create(30, 1);
    assertEquals(30, created.getJsonObject("apiKey").getInteger("rateLimitCapacity"));
    assertEquals(1, created.getJsonObject("apiKey").getInteger("rateLimitRefillPerSecond"));
    GraphQLClient partner = GraphQLClient.acceptingGraphQLResponse(created.getString("secret"));

    GraphQLClient.Response cheap = partner.query("{customers(first:1){totalCount}}");
    JsonObject throttle = cheap.body().getJsonObject("extensions").getJsonObject("cost")
        .getJsonObject("throttleStatus");
    assertEquals(30, throttle.getInteger("maximumAvailable"));
    assertEquals(1, throttle.getInteger("restoreRate"));

    GraphQLClient.Response dear = partner.query("{customers(first:40){nodes{id}}}");
    assertEquals(400, dear.status());
    assertEquals("MAX_COST_EXCEEDED", dear.firstErrorCode());
    assertEquals(30, dear.errors().getJsonObject(0).getJsonObject("extensions").getInteger("maxCost"));

    JsonArray keys = admin.ok("{apiKeys{name rateLimitCapacity}}").getJsonArray("apiKeys");
    assertEquals(30, keys.stream().map(JsonObject.class::cast).filter(k -> k.getString("name").equals("partner"))
        .findFirst().orElseThrow().getInteger("rateLimitCapacity"));
  }

  @Test
  void withoutItsOwnLimitAKeyHasTheServersDefault() {
    assertEquals(null, create(null, null).getJsonObject("apiKey").getValue("rateLimitCapacity"));
  }

  @Test
  void aRateLimitBelowOnePointIsRefused() {
    JsonObject refused = create(0, 5);
    assertEquals(null, refused.getValue("apiKey"));
    assertEquals("OUT_OF_RANGE", refused.getJsonArray("userErrors").getJsonObject(0).getString("code"));
    assertEquals(new JsonArray().add("rateLimitCapacity"),
        refused.getJsonArray("userErrors").getJsonObject(0).getJsonArray("field"));
  }
}
