package io.customerintel.adapters.graphql.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Starts the {@link RequestRecord} of each /graphql request and, when its response has ended or its connection
 * closed, records its meters and writes its access log line. First on the route, so every refusal is seen too.
 */
final class RequestObserver implements Handler<RoutingContext> {

  private final RequestMetrics metrics;
  private final AccessLog accessLog;

  RequestObserver(RequestMetrics metrics, AccessLog accessLog) {
    this.metrics = metrics;
    this.accessLog = accessLog;
  }

  @Override
  public void handle(RoutingContext rc) {
    RequestRecord request = new RequestRecord(System.nanoTime());
    rc.put(RequestRecord.KEY, request);
    rc.addEndHandler(ended -> finish(rc, request));
    rc.next();
  }

  private void finish(RoutingContext rc, RequestRecord request) {
    long nanos = System.nanoTime() - request.startNanos();
    ExecutionOutcome execution = rc.get(ExecutionOutcome.KEY);
    if (execution != null) {
      execution.errorCodes().forEach(request::errorCode);
      execution.userErrorCodes().forEach(request::userErrorCode);
    }
    if (request.operationName() == null) {
      request.operation(null, clientOperationName(rc));
    }
    int status = rc.response().getStatusCode();
    metrics.record(request, status, nanos);
    accessLog.log(rc, request, status, nanos);
  }

  /** The name the client sent, for requests refused before their operation was analysed; null if unreadable. */
  private static String clientOperationName(RoutingContext rc) {
    try {
      return OperationRequest.of(rc).operationName();
    } catch (RuntimeException notReadable) {
      // refused before the body was read, or a body that is not a JSON object
      return null;
    }
  }
}
