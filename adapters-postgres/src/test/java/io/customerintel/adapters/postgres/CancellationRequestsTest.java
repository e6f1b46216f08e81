package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.NewCancellationRequest;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.savedesk.CancellationRequest;
import io.customerintel.domain.savedesk.CancellationStatus;
import io.customerintel.domain.savedesk.RequestTally;
import io.customerintel.domain.savedesk.SaveAttempt;
import io.customerintel.domain.savedesk.SaveOutcome;
import io.customerintel.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class CancellationRequestsTest {
  static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
  private final PostgresAdapters adapters = PgFixture.adapters();

  @Test
  void aRequestIsStoredOnceAndReadBackByIdForItsTenantOnly() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Tenant other = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    var asked = new NewCancellationRequest(ann, "CANNOT_AFFORD", NOW.minus(Duration.ofDays(1)));
    CancellationRequest first = await(adapters.cancellationRequests().open(tenant.id(), asked, AUCKLAND));
    CancellationRequest again = await(adapters.cancellationRequests().open(tenant.id(), asked, AUCKLAND));
    assertEquals(first, again);
    assertEquals(CancellationStatus.OPEN, first.status());
    assertEquals(Map.of(first.id(), first),
        await(adapters.cancellationRequests().byIds(tenant.id(), List.of(first.id()))));
    assertEquals(Map.of(), await(adapters.cancellationRequests().byIds(other.id(), List.of(first.id()))));
  }

  @Test
  void theFirstAttemptClosesTheRequestAndALaterOneChangesNothing() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    CancellationRequest open = await(adapters.cancellationRequests().open(tenant.id(),
        new NewCancellationRequest(ann, "POOR_SERVICE", NOW.minus(Duration.ofDays(1))), ZoneId.of("UTC")));
    SaveAttempt saved = new SaveAttempt(SaveOutcome.SAVED, "a month free", "listened", NOW);
    CancellationRequest closed = await(adapters.cancellationRequests().close(tenant.id(), open.id(), saved));
    assertEquals(List.of(saved), closed.attempts());
    CancellationRequest after = await(adapters.cancellationRequests().close(tenant.id(), open.id(),
        new SaveAttempt(SaveOutcome.LOST, null, null, NOW.plusSeconds(60))));
    assertEquals(closed, after);
  }

  @Test
  void aLostAttemptClosesTheRequestOnlyTogetherWithItsDefection() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    CancellationRequest open = await(adapters.cancellationRequests().open(tenant.id(),
        new NewCancellationRequest(ann, "POOR_SERVICE", NOW.minus(Duration.ofDays(1))), ZoneId.of("UTC")));
    SaveAttempt lost = new SaveAttempt(SaveOutcome.LOST, null, "gone", NOW);

    // a defection that cannot be stored (no such reason) rolls the closing back with it
    PgFixture.failure(RuntimeException.class, adapters.cancellationRequests().closeLost(tenant.id(), open.id(), lost,
        new NewDefection(ann, NOW, "NO_SUCH_REASON", "gone", null, null), PgFixture.RULES, NOW));
    assertEquals(open, await(adapters.cancellationRequests().byIds(tenant.id(), List.of(open.id()))).get(open.id()));
    assertNull(await(adapters.customers().byIds(tenant.id(), List.of(ann))).get(ann).latestDefectionId());

    CancellationRequest closed = await(adapters.cancellationRequests().closeLost(tenant.id(), open.id(), lost,
        new NewDefection(ann, NOW, "POOR_SERVICE", "gone", null, null), PgFixture.RULES, NOW));
    assertEquals(CancellationStatus.LOST, closed.status());
    assertNotNull(await(adapters.customers().byIds(tenant.id(), List.of(ann))).get(ann).latestDefectionId());
  }

  @Test
  void talliesCountByTheDayInTheTenantsZone() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    // 13:30 UTC on 31 May is already 1 June in Auckland (UTC+12)
    Instant lateMay = Instant.parse("2026-05-31T13:30:00Z");
    await(adapters.cancellationRequests().open(tenant.id(), new NewCancellationRequest(ann, "OTHER", lateMay),
        AUCKLAND));
    CancellationRequest lost = await(adapters.cancellationRequests().open(tenant.id(),
        new NewCancellationRequest(ann, "OTHER", lateMay.minus(Duration.ofDays(3))), AUCKLAND));
    await(adapters.cancellationRequests().close(tenant.id(), lost.id(),
        new SaveAttempt(SaveOutcome.LOST, null, null, lateMay)));
    List<RequestTally> tallies = await(adapters.cancellationRequests().tallies(tenant.id(),
        new Period(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-06-30"))));
    assertEquals(Set.of(
        new RequestTally(LocalDate.parse("2026-06-01"), "OTHER", CancellationStatus.OPEN, 1),
        new RequestTally(LocalDate.parse("2026-05-29"), "OTHER", CancellationStatus.LOST, 1)), Set.copyOf(tallies));
    assertTrue(await(adapters.cancellationRequests().tallies(tenant.id(),
        new Period(LocalDate.parse("2026-06-02"), LocalDate.parse("2026-06-30")))).isEmpty());
  }
}
