package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A customer's risk went up: it entered AT_RISK or CRITICAL, gained a signal, or asked to cancel (docs/risk-alerts.md).
 * {@code previousBand} is null for a customer assessed for the first time.
 */
public record RiskEvent(TenantId tenantId, CustomerId customerId, HealthBand previousBand, HealthBand band,
                        List<String> newSignals, String cause, Instant at) {
  public static final String CANCELLATION_REQUESTED = "CANCELLATION_REQUESTED";
  public static final String SIGNAL_GAINED = "SIGNAL_GAINED";

  public RiskEvent {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(at, "at");
    newSignals = List.copyOf(newSignals);
  }

  /** The cause of a customer entering an at-risk band: ENTERED_AT_RISK or ENTERED_CRITICAL. */
  public static String entered(HealthBand band) {
    return "ENTERED_" + band.name();
  }

  /**
   * Whether a subscriber asking for {@code minBand} and worse wants this event. A cancellation request is always
   * wanted: a customer asking to leave is at risk whatever the score says.
   */
  public boolean reaches(HealthBand minBand) {
    return CANCELLATION_REQUESTED.equals(cause) || band.compareTo(minBand) >= 0;
  }
}
