package io.customerintel.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.out.RiskEvent;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RiskAlertServiceTest {
  private static final TenantId TENANT = new TenantId(7);
  private static final AuthenticatedTenant CALLER = new AuthenticatedTenant(TENANT, "t", "EUR", ZoneOffset.UTC);
  private static final Instant AT = Instant.parse("2026-06-15T12:00:00Z");

  private final List<Consumer<RiskEvent>> feed = new ArrayList<>();
  private final RiskAlertService service = new RiskAlertService((tenant, listener) -> {
    assertEquals(TENANT, tenant);
    feed.add(listener);
    return () -> feed.remove(listener);
  });

  private static RiskEvent event(HealthBand band, String cause) {
    return new RiskEvent(TENANT, new CustomerId(1), HealthBand.NEUTRAL, band, List.of(), cause, AT);
  }

  @Test
  void criticalOnlyHearsCriticalAndCancellationRequests() throws Exception {
    List<RiskEvent> heard = new ArrayList<>();
    AutoCloseable watching = service.watch(CALLER, HealthBand.CRITICAL, heard::add);
    RiskEvent critical = event(HealthBand.CRITICAL, RiskEvent.entered(HealthBand.CRITICAL));
    RiskEvent cancelling = event(HealthBand.HEALTHY, RiskEvent.CANCELLATION_REQUESTED);
    for (RiskEvent e : List.of(event(HealthBand.AT_RISK, RiskEvent.entered(HealthBand.AT_RISK)), critical,
        event(HealthBand.NEUTRAL, RiskEvent.SIGNAL_GAINED), cancelling)) {
      feed.forEach(listener -> listener.accept(e));
    }
    assertEquals(List.of(critical, cancelling), heard);
    watching.close();
    assertEquals(List.of(), feed);
  }

  @Test
  void atRiskHearsAtRiskAndCriticalButNotBetterBands() {
    List<RiskEvent> heard = new ArrayList<>();
    service.watch(CALLER, HealthBand.AT_RISK, heard::add);
    RiskEvent atRisk = event(HealthBand.AT_RISK, RiskEvent.SIGNAL_GAINED);
    RiskEvent critical = event(HealthBand.CRITICAL, RiskEvent.entered(HealthBand.CRITICAL));
    for (RiskEvent e : List.of(atRisk, event(HealthBand.NEUTRAL, RiskEvent.SIGNAL_GAINED), critical)) {
      feed.forEach(listener -> listener.accept(e));
    }
    assertEquals(List.of(atRisk, critical), heard);
  }
}
