package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customer;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One test per attack on the public API (docs/security.md lists them with the expected answers): each asserts the
 * exact HTTP status and extensions.code, and every response of the class is checked for leaked internals.
 */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class SecurityEndToEndTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  /** What must never reach a client: stack frames, exception and class names, SQL, driver or framework names. */
  private static final Pattern LEAK = Pattern.compile(
      "\\bat [a-z]+\\.[a-zA-Z0-9_.$]+\\(|Exception\\b|\\bjava\\.|\\bio\\.vertx|\\bio\\.customerintel|\\bgraphql\\.[a-z]"
          + "|\\borg\\.postgresql|\\bSELECT\\b|\\bINSERT INTO\\b|\\bpg_|SQLSTATE");
  private static final List<String> BODIES = Collections.synchronizedList(new ArrayList<>());

  private static String key;
  private static GraphQLClient api;

  record Answer(int status, JsonObject body, java.net.http.HttpHeaders headers) {
    String code() {
      JsonArray errors = body.getJsonArray("errors");
      return errors == null || errors.isEmpty() ? null
          : errors.getJsonObject(0).getJsonObject("extensions", new JsonObject()).getString("code");
    }
  }

  @BeforeAll
  static void tenant() {
    key = TestServer.newTenantKey();
    api = new GraphQLClient(key);
    api.ok(UPSERT, in(new JsonArray().add(customer("alice"))));
  }

  @AfterAll
  static void noResponseLeakedInternals() {
    for (String body : BODIES) {
      assertFalse(LEAK.matcher(body).find(), "a response leaked internals: " + body);
    }
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
      BODIES.add(response.body());
      String text = response.body().trim();
      JsonObject json = text.startsWith("{") ? new JsonObject(text) : new JsonObject().put("raw", text);
      return new Answer(response.statusCode(), json, response.headers());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Requests accept application/graphql-response+json, as current clients do: with it a request error is a 400 (with
   * legacy application/json the spec asks for 200, docs/graphql-over-http.md).
   */
  private static HttpRequest.Builder to(String pathAndQuery, String apiKey) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + pathAndQuery))
        .header("Accept", "application/graphql-response+json");
    return apiKey == null ? builder : builder.header("Authorization", "Bearer " + apiKey);
  }

  private static Answer post(String body, String contentType) {
    return send(to("/graphql", key).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static Answer query(String document) {
    return query(document, new JsonObject());
  }

  private static Answer query(String document, JsonObject variables) {
    return post(new JsonObject().put("query", document).put("variables", variables).encode(), "application/json");
  }

  private static void assertRefused(int status, String code, Answer answer) {
    assertEquals(code, answer.code(), answer.body().encode());
    assertEquals(status, answer.status(), answer.body().encode());
  }

  private static String repeat(String part, int times, String separator) {
    return String.join(separator, Collections.nCopies(times, part));
  }

  @Test
  void batchedOperationsAreRefused() {
    String batch = new JsonArray().add(new JsonObject().put("query", "{customers{totalCount}}"))
        .add(new JsonObject().put("query", "{customers{totalCount}}")).encode();
    assertRefused(400, "BATCH_NOT_SUPPORTED", post(batch, "application/json"));
  }

  @Test
  void aliasOverloadingIsRefusedBeforeItRuns() {
    StringBuilder document = new StringBuilder("{");
    for (int i = 0; i < 31; i++) {
      document.append(" a").append(i).append(":customers(first:1){totalCount}");
    }
    assertRefused(400, "MAX_ALIASES_EXCEEDED", query(document.append("}").toString()));
  }

  @Test
  void fieldDuplicationIsMergedAndCostsOneCopy() {
    // GraphQL merges identical selections, so 15 copies of a page run (and are costed) once: no amplification
    String page = "customers(first:100){nodes{externalId value{lifetimeRevenue{amount}}}}";
    Answer once = query("{" + page + "}");
    Answer fifteen = query("{" + repeat(page, 15, " ") + "}");
    assertEquals(200, fifteen.status(), fifteen.body().encode());
    assertEquals(once.body().getJsonObject("data"), fifteen.body().getJsonObject("data"));
    assertEquals(cost(once), cost(fifteen));
  }

  private static long cost(Answer answer) {
    return answer.body().getJsonObject("extensions").getJsonObject("cost").getLong("requestedQueryCost");
  }

  @Test
  void directiveOverloadingIsRefused() {
    String directives = repeat("@include(if: true)", 6, " ");
    assertRefused(400, "MAX_DIRECTIVES_EXCEEDED", query("{customers(first:1) " + directives + " {totalCount}}"));
  }

  @Test
  void circularFragmentsAreAValidationError() {
    assertRefused(400, "GRAPHQL_VALIDATION_FAILED",
        query("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"));
  }

  @Test
  void circularIntrospectionIsRefused() {
    String deep = "{__schema{types{fields{type{fields{type{fields{type{fields{name}}}}}}}}}}";
    Answer answer = query(deep);
    assertEquals(400, answer.status(), answer.body().encode());
    assertTrue(List.of("MAX_DEPTH_EXCEEDED", "INTROSPECTION_LIMIT_EXCEEDED").contains(answer.code()),
        answer.body().encode());
  }

  @Test
  void repeatedIntrospectionIsRefused() {
    Answer answer = query("{a:__schema{types{name}} b:__schema{types{name}} c:__schema{types{name}}}");
    assertRefused(400, "INTROSPECTION_LIMIT_EXCEEDED", answer);
  }

  @Test
  void deepNestingIsRefusedBeforeItRuns() {
    // customer -> defection -> customer -> ... nests as deep as anyone likes
    String deep = "{customer(externalId:\"alice\"){" + repeat("defection{customer{", 7, "") + "externalId"
        + repeat("}}", 7, "") + "}}";
    assertRefused(400, "MAX_DEPTH_EXCEEDED", query(deep));
  }

  @Test
  void tokenFloodsAreRefusedByTheParser() {
    // 2,100 one-letter fields: short enough in characters, too many tokens
    assertRefused(400, "MAX_TOKENS_EXCEEDED", query("{" + repeat("x", 2100, " ") + "}"));
    assertRefused(400, "MAX_CHARACTERS_EXCEEDED", query("{" + repeat("__typename", 1900, " ") + "}"));
  }

  @Test
  void hugeStringsInVariablesAreTooLargeOrRefusedField() {
    String tooBig = "x".repeat(1_100_000);
    Answer answer = query("query($id:String!){customer(externalId:$id){id}}", new JsonObject().put("id", tooBig));
    assertRefused(413, "PAYLOAD_TOO_LARGE", answer);
    Answer stored = query("mutation($in:[CustomerInput!]!){upsertCustomers(input:$in){upserted userErrors{code}}}",
        new JsonObject().put("in", new JsonArray().add(customer("y".repeat(100_000)))));
    assertEquals(200, stored.status());
    assertEquals("TOO_LONG", stored.body().getJsonObject("data").getJsonObject("upsertCustomers")
        .getJsonArray("userErrors").getJsonObject(0).getString("code"));
  }

  @Test
  void hugeNumbersInVariablesAreBadUserInput() {
    Answer answer = post("{\"query\":\"query($n:Int){customers(first:$n){totalCount}}\",\"variables\":{\"n\":"
        + "1" + "0".repeat(400) + "}}", "application/json");
    assertRefused(400, "BAD_USER_INPUT", answer);
  }

  @Test
  void variablesOfTheWrongTypeAreBadUserInput() {
    assertRefused(400, "BAD_USER_INPUT",
        query("query($n:Int){customers(first:$n){totalCount}}", new JsonObject().put("n", "ten")));
  }

  @Test
  void aPageLargerThanAHundredIsBadUserInput() {
    Answer answer = query("{customers(first:101){totalCount}}");
    assertEquals("BAD_USER_INPUT", answer.code(), answer.body().encode());
  }

  @Test
  void crossSiteFormAndTextPlainPostsAreRefused() {
    String body = "query=" + URLEncoder.encode("mutation{__typename}", StandardCharsets.UTF_8);
    assertRefused(415, "UNSUPPORTED_MEDIA_TYPE", post(body, "application/x-www-form-urlencoded"));
    assertRefused(415, "UNSUPPORTED_MEDIA_TYPE", post(body, "multipart/form-data; boundary=x"));
    assertRefused(415, "UNSUPPORTED_MEDIA_TYPE",
        post(new JsonObject().put("query", "mutation{__typename}").encode(), "text/plain"));
  }

  @Test
  void aMutationOverGetIsNotAllowed() {
    String mutation = URLEncoder.encode("mutation{upsertCustomers(input:[{externalId:\"g\"}]){upserted}}",
        StandardCharsets.UTF_8);
    Answer answer = send(to("/graphql?query=" + mutation, key).GET());
    assertRefused(405, "METHOD_NOT_ALLOWED", answer);
    assertEquals("POST", answer.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void theInitialValueParameterHasNoEffect() {
    String q = URLEncoder.encode("{customers(first:1){totalCount}}", StandardCharsets.UTF_8);
    String initial = URLEncoder.encode("{\"customers\":{\"totalCount\":999}}", StandardCharsets.UTF_8);
    Answer answer = send(to("/graphql?query=" + q + "&initialValue=" + initial, key).GET());
    assertEquals(200, answer.status());
    assertEquals(1, answer.body().getJsonObject("data").getJsonObject("customers").getInteger("totalCount"));
  }

  @Test
  void anotherTenantsGlobalIdsFindNothing() {
    String id = api.ok("{customer(externalId:\"alice\"){id}}").getJsonObject("customer").getString("id");
    GraphQLClient other = new GraphQLClient(TestServer.newTenantKey());
    JsonObject data = other.ok("query($id:ID!){node(id:$id){id} nodes(ids:[$id]){id}}", new JsonObject().put("id", id));
    assertNull(data.getValue("node"));
    assertNull(data.getJsonArray("nodes").getValue(0));
  }

  @Test
  void malformedAndUnknownKeysAreUnauthenticated() {
    String document = new JsonObject().put("query", "{customers{totalCount}}").encode();
    for (String header : List.of("Bearer", "Bearer !!!", "Basic dXNlcjpwYXNz", "Bearer ci_unknown_0000000000000",
        "bearer " + key + " extra")) {
      Answer answer = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/graphql"))
          .header("Authorization", header).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(document)));
      assertRefused(401, "UNAUTHENTICATED", answer);
    }
  }

  @Test
  void aRevokedKeyIsUnauthenticatedAtOnce() {
    JsonObject created = api.ok("mutation{createApiKey(name:\"soon revoked\", scopes:[READ]){secret apiKey{id}}}")
        .getJsonObject("createApiKey");
    String secret = created.getString("secret");
    GraphQLClient revocable = new GraphQLClient(secret);
    revocable.ok("{customers{totalCount}}");
    api.ok("mutation($id:ID!){revokeApiKey(id:$id){apiKey{revokedAt}}}",
        new JsonObject().put("id", created.getJsonObject("apiKey").getString("id")));
    GraphQLClient.Response after = revocable.query("{customers{totalCount}}");
    assertEquals(401, after.status());
    assertEquals("UNAUTHENTICATED", after.firstErrorCode());
  }

  @Test
  void credentialsInTheQueryStringAreRefused() {
    String q = URLEncoder.encode("{customers{totalCount}}", StandardCharsets.UTF_8);
    assertRefused(400, "BAD_REQUEST", send(to("/graphql?query=" + q + "&api_key=" + key, null).GET()));
  }

  @Test
  void aResolverFailureIsAnInternalErrorWithoutDetails() {
    Answer answer = query("{customers(after:\"not-a-cursor\"){totalCount}}");
    assertEquals("INVALID_CURSOR", answer.code(), answer.body().encode());
  }
}
