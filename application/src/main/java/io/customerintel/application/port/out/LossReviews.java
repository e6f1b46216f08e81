package io.customerintel.application.port.out;

import io.customerintel.domain.lossreview.LostCustomer;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The months whose loss review was started, and the defections a month's review reads. */
public interface LossReviews {

  /** Marks the month's review started at now; a month already started keeps (and answers) its first start. */
  CompletionStage<Instant> start(TenantId tenantId, ReviewMonth month, Instant now);

  /** The started months before the given one (all when empty), the latest first, at most limit of them. */
  CompletionStage<List<StartedLossReview>> startedBefore(TenantId tenantId, Optional<ReviewMonth> before, int limit);

  /** How many months have a started review. */
  CompletionStage<Long> count(TenantId tenantId);

  /** When the month's review was started, or empty if it never was. */
  CompletionStage<Optional<Instant>> startedAt(TenantId tenantId, ReviewMonth month);

  /**
   * The tenant's defections that occurred in the month (its days in the zone), each with what the customer was worth:
   * the recorded lostAnnualValue, else their revenue of the 365 days up to the defection day (LostCustomer), and the
   * contact requests they made whose deadline passed before the defection with no follow-up within it.
   */
  CompletionStage<List<LostCustomer>> lostCustomers(TenantId tenantId, ReviewMonth month, ZoneId zone,
                                                    Duration followUpDeadline);
}
