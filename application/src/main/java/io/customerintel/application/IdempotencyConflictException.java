package io.customerintel.application;

import io.customerintel.application.port.out.IdempotentRequest;

/** A store's refusal of a write whose idempotency key was used before with another payload: nothing was written. */
public final class IdempotencyConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IdempotencyConflictException(IdempotentRequest request) {
    super("idempotency key '" + request.key().value() + "' was used for another " + request.mutation(), null, false,
        false);
  }
}
