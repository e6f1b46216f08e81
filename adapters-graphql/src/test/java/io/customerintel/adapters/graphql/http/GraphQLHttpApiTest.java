package io.customerintel.adapters.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.customerintel.application.port.in.AuthenticateApiKeyUseCase;
import io.customerintel.application.port.in.Caller;
import io.customerintel.domain.tenant.ApiKeyGrant;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the transport over real HTTP against a tiny schema, one server with GraphiQL and one without. */
class GraphQLHttpApiTest {

  static final String KEY = "test-key_123";
  static final String FAILING_KEY = "explodes";
  static final AuthenticatedTenant TENANT =
      new AuthenticatedTenant(new TenantId(42), "Acme Bikes", "EUR", ZoneId.of("Europe/Berlin"));
  static final String SECRET = "SELECT password FROM api_keys";

  static final String SDL = """
      type Query {
        hello: String
        tenantName: String
        requestId: String
        prepared: String
        root: String
        echo(n: Int!): Int
        boom: String
      }
      type Mutation { bump: Int }
      """;

  static final Pattern UUID_PATTERN =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  static Vertx vertx;
  static HttpServer server;
  static HttpServer serverWithoutGraphiql;
  static HttpClient client;
  static String base;
  static String baseWithoutGraphiql;
  static final AtomicInteger counter = new AtomicInteger();
  static final AtomicReference<Supplier<CompletionStage<Boolean>>> readiness = new AtomicReference<>();
  static final List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
  // Held strongly: JUL keeps loggers weakly and would drop the handler with it.
  static final Logger transportLogger = Logger.getLogger("io.customerintel.adapters.graphql.http");
  static final InMemoryPersistedQueries persistedQueries = new InMemoryPersistedQueries();

  @BeforeAll
  static void start() throws Exception {
    transportLogger.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        logged.add(record);
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    });
    RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
        .type("Query", type -> type
            .dataFetcher("hello", env -> "world")
            .dataFetcher("tenantName", env -> {
              AuthenticatedTenant tenant = env.getGraphQlContext().get(RequestKeys.TENANT);
              return tenant.name();
            })
            .dataFetcher("requestId", env -> RequestKeys.requestId(env.getGraphQlContext()))
            .dataFetcher("prepared", env -> env.getGraphQlContext().get("prepared"))
            .dataFetcher("root", env -> {
              Object root = env.getRoot();
              return root instanceof Map && ((Map<?, ?>) root).isEmpty() ? "fixed" : String.valueOf(root);
            })
            .dataFetcher("echo", env -> env.getArgument("n"))
            .dataFetcher("boom", env -> {
              throw new IllegalStateException(SECRET);
            }))
        .type("Mutation", type -> type.dataFetcher("bump", env -> counter.incrementAndGet()))
        .build();
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    GraphQL graphQL = GraphQL.newGraphQL(schema).build();

    AuthenticateApiKeyUseCase auth = key -> CompletableFuture.supplyAsync(() -> {
      if (FAILING_KEY.equals(key)) {
        throw new IllegalStateException(SECRET);
      }
      return KEY.equals(key) ? Optional.of(new Caller(TENANT, ApiKeyGrant.everything(1, "test"))) : Optional.empty();
    });
    RequestPreparer preparer = (input, tenant, requestId) -> {
      if (requestId.equals("explode-preparer")) {
        throw new IllegalStateException(SECRET);
      }
      input.graphQLContext(Map.of("prepared", tenant.tenantId().value() + "/" + requestId));
    };
    ReadinessCheck check = () -> readiness.get().get();

    vertx = Vertx.vertx();
    server = listen(new GraphQLHttpApi(graphQL, SDL, auth, preparer, check, new HttpApiOptions(true),
        persistedQueries));
    serverWithoutGraphiql = listen(new GraphQLHttpApi(graphQL, SDL, auth, preparer, check,
        new HttpApiOptions(false, HttpApiOptions.DEFAULT_MAX_BODY_BYTES), persistedQueries));
    base = "http://localhost:" + server.actualPort();
    baseWithoutGraphiql = "http://localhost:" + serverWithoutGraphiql.actualPort();
    client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  static HttpServer listen(GraphQLHttpApi api) throws Exception {
    return vertx.createHttpServer().requestHandler(api.router(vertx)).listen(0)
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (vertx != null) {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  @BeforeEach
  void reset() {
    readiness.set(() -> CompletableFuture.completedFuture(true));
    logged.clear();
  }

  // ---------------------------------------------------------------- helpers

  static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
  }

  static HttpRequest.Builder authed(String path) {
    return request(path).header("Authorization", "Bearer " + KEY);
  }

  static HttpRequest.Builder postJson(String path, String body) {
    return authed(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  static HttpResponse<String> send(HttpRequest.Builder builder) throws Exception {
    HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    String requestId = response.headers().firstValue("X-Request-Id").orElse(null);
    assertNotNull(requestId, "every response carries X-Request-Id: " + response.uri());
    return response;
  }

  static HttpResponse<String> post(String body) throws Exception {
    return send(postJson("/graphql", body));
  }

  static HttpResponse<String> get(String query) throws Exception {
    return send(authed("/graphql?query=" + enc(query)).GET());
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static String queryBody(String query) {
    return new JsonObject().put("query", query).encode();
  }

  static JsonObject json(HttpResponse<String> response) {
    return new JsonObject(response.body());
  }

  static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse(null);
  }

  /** Asserts the transport error shape and that its request id is the one in the header. */
  static JsonObject assertError(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), response.body());
    JsonObject body = json(response);
    JsonArray errors = body.getJsonArray("errors");
    assertEquals(1, errors.size(), response.body());
    JsonObject error = errors.getJsonObject(0);
    assertNotNull(error.getString("message"));
    assertEquals(code, error.getJsonObject("extensions").getString("code"), response.body());
    assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(),
        error.getJsonObject("extensions").getString("requestId"));
    assertTrue(contentType(response).startsWith("application/"), contentType(response));
    return error;
  }

  /**
   * Asserts a GraphQL request error (from execution, not the transport) carrying the given code: 400 in
   * application/graphql-response+json, 200 in application/json (GraphQL over HTTP).
   */
  static JsonObject assertGraphQLRequestError(HttpResponse<String> response, String code) {
    int status = contentType(response).startsWith("application/graphql-response+json") ? 400 : 200;
    assertEquals(status, response.statusCode(), response.body());
    JsonObject body = json(response);
    assertFalse(body.containsKey("data"), response.body());
    JsonObject error = body.getJsonArray("errors").getJsonObject(0);
    assertEquals(code, error.getJsonObject("extensions").getString("code"), response.body());
    assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(),
        error.getJsonObject("extensions").getString("requestId"));
    return error;
  }

  static void assertNoInternals(HttpResponse<String> response) {
    assertFalse(response.body().contains("SELECT"), response.body());
    assertFalse(response.body().contains("IllegalStateException"), response.body());
    assertFalse(response.body().contains("java."), response.body());
  }

  // ---------------------------------------------------------------- 1. methods

  @Test
  void postExecutesAQuery() throws Exception {
    HttpResponse<String> response = post(queryBody("{ hello tenantName }"));
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json", contentType(response));
    JsonObject data = json(response).getJsonObject("data");
    assertEquals("world", data.getString("hello"));
    assertEquals("Acme Bikes", data.getString("tenantName"));
  }

  @Test
  void postExecutesAMutationAndHonoursOperationNameAndVariables() throws Exception {
    int before = counter.get();
    HttpResponse<String> response = post(new JsonObject()
        .put("query", "query Q($n: Int!) { echo(n: $n) } mutation M { bump }")
        .put("operationName", "M")
        .put("variables", new JsonObject())
        .put("extensions", new JsonObject())
        .encode());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(before + 1, json(response).getJsonObject("data").getInteger("bump"));

    response = post(new JsonObject()
        .put("query", "query Q($n: Int!) { echo(n: $n) } mutation M { bump }")
        .put("operationName", "Q")
        .put("variables", new JsonObject().put("n", 7))
        .encode());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(7, json(response).getJsonObject("data").getInteger("echo"));
  }

  @Test
  void getExecutesAQueryWithVariablesAndOperationName() throws Exception {
    HttpResponse<String> response = send(authed("/graphql?query=" + enc("query A { hello } query B($n: Int!) { echo(n: $n) }")
        + "&operationName=B&variables=" + enc("{\"n\":5}")).GET());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(5, json(response).getJsonObject("data").getInteger("echo"));
  }

  @Test
  void mutationOverGetIsRefusedWith405AllowPost() throws Exception {
    int before = counter.get();
    HttpResponse<String> response = get("mutation { bump }");
    assertError(response, 405, "METHOD_NOT_ALLOWED");
    assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());

    response = send(authed("/graphql?query=" + enc("query Q { hello } mutation M { bump }")
        + "&operationName=M").GET());
    assertError(response, 405, "METHOD_NOT_ALLOWED");
    assertEquals(before, counter.get(), "the mutation must not have run");

    response = send(authed("/graphql?query=" + enc("query Q { hello } mutation M { bump }")
        + "&operationName=Q").GET());
    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void otherMethodsAreRefusedWith405() throws Exception {
    for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
      HttpResponse<String> response = send(authed("/graphql")
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(queryBody("{ hello }"))));
      assertError(response, 405, "METHOD_NOT_ALLOWED");
      assertEquals("GET, POST", response.headers().firstValue("Allow").orElseThrow());
    }
  }

  // ---------------------------------------------------------------- 2. media types

  @Test
  void responseMediaTypeFollowsAccept() throws Exception {
    assertEquals("application/graphql-response+json; charset=utf-8", contentType(send(
        postJson("/graphql", queryBody("{ hello }"))
            .header("Accept", "application/graphql-response+json, application/json;q=0.9"))));
    assertEquals("application/json", contentType(send(
        postJson("/graphql", queryBody("{ hello }")).header("Accept", "*/*"))));
    assertEquals("application/json", contentType(send(
        postJson("/graphql", queryBody("{ hello }")).header("Accept", "application/json"))));
    assertEquals("application/json", contentType(send(
        postJson("/graphql", queryBody("{ hello }"))
            .header("Accept", "application/graphql-response+json;q=0, application/json"))));
    assertEquals("application/json", contentType(post(queryBody("{ hello }"))));
    assertEquals("application/graphql-response+json; charset=utf-8", contentType(send(
        authed("/graphql?query=" + enc("{ hello }")).header("Accept", "application/graphql-response+json").GET())));
  }

  @Test
  void transportErrorsFollowAcceptToo() throws Exception {
    HttpResponse<String> response = send(request("/graphql")
        .header("Accept", "application/graphql-response+json")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(queryBody("{ hello }"))));
    assertError(response, 401, "UNAUTHENTICATED");
    assertEquals("application/graphql-response+json; charset=utf-8", contentType(response));
  }

  // ---------------------------------------------------------------- 3. request shape

  @Test
  void malformedJsonIs400() throws Exception {
    assertError(post("{\"query\": "), 400, "BAD_REQUEST");
  }

  @Test
  void batchIs400BatchNotSupported() throws Exception {
    assertError(post("[" + queryBody("{ hello }") + "]"), 400, "BATCH_NOT_SUPPORTED");
  }

  @Test
  void missingOrInvalidFieldsAre400() throws Exception {
    assertError(post("{}"), 400, "BAD_REQUEST");
    assertError(post("{\"query\": null}"), 400, "BAD_REQUEST");
    assertError(post("{\"query\": \"  \"}"), 400, "BAD_REQUEST");
    assertError(post("{\"query\": 42}"), 400, "BAD_REQUEST");
    assertError(post("{\"query\": \"{ hello }\", \"variables\": [1]}"), 400, "BAD_REQUEST");
    assertError(post("{\"query\": \"{ hello }\", \"extensions\": \"x\"}"), 400, "BAD_REQUEST");
    assertError(post("{\"query\": \"{ hello }\", \"operationName\": 1}"), 400, "BAD_REQUEST");
    assertError(send(authed("/graphql").GET()), 400, "BAD_REQUEST");
    assertError(send(authed("/graphql?query=" + enc("{ hello }") + "&variables=" + enc("[1]")).GET()),
        400, "BAD_REQUEST");
    assertError(send(authed("/graphql?query=" + enc("{ hello }") + "&variables=" + enc("{oops")).GET()),
        400, "BAD_REQUEST");
    assertError(send(authed("/graphql?query=" + enc("{ hello }") + "&query=" + enc("{ boom }")).GET()),
        400, "BAD_REQUEST");
  }

  @Test
  void bodyThatIsNotAnObjectIs400() throws Exception {
    assertError(post("42"), 400, "BAD_REQUEST");
    assertError(post("\"{ hello }\""), 400, "BAD_REQUEST");
    assertError(post("null"), 400, "BAD_REQUEST");
    assertError(post(""), 400, "BAD_REQUEST");
  }

  @Test
  void unsupportedContentTypesAre415() throws Exception {
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/graphql")) {
      HttpResponse<String> response = send(authed("/graphql").header("Content-Type", type)
          .POST(HttpRequest.BodyPublishers.ofString(type.startsWith("application/x-www")
              ? "query=" + enc("{ hello }") : queryBody("{ hello }"))));
      assertError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }
    HttpResponse<String> noType = send(authed("/graphql").POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertError(noType, 415, "UNSUPPORTED_MEDIA_TYPE");
    HttpResponse<String> withCharset = send(authed("/graphql").header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(queryBody("{ hello }"))));
    assertEquals(200, withCharset.statusCode(), withCharset.body());
  }

  @Test
  void operationParametersInThePostUrlAre400() throws Exception {
    int before = counter.get();
    for (String param : List.of("query=" + enc("mutation { bump }"), "variables=%7B%7D", "operationName=Q",
        "extensions=%7B%7D", "Query=" + enc("mutation { bump }"))) {
      HttpResponse<String> response = send(postJson("/graphql?" + param, queryBody("{ hello }")));
      assertError(response, 400, "BAD_REQUEST");
    }
    assertEquals(before, counter.get());
  }

  @Test
  void bodyOverTheLimitIs413() throws Exception {
    String padding = "x".repeat((int) HttpApiOptions.DEFAULT_MAX_BODY_BYTES);
    HttpResponse<String> response = post(new JsonObject().put("query", "{ hello }").put("pad", padding).encode());
    assertError(response, 413, "PAYLOAD_TOO_LARGE");

    // Just under the limit still goes through.
    String fits = new JsonObject().put("query", "{ hello }")
        .put("pad", "x".repeat((int) HttpApiOptions.DEFAULT_MAX_BODY_BYTES - 100)).encode();
    assertEquals(200, post(fits).statusCode());
  }

  @Test
  void chunkedBodyOverTheLimitIs413() throws Exception {
    byte[] body = new JsonObject().put("query", "{ hello }")
        .put("pad", "x".repeat((int) HttpApiOptions.DEFAULT_MAX_BODY_BYTES)).encode().getBytes(StandardCharsets.UTF_8);
    // An input stream publisher has no known length, so the client sends Transfer-Encoding: chunked.
    HttpResponse<String> response = send(authed("/graphql").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    assertError(response, 413, "PAYLOAD_TOO_LARGE");
  }

  @Test
  void chunkedBodyWithinTheLimitWorks() throws Exception {
    byte[] body = queryBody("{ hello }").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = send(authed("/graphql").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void undecodableQueryStringIs400() throws Exception {
    // java.net.URI refuses such URLs, so this one goes over a raw socket.
    String response;
    try (java.net.Socket socket = new java.net.Socket("localhost", server.actualPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET /graphql?query=%zz HTTP/1.1\r\nHost: localhost\r\n"
          + "Authorization: Bearer " + KEY + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(response.startsWith("HTTP/1.1 400"), response);
    assertTrue(response.contains("X-Request-Id: ") || response.contains("x-request-id: "), response);
    assertTrue(response.contains("\"code\":\"BAD_REQUEST\""), response);
  }

  // ---------------------------------------------------------------- 4. GraphQL request errors

  @Test
  void parseErrorIs400InGraphQLResponseJsonAnd200InJson() throws Exception {
    HttpResponse<String> json = post(queryBody("{ hello "));
    assertGraphQLRequestError(json, "GRAPHQL_PARSE_FAILED");
    assertEquals(200, json.statusCode());
    HttpResponse<String> response = send(postJson("/graphql", queryBody("{ hello "))
        .header("Accept", "application/graphql-response+json"));
    assertGraphQLRequestError(response, "GRAPHQL_PARSE_FAILED");
    assertEquals(400, response.statusCode());
    assertEquals("application/graphql-response+json; charset=utf-8", contentType(response));
    assertGraphQLRequestError(get("{ hello "), "GRAPHQL_PARSE_FAILED");
  }

  @Test
  void validationErrorIs400InGraphQLResponseJsonAnd200InJson() throws Exception {
    assertGraphQLRequestError(post(queryBody("{ nope }")), "GRAPHQL_VALIDATION_FAILED");
    HttpResponse<String> response = send(postJson("/graphql", queryBody("{ nope }"))
        .header("Accept", "application/graphql-response+json"));
    assertGraphQLRequestError(response, "GRAPHQL_VALIDATION_FAILED");
    assertEquals("application/graphql-response+json; charset=utf-8", contentType(response));
    assertGraphQLRequestError(post(new JsonObject().put("query", "query A { hello } query B { hello }")
        .put("operationName", "C").encode()), "GRAPHQL_VALIDATION_FAILED");
  }

  @Test
  void variablesThatFailCoercionAreBadUserInput() throws Exception {
    String query = "query Q($n: Int!) { echo(n: $n) }";
    assertGraphQLRequestError(post(new JsonObject().put("query", query)
        .put("variables", new JsonObject().put("n", "not a number")).encode()), "BAD_USER_INPUT");
    assertGraphQLRequestError(post(new JsonObject().put("query", query)
        .put("variables", new JsonObject()).encode()), "BAD_USER_INPUT");
    assertGraphQLRequestError(send(authed("/graphql?query=" + enc(query) + "&variables=" + enc("{\"n\":\"x\"}"))
        .header("Accept", "application/graphql-response+json").GET()), "BAD_USER_INPUT");
  }

  @Test
  void resolverFailureKeeps200AndHidesTheCause() throws Exception {
    HttpResponse<String> response = post(queryBody("{ hello boom }"));
    assertEquals(200, response.statusCode(), response.body());
    assertNoInternals(response);
    JsonObject body = json(response);
    assertEquals("world", body.getJsonObject("data").getString("hello"));
    JsonObject error = body.getJsonArray("errors").getJsonObject(0);
    assertEquals("Internal server error", error.getString("message"));
    assertEquals("INTERNAL_ERROR", error.getJsonObject("extensions").getString("code"));
    assertEquals(new JsonArray().add("boom"), error.getJsonArray("path"));
    String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
    assertEquals(requestId, error.getJsonObject("extensions").getString("requestId"));
    assertLoggedWithCause(requestId);
  }

  // ---------------------------------------------------------------- 5. initialValue

  @Test
  void initialValueHasNoEffect() throws Exception {
    for (String value : List.of("{not json", "{\"root\":\"client\"}", "\"client\"")) {
      HttpResponse<String> response = send(authed("/graphql?query=" + enc("{ root }")
          + "&initialValue=" + enc(value)).GET());
      assertEquals(200, response.statusCode(), response.body());
      assertEquals("fixed", json(response).getJsonObject("data").getString("root"));

      response = send(postJson("/graphql?initialValue=" + enc(value), queryBody("{ root }")));
      assertEquals(200, response.statusCode(), response.body());
      assertEquals("fixed", json(response).getJsonObject("data").getString("root"));
    }
    HttpResponse<String> response = post(new JsonObject().put("query", "{ root }")
        .put("initialValue", new JsonObject().put("root", "client")).encode());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("fixed", json(response).getJsonObject("data").getString("root"));
  }

  // ---------------------------------------------------------------- 6. authentication

  @Test
  void missingMalformedOrUnknownKeyIs401() throws Exception {
    List<HttpRequest.Builder> requests = List.of(
        request("/graphql?query=" + enc("{ hello }")).GET(),
        request("/graphql").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(queryBody("{ hello }"))),
        request("/graphql?query=" + enc("{ hello }")).header("Authorization", "Basic dXNlcjpwYXNz").GET(),
        request("/graphql?query=" + enc("{ hello }")).header("Authorization", "Bearer").GET(),
        request("/graphql?query=" + enc("{ hello }")).header("Authorization", "Bearer a b").GET(),
        request("/graphql?query=" + enc("{ hello }")).header("Authorization", KEY).GET(),
        request("/graphql?query=" + enc("{ hello }")).header("Authorization", "Bearer unknown-key").GET(),
        request("/graphql").header("Authorization", "Bearer unknown-key")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(queryBody("{ hello }"))));
    for (HttpRequest.Builder builder : requests) {
      HttpResponse<String> response = send(builder);
      assertError(response, 401, "UNAUTHENTICATED");
      assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElseThrow());
    }
  }

  @Test
  void bearerSchemeIsCaseInsensitive() throws Exception {
    HttpResponse<String> response = send(request("/graphql?query=" + enc("{ hello }"))
        .header("Authorization", "bearer " + KEY).GET());
    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void failingKeyLookupIs500WithoutInternals() throws Exception {
    HttpResponse<String> response = send(request("/graphql?query=" + enc("{ hello }"))
        .header("Authorization", "Bearer " + FAILING_KEY).GET());
    JsonObject error = assertError(response, 500, "INTERNAL_ERROR");
    assertEquals("Internal server error", error.getString("message"));
    assertNoInternals(response);
    assertLoggedWithCause(response.headers().firstValue("X-Request-Id").orElseThrow());
  }

  @Test
  void failingPreparerIs500WithoutInternals() throws Exception {
    HttpResponse<String> response = send(postJson("/graphql", queryBody("{ hello }"))
        .header("X-Request-Id", "explode-preparer"));
    JsonObject error = assertError(response, 500, "INTERNAL_ERROR");
    assertEquals("Internal server error", error.getString("message"));
    assertEquals("explode-preparer", error.getJsonObject("extensions").getString("requestId"));
    assertNoInternals(response);
    assertLoggedWithCause("explode-preparer");
  }

  @Test
  void tenantAndRequestIdReachResolversAndThePreparer() throws Exception {
    HttpResponse<String> response = send(postJson("/graphql", queryBody("{ tenantName requestId prepared }"))
        .header("X-Request-Id", "client-chosen.id_1"));
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("client-chosen.id_1", response.headers().firstValue("X-Request-Id").orElseThrow());
    JsonObject data = json(response).getJsonObject("data");
    assertEquals("Acme Bikes", data.getString("tenantName"));
    assertEquals("client-chosen.id_1", data.getString("requestId"));
    assertEquals("42/client-chosen.id_1", data.getString("prepared"));
  }

  @Test
  void publicEndpointsNeedNoKey() throws Exception {
    assertEquals(200, send(request("/health/live").GET()).statusCode());
    assertEquals(200, send(request("/health/ready").GET()).statusCode());
    assertEquals(200, send(request("/schema.graphql").GET()).statusCode());
    assertEquals(200, send(request("/graphiql/").GET()).statusCode());
  }

  // ---------------------------------------------------------------- 7. error format and request ids

  @Test
  void unknownPathIs404InErrorFormat() throws Exception {
    assertError(send(request("/nope").GET()), 404, "NOT_FOUND");
    assertError(send(authed("/graphql/extra").GET()), 404, "NOT_FOUND");
  }

  @Test
  void wellFormedIncomingRequestIdIsKeptOthersAreReplaced() throws Exception {
    HttpResponse<String> kept = send(request("/health/live").header("X-Request-Id", "abc-DEF_1.2").GET());
    assertEquals("abc-DEF_1.2", kept.headers().firstValue("X-Request-Id").orElseThrow());

    for (String bad : List.of("has space", "x".repeat(65), "semi;colon", "a/b")) {
      HttpResponse<String> replaced = send(request("/nope").header("X-Request-Id", bad).GET());
      String id = replaced.headers().firstValue("X-Request-Id").orElseThrow();
      assertNotEquals(bad, id);
      assertTrue(UUID_PATTERN.matcher(id).matches(), id);
      assertError(replaced, 404, "NOT_FOUND");
    }
    HttpResponse<String> generated = send(request("/health/live").GET());
    assertTrue(UUID_PATTERN.matcher(generated.headers().firstValue("X-Request-Id").orElseThrow()).matches());
  }

  // ---------------------------------------------------------------- 8. SDL, GraphiQL, health

  @Test
  void schemaIsServedAsText() throws Exception {
    HttpResponse<String> response = send(request("/schema.graphql").GET());
    assertEquals(200, response.statusCode());
    assertEquals("text/plain; charset=utf-8", contentType(response));
    assertEquals(SDL, response.body());
    assertError(send(request("/schema.graphql").POST(HttpRequest.BodyPublishers.noBody())),
        405, "METHOD_NOT_ALLOWED");
  }

  @Test
  void graphiqlIsServedFromTheJarWithoutCdn() throws Exception {
    HttpResponse<String> redirect = send(request("/graphiql").GET());
    assertEquals(302, redirect.statusCode());
    assertEquals("/graphiql/", redirect.headers().firstValue("Location").orElseThrow());

    HttpResponse<String> page = send(request("/graphiql/").GET());
    assertEquals(200, page.statusCode());
    assertTrue(contentType(page).startsWith("text/html"), contentType(page));
    assertTrue(page.body().contains("\"graphQLUri\":\"/graphql\""), page.body());
    assertTrue(page.body().contains("\"graphQLWSEnabled\":false"), page.body());
    assertFalse(page.body().contains("http://") || page.body().contains("https://") || page.body().contains("src=\"//"),
        "page must load nothing from elsewhere: " + page.body());

    Matcher script = Pattern.compile("src=\"\\./(static/js/[^\"]+\\.js)\"").matcher(page.body());
    assertTrue(script.find(), page.body());
    HttpResponse<String> asset = send(request("/graphiql/" + script.group(1)).GET());
    assertEquals(200, asset.statusCode());
    assertTrue(contentType(asset).contains("javascript"), contentType(asset));
    // The bundle mentions "jsdelivr, unpkg" in an error message text only; what matters is no URL to them.
    for (String cdn : List.of("//unpkg.com", "//cdn.jsdelivr.net", "//cdnjs.cloudflare.com", "//fonts.googleapis.com",
        "//esm.sh")) {
      assertFalse(asset.body().contains(cdn), cdn);
    }
    Matcher css = Pattern.compile("href=\"\\./(static/css/[^\"]+\\.css)\"").matcher(page.body());
    assertTrue(css.find(), page.body());
    assertEquals(200, send(request("/graphiql/" + css.group(1)).GET()).statusCode());
  }

  @Test
  void graphiqlIs404WhenDisabled() throws Exception {
    for (String path : List.of("/graphiql", "/graphiql/", "/graphiql/index.html")) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseWithoutGraphiql + path)).GET());
      assertError(response, 404, "NOT_FOUND");
    }
  }

  @Test
  void liveness() throws Exception {
    HttpResponse<String> response = send(request("/health/live").GET());
    assertEquals(200, response.statusCode());
    assertEquals(new JsonObject().put("status", "UP"), json(response));
  }

  @Test
  void readinessFollowsTheCheck() throws Exception {
    HttpResponse<String> up = send(request("/health/ready").GET());
    assertEquals(200, up.statusCode());
    assertEquals(new JsonObject().put("status", "UP"), json(up));

    readiness.set(() -> CompletableFuture.completedFuture(false));
    HttpResponse<String> down = send(request("/health/ready").GET());
    assertEquals(503, down.statusCode());
    assertEquals(new JsonObject().put("status", "DOWN"), json(down));

    readiness.set(() -> CompletableFuture.failedFuture(new IllegalStateException("db down")));
    assertEquals(503, send(request("/health/ready").GET()).statusCode());

    readiness.set(() -> {
      throw new IllegalStateException("pool closed");
    });
    assertEquals(503, send(request("/health/ready").GET()).statusCode());
  }

  @Test
  void readinessThatHangsIsDownAfterTwoSeconds() throws Exception {
    readiness.set(CompletableFuture::new);
    long start = System.nanoTime();
    HttpResponse<String> response = send(request("/health/ready").GET());
    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(503, response.statusCode());
    assertEquals(new JsonObject().put("status", "DOWN"), json(response));
    assertTrue(elapsedMillis >= 1900 && elapsedMillis < 5000, "took " + elapsedMillis + " ms");
  }

  // ---------------------------------------------------------------- 9. automatic persisted queries

  static JsonObject persistedQuery(String hash) {
    return new JsonObject().put("persistedQuery", new JsonObject().put("version", 1).put("sha256Hash", hash));
  }

  static String hashOf(String document) {
    return io.customerintel.domain.query.DocumentHash.of(document).hex();
  }

  @Test
  void anUnknownHashIsPersistedQueryNotFoundWith200AsApolloClientsExpect() throws Exception {
    String document = "{ hello } # unknown " + counter.incrementAndGet();
    HttpResponse<String> response = post(new JsonObject().put("extensions", persistedQuery(hashOf(document))).encode());
    JsonObject error = assertError(response, 200, "PERSISTED_QUERY_NOT_FOUND");
    assertEquals("PersistedQueryNotFound", error.getString("message"));
    assertFalse(json(response).containsKey("data"));
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void aQueryWithItsHashIsRegisteredAndThenRunsByHashOverPostAndGet() throws Exception {
    String document = "query Echo($n: Int!) { echo(n: $n) } # " + counter.incrementAndGet();
    String hash = hashOf(document);
    HttpResponse<String> first = post(new JsonObject().put("query", document)
        .put("variables", new JsonObject().put("n", 1)).put("extensions", persistedQuery(hash)).encode());
    assertEquals(1, json(first).getJsonObject("data").getInteger("echo"), first.body());

    HttpResponse<String> byPost = post(new JsonObject().put("variables", new JsonObject().put("n", 2))
        .put("operationName", "Echo").put("extensions", persistedQuery(hash)).encode());
    assertEquals(2, json(byPost).getJsonObject("data").getInteger("echo"), byPost.body());

    HttpResponse<String> byGet = send(authed("/graphql?variables=" + enc("{\"n\":3}")
        + "&extensions=" + enc(persistedQuery(hash).encode())).GET());
    assertEquals(3, json(byGet).getJsonObject("data").getInteger("echo"), byGet.body());
  }

  @Test
  void aRegisteredMutationDoesNotRunByHashOverGet() throws Exception {
    String document = "mutation { bump } # " + counter.incrementAndGet();
    persistedQueries.documents.put(io.customerintel.domain.query.DocumentHash.of(document), document);
    int before = counter.get();
    HttpResponse<String> response = send(authed("/graphql?extensions="
        + enc(persistedQuery(hashOf(document)).encode())).GET());
    assertError(response, 405, "METHOD_NOT_ALLOWED");
    assertEquals(before, counter.get(), "the mutation must not have run");
  }

  @Test
  void aHashThatIsNotTheQuerysIsRefusedAndRegistersNothing() throws Exception {
    String document = "{ hello } # " + counter.incrementAndGet();
    String otherHash = hashOf(document + " ");
    assertError(post(new JsonObject().put("query", document).put("extensions", persistedQuery(otherHash)).encode()),
        400, "PERSISTED_QUERY_HASH_MISMATCH");
    assertFalse(persistedQueries.documents.containsValue(document));
  }

  @Test
  void anInvalidDocumentRunsWithItsErrorsButIsNotRegistered() throws Exception {
    String document = "{ nope } # " + counter.incrementAndGet();
    assertGraphQLRequestError(post(new JsonObject().put("query", document)
        .put("extensions", persistedQuery(hashOf(document))).encode()), "GRAPHQL_VALIDATION_FAILED");
    assertFalse(persistedQueries.documents.containsValue(document));
  }

  @Test
  void anotherProtocolVersionOrAMalformedMarkerIsRefused() throws Exception {
    String hash = hashOf("{ hello }");
    JsonObject version2 = new JsonObject().put("persistedQuery", new JsonObject().put("version", 2).put("sha256Hash", hash));
    assertError(post(new JsonObject().put("extensions", version2).encode()), 400,
        "PERSISTED_QUERY_VERSION_NOT_SUPPORTED");
    assertError(post(new JsonObject().put("extensions", persistedQuery("not-a-hash")).encode()), 400, "BAD_REQUEST");
    assertError(post(new JsonObject().put("extensions", new JsonObject().put("persistedQuery", "x")).encode()), 400,
        "BAD_REQUEST");
  }

  // ---------------------------------------------------------------- misc

  @Test
  void acceptNegotiationUnit() {
    assertEquals(ResponseMediaType.JSON, ResponseMediaType.negotiate(null));
    assertEquals(ResponseMediaType.JSON, ResponseMediaType.negotiate("*/*"));
    assertEquals(ResponseMediaType.GRAPHQL_RESPONSE_JSON,
        ResponseMediaType.negotiate("application/json, Application/GraphQL-Response+JSON ; q=0.5"));
    assertEquals(ResponseMediaType.JSON, ResponseMediaType.negotiate("application/graphql-response+json;q=0.0"));
  }

  @Test
  void operationSelectionUnit() {
    assertTrue(GraphQLPayloadGuard.isQueryOperation("{ hello }", null));
    assertFalse(GraphQLPayloadGuard.isQueryOperation("mutation { bump }", null));
    assertFalse(GraphQLPayloadGuard.isQueryOperation("query A { hello } mutation B { bump }", "B"));
    assertTrue(GraphQLPayloadGuard.isQueryOperation("query A { hello } mutation B { bump }", "A"));
    // Left to execution, which reports these as GraphQL errors.
    assertTrue(GraphQLPayloadGuard.isQueryOperation("query A { hello } mutation B { bump }", null));
    assertTrue(GraphQLPayloadGuard.isQueryOperation("mutation {", null));
  }

  static void assertLoggedWithCause(String requestId) {
    long deadline = System.currentTimeMillis() + 2000;
    while (System.currentTimeMillis() < deadline) {
      synchronized (logged) {
        for (LogRecord record : logged) {
          if (record.getMessage() != null && record.getMessage().contains(requestId) && record.getThrown() != null
              && String.valueOf(record.getThrown().getMessage()).contains(SECRET)) {
            return;
          }
        }
      }
      Thread.onSpinWait();
    }
    List<String> messages = new ArrayList<>();
    synchronized (logged) {
      logged.forEach(r -> messages.add(r.getMessage()));
    }
    assertNull(messages, "expected a log record with request id " + requestId + " and its cause");
  }
}
