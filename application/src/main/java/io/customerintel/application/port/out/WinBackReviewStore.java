package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.winback.ReviewCadence;
import io.customerintel.domain.winback.WinBackKind;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** A tenant's win-back review cadence and when each list was last reviewed. */
public interface WinBackReviewStore {

  /** The tenant's cadence; ReviewCadence.DEFAULT until it sets one. */
  CompletionStage<ReviewCadence> cadence(TenantId tenantId);

  CompletionStage<ReviewCadence> configure(TenantId tenantId, ReviewCadence cadence);

  CompletionStage<Optional<Instant>> lastReviewed(TenantId tenantId, WinBackKind kind);

  /** Stamps the list as reviewed at the instant, keeping a later stamp already stored; returns the stored stamp. */
  CompletionStage<Instant> markReviewed(TenantId tenantId, WinBackKind kind, Instant at);
}
