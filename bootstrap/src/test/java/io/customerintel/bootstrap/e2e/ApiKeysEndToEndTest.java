package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.PURCHASES;
import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customer;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static io.customerintel.bootstrap.e2e.Fixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.bootstrap.Server;
import io.customerintel.bootstrap.config.AppConfig;
import io.customerintel.domain.tenant.ApiKeyScope;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scopes, key management, revocation, keys in URLs and CORS, against the real server. */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class ApiKeysEndToEndTest {
  static final String CREATE = "mutation($name:String!,$scopes:[ApiKeyScope!]!,$persisted:Boolean){"
      + "createApiKey(name:$name,scopes:$scopes,persistedQueriesOnly:$persisted){"
      + "apiKey{id name scopes persistedQueriesOnly createdAt revokedAt} secret userErrors{field code message}}}";
  static final String REVOKE = "mutation($id:ID!){revokeApiKey(id:$id){apiKey{id revokedAt} userErrors{field code}}}";
  static final String LIST = "{apiKeys{id name scopes persistedQueriesOnly createdAt revokedAt}}";
  static final String FIT = "mutation{fitCustomerBaseModels{models{kind} userErrors{code}}}";
  static final String READ_QUERY = "{defectionReasons{code}}";
  static final String ALLOWED_ORIGIN = "https://app.example.com";
  static final String OTHER_ORIGIN = "https://elsewhere.example.com";
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private static GraphQLClient admin;

  @BeforeAll
  static void tenant() {
    admin = new GraphQLClient(TestServer.newTenantKey());
  }

  /** A new key of the admin's tenant; its id and secret. */
  static JsonObject create(GraphQLClient by, String name, String... scopes) {
    JsonObject payload = by.ok(CREATE, new JsonObject().put("name", name).put("scopes", new JsonArray(List.of(scopes))))
        .getJsonObject("createApiKey");
    assertEquals(new JsonArray(), payload.getJsonArray("userErrors"));
    return payload;
  }

  static GraphQLClient client(JsonObject created) {
    return new GraphQLClient(created.getString("secret"));
  }

  static String id(JsonObject created) {
    return created.getJsonObject("apiKey").getString("id");
  }

  static JsonObject revoke(GraphQLClient by, String id) {
    return by.ok(REVOKE, new JsonObject().put("id", id)).getJsonObject("revokeApiKey");
  }

  static void assertForbidden(GraphQLClient.Response response, String field) {
    assertEquals(403, response.status(), response.body().encode());
    assertEquals("FORBIDDEN", response.firstErrorCode());
    assertTrue(response.errors().getJsonObject(0).getString("message").contains("'" + field + "'"),
        response.body().encode());
    assertNull(response.data(), "nothing ran");
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("request failed", e);
    }
  }

  @Test
  void theKeyATenantIsCreatedWithHasEveryScope() throws Exception {
    // `tenant create` prints the key of this very use case call
    String key = TestServer.newTenantKey();
    var caller = TestServer.start().services().authentication().authenticateCaller(key).toCompletableFuture()
        .get(30, TimeUnit.SECONDS).orElseThrow();
    assertEquals(EnumSet.allOf(ApiKeyScope.class), caller.grant().scopes());
    JsonArray keys = new GraphQLClient(key).ok(LIST).getJsonArray("apiKeys");
    assertEquals(1, keys.size());
    assertEquals(new JsonArray().add("READ").add("WRITE").add("ADMIN"), keys.getJsonObject(0).getJsonArray("scopes"));
  }

  @Test
  void aReadKeyCanQueryButAMutationIsForbidden() {
    GraphQLClient reader = client(create(admin, "dashboard", "READ"));
    assertEquals(11, reader.ok(READ_QUERY).getJsonArray("defectionReasons").size());
    assertForbidden(reader.query(UPSERT, in(new JsonArray().add(customer("read-only")))), "upsertCustomers");
    assertNull(admin.ok("{customer(externalId:\"read-only\"){id}}").getValue("customer"), "nothing was stored");
  }

  @Test
  void aWriteKeyWritesButCannotFitModelsOrManageKeys() {
    GraphQLClient writer = client(create(admin, "shop sync", "WRITE"));
    writer.ok(UPSERT, in(new JsonArray().add(customer("w1"))));
    writer.ok(PURCHASES, in(new JsonArray().add(purchase("w1", "w1-p1", "2026-05-01T10:00:00Z", "10"))));
    assertForbidden(writer.query(FIT), "fitCustomerBaseModels");
    assertForbidden(writer.query(LIST), "apiKeys");
    assertForbidden(writer.query(READ_QUERY), "defectionReasons");
  }

  @Test
  void aMutationReachedThroughAFragmentOnTheRootIsChecked() {
    GraphQLClient writer = client(create(admin, "sneaky", "READ", "WRITE"));
    String query = "mutation M { upsertCustomers(input: []) { upserted } ...Admin }"
        + " fragment Admin on Mutation { ... on Mutation { fitCustomerBaseModels { models { kind } } } }";
    GraphQLClient.Response response = writer.post(new JsonObject().put("query", query).put("operationName", "M")
        .encode(), "application/json");
    assertForbidden(response, "fitCustomerBaseModels");
  }

  @Test
  void anAdminKeyCreatesListsAndRevokesKeysAndNeverSeesASecretAgain() {
    JsonObject created = admin.ok(CREATE, new JsonObject().put("name", "partner: Acme CRM")
        .put("scopes", new JsonArray().add("WRITE").add("READ")).put("persisted", true)).getJsonObject("createApiKey");
    String secret = created.getString("secret");
    assertTrue(secret.startsWith("ci_"), secret);
    JsonObject key = created.getJsonObject("apiKey");
    assertEquals("partner: Acme CRM", key.getString("name"));
    assertEquals(new JsonArray().add("READ").add("WRITE"), key.getJsonArray("scopes"));
    assertTrue(key.getBoolean("persistedQueriesOnly"));
    assertNotNull(key.getString("createdAt"));
    assertNull(key.getValue("revokedAt"));

    GraphQLClient.Response listed = admin.query(LIST);
    assertFalse(listed.body().encode().contains(secret), "the secret is shown once, when created");
    assertTrue(listed.data().getJsonArray("apiKeys").contains(key));

    JsonObject revoked = revoke(admin, key.getString("id"));
    assertEquals(new JsonArray(), revoked.getJsonArray("userErrors"));
    assertNotNull(revoked.getJsonObject("apiKey").getString("revokedAt"));
    JsonObject afterwards = admin.ok(LIST).getJsonArray("apiKeys").stream().map(JsonObject.class::cast)
        .filter(k -> k.getString("id").equals(key.getString("id"))).findFirst().orElseThrow();
    assertEquals(revoked.getJsonObject("apiKey").getString("revokedAt"), afterwards.getString("revokedAt"));
  }

  @Test
  void aRevokedKeyIsUnauthenticatedFromItsVeryNextRequest() {
    JsonObject created = create(admin, "leaked", "READ", "ADMIN");
    GraphQLClient leaked = client(created);
    leaked.ok(READ_QUERY);
    // a key may revoke itself
    assertEquals(new JsonArray(), revoke(leaked, id(created)).getJsonArray("userErrors"));
    GraphQLClient.Response next = leaked.query(READ_QUERY);
    assertEquals(401, next.status());
    assertEquals("UNAUTHENTICATED", next.firstErrorCode());
  }

  @Test
  void revokingARevokedKeyChangesNothing() {
    String id = id(create(admin, "twice", "READ"));
    JsonObject first = revoke(admin, id);
    assertEquals(first, revoke(admin, id));
  }

  @Test
  void anotherTenantsKeyIsNotFoundAndKeepsWorking() {
    GraphQLClient other = new GraphQLClient(TestServer.newTenantKey());
    JsonObject theirs = create(other, "theirs", "READ");
    JsonObject answer = revoke(admin, id(theirs));
    assertNull(answer.getValue("apiKey"));
    assertEquals("NOT_FOUND", answer.getJsonArray("userErrors").getJsonObject(0).getString("code"));
    client(theirs).ok(READ_QUERY);
    assertNull(admin.ok("query($id:ID!){node(id:$id){id}}", new JsonObject().put("id", id(theirs))).getValue("node"));
    admin.ok(UPSERT, in(new JsonArray().add(customer("not-a-key"))));
    String customerId = admin.ok("{customer(externalId:\"not-a-key\"){id}}").getJsonObject("customer").getString("id");
    assertEquals("NOT_FOUND", revoke(admin, customerId).getJsonArray("userErrors").getJsonObject(0).getString("code"),
        "the id of a customer names no key either");
  }

  @Test
  void theLastUnrevokedAdminKeyIsKept() {
    GraphQLClient alone = new GraphQLClient(TestServer.newTenantKey());
    String only = alone.ok(LIST).getJsonArray("apiKeys").getJsonObject(0).getString("id");
    JsonObject refused = revoke(alone, only);
    assertNull(refused.getValue("apiKey"));
    assertEquals("LAST_ADMIN_KEY", refused.getJsonArray("userErrors").getJsonObject(0).getString("code"));
    alone.ok(READ_QUERY);
    GraphQLClient second = client(create(alone, "second admin", "ADMIN"));
    assertEquals(new JsonArray(), revoke(second, only).getJsonArray("userErrors"));
  }

  @Test
  void badNamesAndScopesAreUserErrors() {
    JsonObject payload = admin.ok(CREATE, new JsonObject().put("name", " ").put("scopes", new JsonArray()))
        .getJsonObject("createApiKey");
    assertNull(payload.getValue("apiKey"));
    assertNull(payload.getValue("secret"));
    assertEquals(List.of("REQUIRED", "REQUIRED"), payload.getJsonArray("userErrors").stream()
        .map(e -> ((JsonObject) e).getString("code")).toList());
    JsonObject twice = admin.ok(CREATE, new JsonObject().put("name", "x").put("scopes", new JsonArray().add("READ")
        .add("READ"))).getJsonObject("createApiKey");
    assertEquals("DUPLICATE", twice.getJsonArray("userErrors").getJsonObject(0).getString("code"));
  }

  @Test
  void nodeShowsAnApiKeyToAdminKeysOnly() {
    String id = id(create(admin, "visible to admins", "READ"));
    String query = "query($id:ID!){node(id:$id){__typename id ... on ApiKey{name}}}";
    JsonObject node = admin.ok(query, new JsonObject().put("id", id)).getJsonObject("node");
    assertEquals("ApiKey", node.getString("__typename"));
    assertEquals("visible to admins", node.getString("name"));
    GraphQLClient reader = client(create(admin, "reader", "READ"));
    assertNull(reader.ok(query, new JsonObject().put("id", id)).getValue("node"));
  }

  @Test
  void aKeyInTheUrlIsRefusedEvenWithAValidAuthorizationHeader() {
    String query = URLEncoder.encode(READ_QUERY, StandardCharsets.UTF_8);
    for (String param : List.of("api_key", "apiKey", "key", "token", "access_token", "API_KEY")) {
      GraphQLClient.Response response = admin.get("/graphql?query=" + query + "&" + param + "=ci_whatever");
      assertEquals(400, response.status(), param);
      assertEquals("BAD_REQUEST", response.firstErrorCode());
      assertTrue(response.errors().getJsonObject(0).getString("message").contains("Authorization"));
    }
    HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/graphql?token=x"))
        .header("Authorization", "Bearer x").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", READ_QUERY).encode())));
    assertEquals(400, post.statusCode());
  }

  @Test
  void withoutConfiguredOriginsNoOriginGetsCorsAccess() {
    HttpResponse<String> preflight = send(preflight(TestServer.baseUrl(), ALLOWED_ORIGIN));
    assertEquals(403, preflight.statusCode());
    assertEquals("FORBIDDEN", new JsonObject(preflight.body()).getJsonArray("errors").getJsonObject(0)
        .getJsonObject("extensions").getString("code"));
    assertEquals(Optional.empty(), preflight.headers().firstValue("Access-Control-Allow-Origin"));
  }

  static HttpRequest.Builder preflight(String baseUrl, String origin) {
    return HttpRequest.newBuilder(URI.create(baseUrl + "/graphql")).header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
  }

  /** A second server of the same database, whose configuration allows one origin. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WithAnAllowedOrigin {
    private Server server;
    private String baseUrl;

    @BeforeAll
    void start() {
      AppConfig config = new AppConfig(ScratchDatabase.settings(), 0, TestServer.AS_OF, false, 0, null,
          List.of(ALLOWED_ORIGIN), io.customerintel.bootstrap.config.PersistedQuerySettings.DEFAULTS,
          io.customerintel.adapters.graphql.limits.QueryLimits.defaults(), io.customerintel.domain.tenant.RateLimit.DEFAULT);
      server = Server.connect(config).serve(config, false);
      baseUrl = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    void stop() {
      server.close();
    }

    private HttpResponse<String> queryFrom(String origin) {
      return send(HttpRequest.newBuilder(URI.create(baseUrl + "/graphql")).header("Origin", origin)
          .header("Authorization", "Bearer " + TestServer.newTenantKey()).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", READ_QUERY).encode())));
    }

    @Test
    void theAllowedOriginsPreflightIsAnswered() {
      HttpResponse<String> response = send(preflight(baseUrl, ALLOWED_ORIGIN));
      assertEquals(204, response.statusCode());
      assertEquals(ALLOWED_ORIGIN, response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
      String methods = response.headers().firstValue("Access-Control-Allow-Methods").orElse("");
      assertTrue(methods.contains("POST") && methods.contains("GET"), methods);
      String headers = response.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase();
      assertTrue(headers.contains("authorization") && headers.contains("content-type"), headers);
      assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Credentials"));
    }

    @Test
    void theAllowedOriginReadsTheAnswer() {
      HttpResponse<String> response = queryFrom(ALLOWED_ORIGIN);
      assertEquals(200, response.statusCode(), response.body());
      assertEquals(ALLOWED_ORIGIN, response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
      assertTrue(response.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("X-Request-Id"));
    }

    @Test
    void anotherOriginsPreflightIsRefusedWithoutCorsHeaders() {
      HttpResponse<String> response = send(preflight(baseUrl, OTHER_ORIGIN));
      assertEquals(403, response.statusCode());
      assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
      assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Methods"));
    }

    @Test
    void anotherOriginsRequestGetsNoCorsHeaders() {
      HttpResponse<String> response = queryFrom(OTHER_ORIGIN);
      assertEquals(200, response.statusCode(), response.body());
      assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
    }
  }
}
