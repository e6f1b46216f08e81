package io.customerintel.application.port.out;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** Forgets idempotency keys once no client can still be retrying the writes they name. */
public interface IdempotencyKeyRetention {

  /** Deletes every key stored before the cutoff, of every tenant; answers how many. */
  CompletionStage<Long> forgetStoredBefore(Instant cutoff);
}
