package io.customerintel.adapters.graphql.http;

import io.customerintel.application.port.in.AuthenticateApiKeyUseCase;
import io.customerintel.application.port.in.Caller;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves the Bearer API key to a tenant before the body is read, so anonymous callers cannot make us buffer it. */
final class BearerAuthHandler implements Handler<RoutingContext> {

  // RFC 6750 b64token; anything else cannot be one of our keys and is reported as malformed.
  static final Pattern BEARER =
      Pattern.compile("Bearer +([A-Za-z0-9\\-._~+/]+=*) *", Pattern.CASE_INSENSITIVE);

  private final AuthenticateApiKeyUseCase authenticate;

  BearerAuthHandler(AuthenticateApiKeyUseCase authenticate) {
    this.authenticate = authenticate;
  }

  @Override
  public void handle(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    List<String> headers = request.headers().getAll(HttpHeaders.AUTHORIZATION);
    if (headers.isEmpty() || headers.get(0).isBlank()) {
      refuse(rc, "Missing credentials: send the header 'Authorization: Bearer <api key>'"
          + " (in GraphiQL: the Headers tab, {\"Authorization\": \"Bearer <api key>\"})");
      return;
    }
    Matcher matcher = BEARER.matcher(headers.get(0));
    if (headers.size() > 1 || !matcher.matches()) {
      refuse(rc, "Malformed Authorization header: expected 'Bearer <api key>'");
      return;
    }
    // The key lookup is asynchronous; without pausing, body bytes arriving meanwhile would be lost to BodyHandler.
    boolean paused = !request.isEnded();
    if (paused) {
      request.pause();
    }
    CompletionStage<Optional<Caller>> lookup;
    try {
      lookup = authenticate.authenticateCaller(matcher.group(1));
    } catch (RuntimeException e) {
      resume(request, paused);
      rc.fail(500, e);
      return;
    }
    // Back onto this request's event loop whatever thread the use case completes on.
    Future.fromCompletionStage(lookup, rc.vertx().getOrCreateContext()).onComplete(ar -> {
      resume(request, paused);
      if (ar.failed()) {
        rc.fail(500, ar.cause());
      } else if (ar.result() == null || ar.result().isEmpty()) {
        refuse(rc, "Invalid API key");
      } else {
        rc.put(RequestKeys.TENANT, ar.result().get().tenant());
        rc.put(RequestKeys.GRANT, ar.result().get().grant());
        rc.next();
      }
    });
  }

  private static void resume(HttpServerRequest request, boolean paused) {
    if (paused && !request.isEnded()) {
      request.resume();
    }
  }

  static void refuse(RoutingContext rc, String message) {
    rc.response().putHeader("WWW-Authenticate", "Bearer");
    TransportErrors.send(rc, 401, ErrorCode.UNAUTHENTICATED, message);
  }
}
