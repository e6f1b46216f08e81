package io.customerintel.application.port.in;

import java.util.concurrent.CompletionStage;

/**
 * Brings every tenant's time-driven customer data up to date (run in the background, so that a read after midnight
 * rarely has to re-derive the customers who became overdue overnight; reads still catch up themselves).
 */
public interface CatchUpUseCase {
  /** Completes when every tenant has been caught up; answers how many tenants there were. */
  CompletionStage<Integer> catchUpAllTenants();
}
