package io.customerintel.adapters.graphql.http;

import io.customerintel.application.port.in.PersistedQueryUseCase;
import io.customerintel.domain.query.DocumentHash;
import io.customerintel.domain.tenant.ApiKeyGrant;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Apollo's automatic persisted queries, resolved before execution so every later guard (GET safety, scopes, cost)
 * sees the real document: a hash alone runs the registered document or answers PersistedQueryNotFound; a query with
 * its hash is checked, registered when it parses and validates, and run. Keys restricted to persisted queries run
 * registered documents only.
 */
final class PersistedQueryHandler implements Handler<RoutingContext> {

  private static final System.Logger LOG = System.getLogger(PersistedQueryHandler.class.getName());

  /** The exact message Apollo clients look for (besides the code) before they retry with the query text. */
  static final String NOT_FOUND_MESSAGE = "PersistedQueryNotFound";

  private final PersistedQueryUseCase persistedQueries;
  private final DocumentValidation validation;

  PersistedQueryHandler(PersistedQueryUseCase persistedQueries, DocumentValidation validation) {
    this.persistedQueries = persistedQueries;
    this.validation = validation;
  }

  @Override
  public void handle(RoutingContext rc) {
    OperationRequest request = OperationRequest.of(rc);
    JsonObject extensions = request.extensions();
    Object marker = extensions == null ? null : extensions.getValue(PersistedQueryExtension.KEY);
    String query = request.query();
    if (marker == null) {
      if (persistedOnly(rc)) {
        requireRegistered(rc, DocumentHash.of(query));
      } else {
        rc.next();
      }
      return;
    }
    DocumentHash hash;
    try {
      hash = PersistedQueryExtension.hash(marker);
    } catch (PersistedQueryExtension.Refusal refusal) {
      TransportErrors.send(rc, 400, refusal.code(), refusal.getMessage());
      return;
    }
    if (query == null) {
      runRegistered(rc, request, hash);
    } else if (!hash.matches(query)) {
      TransportErrors.send(rc, 400, ErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
          "'extensions.persistedQuery.sha256Hash' is not the SHA-256 of the query (UTF-8, hex)");
    } else if (persistedOnly(rc)) {
      requireRegistered(rc, hash);
    } else {
      registerAndRun(rc, hash, query);
    }
  }

  private void runRegistered(RoutingContext rc, OperationRequest request, DocumentHash hash) {
    onEventLoop(rc, persistedQueries.lookUp(hash), found -> {
      if (found.isEmpty()) {
        // 200 as Apollo Server answers it: the client retries with the text; caches must not keep this answer.
        TransportErrors.send(rc, 200, ErrorCode.PERSISTED_QUERY_NOT_FOUND, NOT_FOUND_MESSAGE);
        return;
      }
      String document = found.get();
      if (request.isGet() && !GraphQLPayloadGuard.isQueryOperation(document, request.operationName())) {
        MethodGuard.refuse(rc, "POST", "Only queries may be sent with GET; send mutations with POST");
        return;
      }
      request.fillIn(document);
      rc.next();
    });
  }

  private void requireRegistered(RoutingContext rc, DocumentHash hash) {
    onEventLoop(rc, persistedQueries.lookUp(hash), found -> {
      if (found.isPresent()) {
        rc.next();
      } else {
        TransportErrors.send(rc, 403, ErrorCode.PERSISTED_QUERY_REQUIRED,
            "This API key may run registered persisted queries only: send the hash of a registered document in"
                + " 'extensions.persistedQuery'");
      }
    });
  }

  private void registerAndRun(RoutingContext rc, DocumentHash hash, String query) {
    CompletionStage<Boolean> registered = validation.validates(query).thenCompose(valid -> valid
        ? persistedQueries.register(new PersistedQueryUseCase.Register(hash, query))
        : CompletableFuture.completedFuture(false));
    Future.fromCompletionStage(registered, rc.vertx().getOrCreateContext()).onComplete(ar -> {
      if (ar.failed()) {
        // The query still runs; the client sends the text again until a registration succeeds.
        LOG.log(Level.WARNING, "Request " + RequestIdHandler.requestId(rc) + ": persisted query " + hash
            + " not registered", ar.cause());
      }
      rc.next();
    });
  }

  private static boolean persistedOnly(RoutingContext rc) {
    ApiKeyGrant grant = rc.get(RequestKeys.GRANT);
    return grant != null && grant.persistedQueriesOnly();
  }

  /** Continues on the request's event loop whatever thread the use case completes on; a failure becomes a 500. */
  private static <T> void onEventLoop(RoutingContext rc, CompletionStage<T> stage, Consumer<T> then) {
    Future.fromCompletionStage(stage, rc.vertx().getOrCreateContext()).onComplete(ar -> {
      if (ar.failed()) {
        rc.fail(500, ar.cause());
      } else {
        then.accept(ar.result());
      }
    });
  }
}
