package io.customerintel.adapters.graphql.http;

import graphql.ExecutionInput;
import graphql.introspection.GoodFaithIntrospection;
import graphql.parser.ParserOptions;
import io.customerintel.adapters.graphql.limits.Analysis;
import io.customerintel.adapters.graphql.limits.OperationAnalyzer;
import io.customerintel.adapters.graphql.limits.QueryCharge;
import io.customerintel.adapters.graphql.limits.Refusal;
import io.customerintel.application.port.in.ChargeQueryCostUseCase;
import io.customerintel.application.port.in.Throttle;
import io.customerintel.domain.tenant.ApiKeyGrant;
import io.customerintel.domain.tenant.RateLimit;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Holds each operation to the static limits and charges its cost to the API key's bucket before it runs, answering
 * a request error for an operation over a limit (400, or 200 for legacy application/json clients, like every request
 * error) and 429 with Retry-After when the bucket lacks the points (docs/limits.md).
 */
final class QueryCostHandler implements Handler<RoutingContext> {

  static final String RETRY_AFTER = "Retry-After";
  private static final String EXECUTION_CONTEXT = QueryCostHandler.class.getName() + ".executionContext";

  private final OperationAnalyzer analyzer;
  private final ChargeQueryCostUseCase charges;

  QueryCostHandler(OperationAnalyzer analyzer, ChargeQueryCostUseCase charges) {
    this.analyzer = analyzer;
    this.charges = charges;
  }

  /** Charges nothing and never throttles: for servers without a shared bucket (tests, embedding). */
  static ChargeQueryCostUseCase unmetered() {
    RateLimit unlimited = new RateLimit(Integer.MAX_VALUE, Integer.MAX_VALUE);
    return charge -> CompletableFuture.completedFuture(
        new Throttle(true, charge.cost(), unlimited.capacity(), unlimited));
  }

  /** Hands execution what the limits need there: the charge (for extensions.cost) and the same parser limits. */
  static void carryInto(RoutingContext rc, ExecutionInput.Builder builder) {
    Map<Object, Object> context = rc.get(EXECUTION_CONTEXT);
    if (context != null) {
      builder.graphQLContext(context);
    }
  }

  @Override
  public void handle(RoutingContext rc) {
    OperationRequest operation;
    try {
      operation = OperationRequest.of(rc);
    } catch (RuntimeException malformed) {
      // the payload guard refuses malformed requests first; anything it let through is execution's to report
      rc.next();
      return;
    }
    if (operation.query() == null) {
      rc.next();
      return;
    }
    String operationName = operation.operationName() == null || operation.operationName().isEmpty() ? null
        : operation.operationName();
    ApiKeyGrant grant = rc.get(RequestKeys.GRANT);
    CompletionStage<Throttle> charged;
    Analysis analysis;
    try {
      analysis = analyzer.analyze(operation.query(), operationName, operation.variables());
      observe(rc, operationName, analysis);
      // a refused operation takes nothing, but its answer still shows the bucket
      charged = charges.charge(new ChargeQueryCostUseCase.Charge(grant, analysis.refused() ? 0 : analysis.cost()));
    } catch (RuntimeException e) {
      rc.fail(500, e);
      return;
    }
    Future.fromCompletionStage(charged, rc.vertx().getOrCreateContext()).onComplete(ar -> {
      if (ar.failed()) {
        rc.fail(500, ar.cause());
      } else {
        decide(rc, analysis, ar.result());
      }
    });
  }

  /** Tells the request's metrics and access log what the analysis found: the operation and its cost. */
  private static void observe(RoutingContext rc, String operationName, Analysis analysis) {
    RequestRecord request = RequestRecord.of(rc);
    if (request == null) {
      return;
    }
    request.operation(null, operationName);
    request.operation(analysis.operationType(), analysis.operationName());
    if (analysis.cost() > 0) {
      request.cost(analysis.cost());
    }
  }

  private void decide(RoutingContext rc, Analysis analysis, Throttle throttle) {
    QueryCharge nothingTaken = new QueryCharge(analysis.cost(), 0, throttle);
    if (analysis.refused()) {
      refuse(rc, ResponseMediaType.requestErrorStatus(rc), analysis.refusal(), nothingTaken);
    } else if (!throttle.fitsBucket()) {
      // the key's bucket is smaller than the server's cost limit: this operation could never run with this key
      refuse(rc, ResponseMediaType.requestErrorStatus(rc),
          OperationAnalyzer.maxCostExceeded(analysis.cost(), throttle.limit().capacity()), nothingTaken);
    } else if (!throttle.granted()) {
      long seconds = throttle.retryAfterSeconds();
      rc.response().putHeader(RETRY_AFTER, String.valueOf(seconds));
      refuse(rc, 429, new Refusal(ErrorCode.THROTTLED, "Too many points spent: this operation costs "
          + analysis.cost() + " and " + (long) Math.floor(throttle.available()) + " are available; retry in " + seconds
          + " s", Map.of("cost", analysis.cost(), "retryAfterSeconds", seconds)), nothingTaken);
    } else {
      rc.put(EXECUTION_CONTEXT, Map.<Object, Object>of(
          QueryCharge.KEY, new QueryCharge(analysis.cost(), analysis.cost(), throttle),
          ParserOptions.class, analyzer.parserOptions(),
          GoodFaithIntrospection.GOOD_FAITH_INTROSPECTION_DISABLED, false));
      rc.next();
    }
  }

  private static void refuse(RoutingContext rc, int status, Refusal refusal, QueryCharge charge) {
    JsonObject body = TransportErrors.body(refusal.message(), refusal.code(), RequestIdHandler.requestId(rc));
    JsonObject extensions = body.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions");
    refusal.details().forEach(extensions::put);
    body.put("extensions", new JsonObject().put("cost", new JsonObject(charge.toExtension())));
    TransportErrors.send(rc, status, body);
  }
}
