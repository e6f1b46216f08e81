package io.customerintel.adapters.graphql.http;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** Validates the request before vertx-web-graphql, which answers bad input with bare statuses and trusts {@code initialValue}. */
final class GraphQLPayloadGuard implements Handler<RoutingContext> {

  /** vertx-web-graphql JSON-decodes this URL parameter into the execution root; it must never take effect. */
  static final String INITIAL_VALUE_PARAM = "initialValue";

  @Override
  public void handle(RoutingContext rc) {
    MultiMap params = QueryParams.of(rc);
    if (params == null) {
      return;
    }
    boolean accepted = rc.request().method() == HttpMethod.GET ? checkGet(rc, params) : checkPost(rc);
    if (!accepted) {
      return;
    }
    // rc.queryParams() is cached and mutable, and GraphQLHandlerImpl reads it again: removing here is enough.
    params.remove(INITIAL_VALUE_PARAM);
    shapeExecutionResponse(rc);
    rc.next();
  }

  private static boolean checkPost(RoutingContext rc) {
    Buffer body = rc.body().buffer();
    if (body == null || body.length() == 0) {
      return badRequest(rc, ErrorCode.BAD_REQUEST, "The request body is empty; send a JSON object with a 'query'");
    }
    Object decoded;
    try {
      decoded = Json.decodeValue(body);
    } catch (DecodeException e) {
      return badRequest(rc, ErrorCode.BAD_REQUEST, "The request body is not valid JSON");
    }
    if (decoded instanceof JsonArray) {
      return badRequest(rc, ErrorCode.BATCH_NOT_SUPPORTED,
          "Batched requests are not supported; send one operation per request");
    }
    if (!(decoded instanceof JsonObject)) {
      return badRequest(rc, ErrorCode.BAD_REQUEST, "The request body must be a JSON object");
    }
    JsonObject request = (JsonObject) decoded;
    Object query = request.getValue("query");
    // Only the hash of a persisted query: PersistedQueryHandler fills in the text.
    boolean byHash = query == null && PersistedQueryExtension.present(request.getValue("extensions"));
    if (!byHash && (query == null || query instanceof String && ((String) query).isBlank())) {
      return badRequest(rc, ErrorCode.BAD_REQUEST, "The request has no 'query'");
    }
    if (query != null && !(query instanceof String)) {
      return badRequest(rc, ErrorCode.BAD_REQUEST, "'query' must be a string");
    }
    Object operationName = request.getValue("operationName");
    if (operationName != null && !(operationName instanceof String)) {
      return badRequest(rc, ErrorCode.BAD_REQUEST, "'operationName' must be a string");
    }
    for (String name : List.of("variables", "extensions")) {
      Object value = request.getValue(name);
      if (value != null && !(value instanceof JsonObject)) {
        return badRequest(rc, ErrorCode.BAD_REQUEST, "'" + name + "' must be a JSON object");
      }
    }
    return true;
  }

  private static boolean checkGet(RoutingContext rc, MultiMap params) {
    for (String name : GraphQLRequestGuard.OPERATION_PARAMS) {
      if (params.getAll(name).size() > 1) {
        return badRequest(rc, ErrorCode.BAD_REQUEST, "The parameter '" + name + "' is given more than once");
      }
    }
    String query = params.get("query");
    // Only the hash of a persisted query: PersistedQueryHandler fills in the text and checks that it is a query.
    boolean byHash = query == null && PersistedQueryExtension.presentIn(params.get("extensions"));
    if (!byHash && (query == null || query.isBlank())) {
      return badRequest(rc, ErrorCode.BAD_REQUEST, "The request has no 'query' parameter");
    }
    for (String name : List.of("variables", "extensions")) {
      String raw = params.get(name);
      if (raw == null) {
        continue;
      }
      Object decoded;
      try {
        decoded = Json.decodeValue(raw);
      } catch (DecodeException e) {
        return badRequest(rc, ErrorCode.BAD_REQUEST, "The parameter '" + name + "' is not valid JSON");
      }
      if (decoded == null) {
        // vertx-web-graphql cannot decode a JSON null here; absent means the same thing.
        params.remove(name);
      } else if (!(decoded instanceof JsonObject)) {
        return badRequest(rc, ErrorCode.BAD_REQUEST, "The parameter '" + name + "' must be a JSON object");
      }
    }
    if (!byHash && !isQueryOperation(query, params.get("operationName"))) {
      // GET must stay safe (RFC 9110): links, prefetchers and caches must not be able to trigger writes.
      MethodGuard.refuse(rc, "POST", "Only queries may be sent with GET; send mutations with POST");
      return false;
    }
    return true;
  }

  /**
   * Whether the operation GET would run is a query. A document that does not parse, or names no selectable
   * operation, counts as a query so that execution reports the problem in the usual GraphQL error format.
   */
  static boolean isQueryOperation(String query, String operationName) {
    Document document;
    try {
      document = Parser.parse(query);
    } catch (RuntimeException e) {
      return true;
    }
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    OperationDefinition selected = null;
    if (operationName == null || operationName.isEmpty()) {
      if (operations.size() == 1) {
        selected = operations.get(0);
      }
    } else {
      for (OperationDefinition operation : operations) {
        if (operationName.equals(operation.getName())) {
          selected = operation;
        }
      }
    }
    return selected == null || selected.getOperation() == OperationDefinition.Operation.QUERY;
  }

  /**
   * vertx-web-graphql always answers 200 application/json; fix status and media type just before the headers go out.
   * A request error (no data: parse, validation or variable coercion failure) is a 400 in
   * application/graphql-response+json; in application/json it stays 200, as GraphQL over HTTP asks (§ application/json):
   * there a non-2xx status may come from any intermediary, so legacy clients read only 2xx bodies as GraphQL responses.
   */
  private static void shapeExecutionResponse(RoutingContext rc) {
    rc.addHeadersEndHandler(v -> {
      HttpServerResponse response = rc.response();
      if (rc.failed() || response.getStatusCode() != 200) {
        return;
      }
      ExecutionOutcome outcome = rc.get(ExecutionOutcome.KEY);
      String mediaType = ResponseMediaType.of(rc);
      if (outcome != null && outcome.isRequestError() && ResponseMediaType.GRAPHQL_RESPONSE_JSON.equals(mediaType)) {
        response.setStatusCode(400);
      } else if (outcome != null && outcome.isDatabaseUnavailable()) {
        // whatever the media type: a 503 tells every client and proxy to come back, and when
        response.setStatusCode(503);
        response.putHeader(QueryCostHandler.RETRY_AFTER, UnavailableDatabase.RETRY_AFTER_SECONDS);
      }
      response.putHeader(HttpHeaders.CONTENT_TYPE, mediaType);
      response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    });
  }

  private static boolean badRequest(RoutingContext rc, ErrorCode code, String message) {
    TransportErrors.send(rc, 400, code, message);
    return false;
  }
}
