package io.customerintel.adapters.postgres.facts;

import io.customerintel.application.port.out.RiskEvent;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthAssessment;
import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.health.RiskSignal;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A refresh that raised a customer's risk: entered AT_RISK or CRITICAL (from a better band), or gained signals. */
record RiskChange(long customerId, HealthBand previousBand, HealthBand band, List<String> newSignals, String cause) {

  /** Empty when the risk did not go up: a band improving or staying, and no signal that was not there before. */
  static Optional<RiskChange> of(long customerId, HealthAssessment previous, HealthAssessment current) {
    HealthBand before = previous == null ? null : previous.band();
    Set<String> had = previous == null ? Set.of()
        : previous.signals().stream().map(RiskSignal::code).collect(Collectors.toSet());
    List<String> gained = current.signals().stream().map(RiskSignal::code).filter(code -> !had.contains(code))
        .sorted().toList();
    boolean entered = current.band().isAtRisk() && (before == null || before.compareTo(current.band()) < 0);
    if (!entered && gained.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RiskChange(customerId, before, current.band(), gained,
        entered ? RiskEvent.entered(current.band()) : RiskEvent.SIGNAL_GAINED));
  }

  RiskEvent event(TenantId tenantId, Instant at) {
    return new RiskEvent(tenantId, new CustomerId(customerId), previousBand, band, newSignals, cause, at);
  }
}
