package io.customerintel.bootstrap.e2e;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** A plain HTTP client for the end-to-end tests: what a partner's code would send. */
public final class GraphQLClient {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private final String apiKey;
  private final Supplier<String> baseUrl;
  private final String accept;

  public GraphQLClient(String apiKey) {
    this(apiKey, TestServer::baseUrl);
  }

  /** A client of another server than the shared test server (a second instance on the same database). */
  public GraphQLClient(String apiKey, Supplier<String> baseUrl) {
    this(apiKey, baseUrl, null);
  }

  private GraphQLClient(String apiKey, Supplier<String> baseUrl, String accept) {
    this.apiKey = apiKey;
    this.baseUrl = baseUrl;
    this.accept = accept;
  }

  /**
   * A client that accepts application/graphql-response+json, as current GraphQL clients do: a request refused
   * before it runs is then a 400 (with the legacy application/json the spec asks for 200).
   */
  public static GraphQLClient acceptingGraphQLResponse(String apiKey) {
    return new GraphQLClient(apiKey, TestServer::baseUrl, "application/graphql-response+json");
  }

  /** A response: status, headers and the parsed JSON body. */
  public record Response(int status, HttpHeaders headers, JsonObject body) {
    public JsonObject data() {
      return body.getJsonObject("data");
    }

    public JsonArray errors() {
      return body.getJsonArray("errors");
    }

    public String firstErrorCode() {
      JsonArray errors = errors();
      return errors == null || errors.isEmpty() ? null
          : errors.getJsonObject(0).getJsonObject("extensions", new JsonObject()).getString("code");
    }
  }

  public Response query(String query) {
    return query(query, new JsonObject());
  }

  public Response query(String query, JsonObject variables) {
    return post(new JsonObject().put("query", query).put("variables", variables).encode(), "application/json");
  }

  /** Fails the test unless the request executed without errors; returns data. */
  public JsonObject ok(String query, JsonObject variables) {
    Response response = query(query, variables);
    if (response.status() != 200 || response.errors() != null) {
      throw new AssertionError("expected success, got HTTP " + response.status() + ": " + response.body().encode());
    }
    return response.data();
  }

  public JsonObject ok(String query) {
    return ok(query, new JsonObject());
  }

  public Response post(String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.get() + "/graphql"))
        .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    return send(request);
  }

  public Response get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl.get() + pathAndQuery)).timeout(Duration.ofSeconds(60))
        .GET());
  }

  private Response send(HttpRequest.Builder request) {
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      JsonObject json = text.isBlank() || !text.trim().startsWith("{") ? new JsonObject().put("raw", text)
          : new JsonObject(text);
      return new Response(response.statusCode(), response.headers(), json);
    } catch (Exception e) {
      throw new IllegalStateException("request failed", e);
    }
  }
}
