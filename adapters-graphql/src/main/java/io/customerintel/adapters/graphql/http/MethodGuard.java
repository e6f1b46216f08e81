package io.customerintel.adapters.graphql.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.stream.Collectors;

/** Refuses unserved methods itself, because the router's own 405 carries no body and no request id. */
final class MethodGuard implements Handler<RoutingContext> {

  private final List<HttpMethod> allowed;
  private final String allowHeader;

  private MethodGuard(List<HttpMethod> allowed) {
    this.allowed = allowed;
    this.allowHeader = allowed.stream().map(HttpMethod::name).collect(Collectors.joining(", "));
  }

  static MethodGuard only(HttpMethod... methods) {
    return new MethodGuard(List.of(methods));
  }

  @Override
  public void handle(RoutingContext rc) {
    HttpMethod method = rc.request().method();
    if (allowed.contains(method)) {
      rc.next();
      return;
    }
    refuse(rc, allowHeader, "Method " + method.name() + " is not allowed here; use " + allowHeader);
  }

  static void refuse(RoutingContext rc, String allow, String message) {
    rc.response().putHeader(HttpHeaders.ALLOW, allow);
    TransportErrors.send(rc, 405, ErrorCode.METHOD_NOT_ALLOWED, message);
  }
}
