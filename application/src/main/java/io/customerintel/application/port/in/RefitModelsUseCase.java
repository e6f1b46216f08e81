package io.customerintel.application.port.in;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** The scheduled refit: keeps every tenant's customer-base models fresh. */
public interface RefitModelsUseCase {

  /**
   * Refits, one tenant after another, the tenants whose models were fitted longer than {@code maxAge} ago, with
   * their period and calibration up to today; answers how many were refitted.
   */
  CompletionStage<Integer> refitOlderThan(Duration maxAge);
}
