package io.customerintel.adapters.graphql.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.lang.System.Logger.Level;

/** Answers every failure and unmatched request in the error format; a 5xx cause goes only to the log, under the request id. */
final class TransportFailureHandler implements Handler<RoutingContext> {

  private static final System.Logger LOG = System.getLogger(TransportFailureHandler.class.getName());

  private final long maxBodyBytes;

  TransportFailureHandler(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(RoutingContext rc) {
    Throwable failure = rc.failure();
    int status = rc.statusCode();
    if (status == -1) {
      status = failure instanceof HttpException ? ((HttpException) failure).getStatusCode() : 500;
    }
    String requestId = RequestIdHandler.requestId(rc);
    if (UnavailableDatabase.causedBy(failure)) {
      // an outage, not a bug: one line, not a stack trace per request
      Throwable root = failure;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      LOG.log(Level.WARNING, "Request " + requestId + " refused, the database is unavailable: " + root);
      UnavailableDatabase.refuse(rc);
      return;
    }
    if (status >= 500 || status < 400) {
      LOG.log(Level.ERROR, "Request " + requestId + " failed: " + rc.request().method() + " " + rc.request().path(),
          failure);
      TransportErrors.send(rc, 500, ErrorCode.INTERNAL_ERROR, TransportInstrumentation.INTERNAL_ERROR_MESSAGE);
      return;
    }
    if (failure != null) {
      LOG.log(Level.DEBUG, "Request " + requestId + " refused with " + status, failure);
    }
    switch (status) {
      case 401:
        BearerAuthHandler.refuse(rc, "Authentication required");
        break;
      case 404:
        TransportErrors.send(rc, 404, ErrorCode.NOT_FOUND, "Not found");
        break;
      case 405:
        TransportErrors.send(rc, 405, ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed");
        break;
      case 413:
        // The client may still be sending; closing after the answer spares us reading what we refused.
        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        TransportErrors.send(rc, 413, ErrorCode.PAYLOAD_TOO_LARGE,
            "The request body exceeds the limit of " + maxBodyBytes + " bytes");
        break;
      case 415:
        TransportErrors.send(rc, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type");
        break;
      default:
        TransportErrors.send(rc, status, ErrorCode.BAD_REQUEST, "Bad request");
    }
  }
}
