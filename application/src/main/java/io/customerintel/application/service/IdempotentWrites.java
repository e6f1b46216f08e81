package io.customerintel.application.service;

import io.customerintel.application.IdempotencyConflictException;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.ProblemCodes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Answers a store's refusal of a reused idempotency key as the mutation's IDEMPOTENCY_CONFLICT user error. */
final class IdempotentWrites {
  static final String FIELD = "idempotencyKey";

  private IdempotentWrites() {}

  static <R> CompletionStage<R> conflictAnswered(CompletionStage<R> write, Function<FieldProblem, R> refused) {
    return write.handle((result, failure) -> {
      Throwable cause = failure instanceof CompletionException wrapped && wrapped.getCause() != null
          ? wrapped.getCause() : failure;
      if (cause instanceof IdempotencyConflictException) {
        return CompletableFuture.completedFuture(refused.apply(FieldProblem.of(FIELD,
            ProblemCodes.IDEMPOTENCY_CONFLICT, "this idempotencyKey was sent before with another payload;"
                + " nothing was stored: send a new key for a new write")));
      }
      return failure == null ? CompletableFuture.completedFuture(result) : CompletableFuture.<R>failedFuture(cause);
    }).thenCompose(Function.identity());
  }
}
