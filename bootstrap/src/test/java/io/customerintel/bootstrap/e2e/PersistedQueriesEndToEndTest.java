package io.customerintel.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.service.ApiKeys;
import io.customerintel.bootstrap.Server;
import io.customerintel.bootstrap.config.AppConfig;
import io.customerintel.domain.query.DocumentHash;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Apollo's automatic persisted queries against the real server and database, and keys restricted to them. */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class PersistedQueriesEndToEndTest {
  private static String key;
  private static GraphQLClient api;

  @BeforeAll
  static void tenant() {
    key = TestServer.newTenantKey();
    api = new GraphQLClient(key);
  }

  /** A document no other test registers: the comment is part of the text, so of the hash. */
  private static String newDocument() {
    return "query Reasons { defectionReasons { code } } # " + UUID.randomUUID();
  }

  private static String hash(String document) {
    return DocumentHash.of(document).hex();
  }

  private static JsonObject marker(String hash) {
    return new JsonObject().put("persistedQuery", new JsonObject().put("version", 1).put("sha256Hash", hash));
  }

  private static GraphQLClient.Response byHash(GraphQLClient client, String hash) {
    return client.post(new JsonObject().put("extensions", marker(hash)).encode(), "application/json");
  }

  private static GraphQLClient.Response withQuery(GraphQLClient client, String document, String hash) {
    return client.post(new JsonObject().put("query", document).put("extensions", marker(hash)).encode(),
        "application/json");
  }

  private static GraphQLClient.Response byHashOverGet(GraphQLClient client, String hash) {
    return client.get("/graphql?extensions=" + URLEncoder.encode(marker(hash).encode(), StandardCharsets.UTF_8));
  }

  private static void assertRan(GraphQLClient.Response response) {
    assertEquals(200, response.status(), response.body().encode());
    assertNull(response.errors(), response.body().encode());
    assertEquals(11, response.data().getJsonArray("defectionReasons").size());
  }

  private static RowSet<Row> sql(String statement, Tuple args) throws Exception {
    return ScratchDatabase.pool().preparedQuery(statement).execute(args).await(30, TimeUnit.SECONDS);
  }

  @Test
  void anUnknownHashAnswersPersistedQueryNotFoundExactlyAsApolloClientsExpect() {
    GraphQLClient.Response response = byHash(api, hash(newDocument()));
    assertEquals(200, response.status());
    assertEquals(new JsonObject().put("message", "PersistedQueryNotFound")
            .put("extensions", new JsonObject().put("code", "PERSISTED_QUERY_NOT_FOUND")),
        withoutRequestId(response.errors().getJsonObject(0)));
    assertEquals(1, response.errors().size());
    assertFalse(response.body().containsKey("data"));
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void theRetryWithTheQueryRegistersItAndFromThenOnTheHashAloneRunsItOverPostAndGet() throws Exception {
    String document = newDocument();
    String hash = hash(document);
    assertEquals("PERSISTED_QUERY_NOT_FOUND", byHash(api, hash).firstErrorCode());

    assertRan(withQuery(api, document, hash));
    RowSet<Row> stored = sql("select document from persisted_query where sha256 = $1", Tuple.of(hash));
    assertEquals(document, stored.iterator().next().getString("document"));

    assertRan(byHash(api, hash));
    assertRan(byHashOverGet(api, hash));
  }

  @Test
  void aHashThatDoesNotMatchTheQueryIsRefusedAndNothingIsRegistered() throws Exception {
    String document = newDocument();
    String wrongHash = hash(document + "\n");
    GraphQLClient.Response response = withQuery(api, document, wrongHash);
    assertEquals(400, response.status());
    assertEquals("PERSISTED_QUERY_HASH_MISMATCH", response.firstErrorCode());
    assertEquals(0, sql("select 1 from persisted_query where sha256 = $1", Tuple.of(wrongHash)).size());
    assertEquals("PERSISTED_QUERY_NOT_FOUND", byHash(api, hash(document)).firstErrorCode());
  }

  @Test
  void aDocumentThatDoesNotValidateIsNotRegistered() throws Exception {
    String document = "{ noSuchField } # " + UUID.randomUUID();
    GraphQLClient.Response response = withQuery(api, document, hash(document));
    assertEquals("GRAPHQL_VALIDATION_FAILED", response.firstErrorCode());
    assertEquals(0, sql("select 1 from persisted_query where sha256 = $1", Tuple.of(hash(document))).size());
  }

  @Test
  void registeredDocumentsSurviveARestartAndAreSharedWithOtherInstances() {
    String document = newDocument();
    String hash = hash(document);
    assertRan(withQuery(api, document, hash));

    // A second instance on the same database starts with an empty cache, like this one after a restart.
    AppConfig config = new AppConfig(ScratchDatabase.settings(), 0, TestServer.AS_OF, false, 0, null);
    try (Server other = Server.connect(config).serve(config, false)) {
      GraphQLClient otherApi = new GraphQLClient(key, () -> "http://127.0.0.1:" + other.port());
      assertRan(byHash(otherApi, hash));
      assertRan(byHashOverGet(otherApi, hash));
    }
  }

  @Test
  void aKeyRestrictedToPersistedQueriesRunsRegisteredDocumentsOnly() throws Exception {
    String registered = newDocument();
    assertRan(withQuery(api, registered, hash(registered)));
    String partnerKey = TestServer.newTenantKey();
    sql("update api_key set persisted_queries_only = true where key_hash = $1",
        Tuple.of(Buffer.buffer(ApiKeys.hash(partnerKey))));
    GraphQLClient partner = new GraphQLClient(partnerKey);

    assertRan(byHash(partner, hash(registered)));
    assertRan(byHashOverGet(partner, hash(registered)));
    // The text of a registered document is as good as its hash.
    assertRan(partner.query(registered));

    String unregistered = newDocument();
    for (GraphQLClient.Response refused : new GraphQLClient.Response[] {
        partner.query(unregistered), withQuery(partner, unregistered, hash(unregistered))}) {
      assertEquals(403, refused.status(), refused.body().encode());
      assertEquals("PERSISTED_QUERY_REQUIRED", refused.firstErrorCode());
    }
    assertEquals("PERSISTED_QUERY_NOT_FOUND", byHash(partner, hash(unregistered)).firstErrorCode(),
        "a partner key cannot register documents");
  }

  @Test
  void aRegisteredMutationDoesNotRunByHashOverGet() {
    String mutation = "mutation { defineDefectionReason(code: \"APQ_" + UUID.randomUUID().toString().substring(0, 8)
        .toUpperCase() + "\", label: \"x\", category: OTHER, avoidable: false) { userErrors { code } } }";
    // Registering it over POST runs it once, as any APQ retry does.
    GraphQLClient.Response registered = withQuery(api, mutation, hash(mutation));
    assertEquals(200, registered.status(), registered.body().encode());
    int reasons = api.ok("{defectionReasons{code}}").getJsonArray("defectionReasons").size();

    GraphQLClient.Response response = byHashOverGet(api, hash(mutation));
    assertEquals(405, response.status());
    assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
    assertEquals(reasons, api.ok("{defectionReasons{code}}").getJsonArray("defectionReasons").size());
    assertEquals(200, byHash(api, hash(mutation)).status(), "over POST the hash runs it");
  }

  private static JsonObject withoutRequestId(JsonObject error) {
    JsonObject copy = error.copy();
    copy.getJsonObject("extensions").remove("requestId");
    return copy;
  }
}
