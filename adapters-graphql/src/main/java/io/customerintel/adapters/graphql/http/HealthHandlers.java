package io.customerintel.adapters.graphql.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** Liveness and readiness probes for orchestrators; readiness is time-boxed so a hung database reads as DOWN, not as a hung probe. */
final class HealthHandlers {

  private static final System.Logger LOG = System.getLogger(HealthHandlers.class.getName());

  private HealthHandlers() {
  }

  /** Answers as long as the event loop does: that is all liveness should mean. */
  static Handler<RoutingContext> live() {
    return rc -> respond(rc, true);
  }

  static Handler<RoutingContext> ready(ReadinessCheck check, Duration timeout) {
    return rc -> {
      Future<Boolean> ready;
      try {
        CompletionStage<Boolean> stage = check.ready();
        ready = stage == null
            ? Future.succeededFuture(false)
            : Future.fromCompletionStage(stage, rc.vertx().getOrCreateContext());
      } catch (RuntimeException e) {
        ready = Future.failedFuture(e);
      }
      ready.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).onComplete(ar -> {
        if (ar.failed()) {
          LOG.log(Level.WARNING, "Readiness check failed (request " + RequestIdHandler.requestId(rc) + ")", ar.cause());
        }
        respond(rc, ar.succeeded() && Boolean.TRUE.equals(ar.result()));
      });
    };
  }

  private static void respond(RoutingContext rc, boolean up) {
    if (rc.response().ended()) {
      return;
    }
    rc.response()
        .setStatusCode(up ? 200 : 503)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(new JsonObject().put("status", up ? "UP" : "DOWN").toBuffer());
  }
}
