package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customer;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The HTTP contract of the real server: authentication, methods, media types, limits, health. */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class HttpEndToEndTest {
  private static GraphQLClient api;

  @BeforeAll
  static void tenant() {
    api = new GraphQLClient(TestServer.newTenantKey());
  }

  @Test
  void aRequestWithoutAKeyIsUnauthenticated() {
    GraphQLClient.Response response = new GraphQLClient(null).query("{defectionReasons{code}}");
    assertEquals(401, response.status());
    assertEquals("UNAUTHENTICATED", response.firstErrorCode());
  }

  @Test
  void anUnknownKeyIsUnauthenticated() {
    GraphQLClient.Response response = new GraphQLClient("ci_thisKeyDoesNotExist000000000000000").query("{defectionReasons{code}}");
    assertEquals(401, response.status());
    assertEquals("UNAUTHENTICATED", response.firstErrorCode());
  }

  @Test
  void aMutationOverGetIsNotAllowed() {
    String query = URLEncoder.encode("mutation{defineDefectionReason(code:\"X\",label:\"x\",category:OTHER,avoidable:false){userErrors{code}}}",
        StandardCharsets.UTF_8);
    GraphQLClient.Response response = api.get("/graphql?query=" + query);
    assertEquals(405, response.status());
    assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
    assertEquals(11, api.ok("{defectionReasons{code}}").getJsonArray("defectionReasons").size(), "nothing was defined");
  }

  @Test
  void aQueryOverGetWorks() {
    GraphQLClient.Response response = api.get("/graphql?query=" + URLEncoder.encode("{defectionReasons{code}}", StandardCharsets.UTF_8));
    assertEquals(200, response.status());
    assertEquals(11, response.data().getJsonArray("defectionReasons").size());
  }

  @Test
  void aBodyOverOneMebibyteIsTooLarge() {
    String huge = "{\"query\":\"{defectionReasons{code}}\",\"variables\":{\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}}";
    assertEquals(413, api.post(huge, "application/json").status());
  }

  @Test
  void aPlainTextPostIsAnUnsupportedMediaType() {
    GraphQLClient.Response response = api.post("{\"query\":\"{defectionReasons{code}}\"}", "text/plain");
    assertEquals(415, response.status());
    assertEquals("UNSUPPORTED_MEDIA_TYPE", response.firstErrorCode());
  }

  @Test
  void malformedJsonAndBatchesAreBadRequests() {
    assertEquals(400, api.post("{\"query\":", "application/json").status());
    GraphQLClient.Response batch = api.post("[{\"query\":\"{defectionReasons{code}}\"}]", "application/json");
    assertEquals(400, batch.status());
    assertEquals("BATCH_NOT_SUPPORTED", batch.firstErrorCode());
  }

  @Test
  void aDocumentThatDoesNotParseOrValidateIsARequestErrorWith200InApplicationJson() {
    // GraphQL over HTTP: 200 in application/json, 400 only for clients that accept application/graphql-response+json
    GraphQLClient.Response parse = api.query("{customers(");
    assertEquals(200, parse.status());
    assertFalse(parse.body().containsKey("data"));
    assertEquals("GRAPHQL_PARSE_FAILED", parse.firstErrorCode());
    GraphQLClient.Response invalid = api.query("{noSuchField}");
    assertEquals(200, invalid.status());
    assertEquals("GRAPHQL_VALIDATION_FAILED", invalid.firstErrorCode());
  }

  @Test
  void theInitialValueParameterHasNoEffect() {
    api.ok(UPSERT, in(new JsonArray().add(customer("iv"))));
    GraphQLClient.Response response = api.get("/graphql?initialValue=%7Bgarbage&query="
        + URLEncoder.encode("{customer(externalId:\"iv\"){externalId}}", StandardCharsets.UTF_8));
    assertEquals(200, response.status());
    assertEquals("iv", response.data().getJsonObject("customer").getString("externalId"));
  }

  @Test
  void healthSchemaAndGraphiqlAreServedWithoutAKey() {
    GraphQLClient anonymous = new GraphQLClient(null);
    assertEquals(200, anonymous.get("/health/live").status());
    GraphQLClient.Response ready = anonymous.get("/health/ready");
    assertEquals(200, ready.status());
    assertEquals("UP", ready.body().getString("status"));
    GraphQLClient.Response sdl = anonymous.get("/schema.graphql");
    assertEquals(200, sdl.status());
    assertTrue(sdl.body().getString("raw").contains("type Customer implements Node"));
    GraphQLClient.Response graphiql = anonymous.get("/graphiql/");
    assertEquals(200, graphiql.status());
    assertFalse(graphiql.body().getString("raw").contains("cdn"), "GraphiQL must work without internet");
  }

  @Test
  void errorsNeverLeakInternals() {
    GraphQLClient.Response response = api.query("{customers(first:1,after:\"" + "%".repeat(50) + "\"){nodes{id}}}");
    String body = response.body().encode();
    assertFalse(body.contains("Exception"), body);
    assertFalse(body.contains("io.customerintel"), body);
    assertTrue(new JsonObject(body).getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").containsKey("code"));
  }
}
