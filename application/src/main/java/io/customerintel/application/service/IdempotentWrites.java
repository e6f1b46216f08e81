package io.customerintel.application.service;

import io.customerintel.application.IdempotencyConflictException;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.domain.validation.FieldProblem;
import io.customerintel.domain.validation.IdempotencyKey;
import io.customerintel.domain.validation.ProblemCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Answers a store's refusal of a reused idempotency key as the mutation's IDEMPOTENCY_CONFLICT user error. */
final class IdempotentWrites {
  static final String FIELD = "idempotencyKey";

  private IdempotentWrites() {}

  /** A whole batch's key that is malformed: the batch is refused before any item is looked at. */
  static final class InvalidKey extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient FieldProblem problem;

    InvalidKey(FieldProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }

    UserError userError() {
      return UserError.of(null, problem);
    }
  }

  /** The request of a batch sent with the key (empty without one), its fingerprint taken over every item as sent. */
  static Optional<IdempotentRequest> request(String rawKey, String mutation, List<?> items) throws InvalidKey {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<IdempotencyKey> key = IdempotencyKey.parse(FIELD, rawKey, problems);
    if (!problems.isEmpty()) {
      throw new InvalidKey(problems.get(0));
    }
    return key.map(k -> IdempotentRequest.of(k, mutation, items.toArray()));
  }

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
