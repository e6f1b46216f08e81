package io.customerintel.application.port.in;

import java.util.concurrent.CompletionStage;

/** Forgets the idempotency keys whose retention ran out (a background job, no caller tenant). */
public interface PurgeIdempotencyKeysUseCase {

  /** Answers how many keys were forgotten. */
  CompletionStage<Long> forgetExpired();
}
