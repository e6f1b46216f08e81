package io.customerintel.application.port.in;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthPoint;
import io.customerintel.domain.health.HealthTrend;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Where customers' health is heading: the trend against 30 days ago and the line over recent days. */
public interface HealthHistoryUseCase {
  int MAX_DAYS = 3650;

  /** The trend of each customer whose current score is given (customers absent from the map are not asked about). */
  CompletionStage<Map<CustomerId, HealthTrend>> trends(AuthenticatedTenant tenant, Map<CustomerId, Integer> scores);

  /** The health line over the last {@code days} days (1 to {@link #MAX_DAYS}; BAD_USER_INPUT otherwise). */
  CompletionStage<Map<CustomerId, List<HealthPoint>>> history(AuthenticatedTenant tenant,
                                                              Collection<CustomerId> customers, int days);
}
