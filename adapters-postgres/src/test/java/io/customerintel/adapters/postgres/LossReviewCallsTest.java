package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.LossReviewCalls;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.lossreview.CallAssignment;
import io.customerintel.domain.lossreview.CallOutcome;
import io.customerintel.domain.lossreview.CallStatus;
import io.customerintel.domain.lossreview.LossReviewCall;
import io.customerintel.domain.lossreview.LostCustomer;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.Tenant;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class LossReviewCallsTest {
  static final ReviewMonth MAY = new ReviewMonth(YearMonth.of(2026, 5));
  static final ReviewMonth JUNE = new ReviewMonth(YearMonth.of(2026, 6));
  private final PostgresAdapters adapters = PgFixture.adapters();
  private final LossReviewCalls calls = adapters.lossReviewCalls();

  @Test
  void callsAreStoredInDealOrderAndACustomerIsNeverCalledTwice() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 2);
    Defection first = record(tenant, ids.get(0), "2026-05-10T10:00:00Z");
    Defection second = record(tenant, ids.get(1), "2026-05-11T10:00:00Z");
    Defection again = record(tenant, ids.get(0), "2026-06-10T10:00:00Z");
    await(adapters.lossReviews().start(tenant.id(), MAY, NOW));
    await(adapters.lossReviews().start(tenant.id(), JUNE, NOW));

    await(calls.assign(tenant.id(), MAY, List.of(deal("bob", second), deal("ann", first)), NOW));
    await(calls.assign(tenant.id(), JUNE, List.of(deal("ann", again)), NOW));

    List<LossReviewCall> may = await(calls.ofMonth(tenant.id(), MAY));
    assertEquals(List.of("bob", "ann"), may.stream().map(LossReviewCall::executive).toList());
    assertEquals(List.of(), await(calls.ofMonth(tenant.id(), JUNE)));
    assertEquals(Set.of(ids.get(0)), await(calls.called(tenant.id(), List.of(ids.get(0)))));
    assertTrue(await(calls.byId(PgFixture.newTenant(adapters).id(), may.get(0).id())).isEmpty());
  }

  @Test
  void aConfirmedReasonReplacesTheDefectionsKeepingTheFirstAndTheFirstOutcomeWins() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Defection left = record(tenant, ann, "2026-05-10T10:00:00Z");
    await(adapters.lossReviews().start(tenant.id(), MAY, NOW));
    await(calls.assign(tenant.id(), MAY, List.of(deal("ann", left)), NOW));
    LossReviewCall call = await(calls.ofMonth(tenant.id(), MAY)).get(0);
    Instant at = NOW.truncatedTo(ChronoUnit.MILLIS);

    LossReviewCall done = await(calls.recordOutcome(tenant.id(), call.id(),
        new CallOutcome(true, "POOR_SERVICE", true, "rude support", at)));
    LossReviewCall later = await(calls.recordOutcome(tenant.id(), call.id(),
        new CallOutcome(true, "CANNOT_AFFORD", false, null, at.plusSeconds(5))));

    assertEquals(CallStatus.DONE, done.status());
    assertEquals(done, later);
    Defection changed = await(adapters.defections().byIds(tenant.id(), List.of(left.id()))).get(left.id());
    assertEquals("POOR_SERVICE", changed.reasonCode());
    assertEquals("TOO_EXPENSIVE", changed.originalReasonCode());
    assertEquals(changed, record(tenant, ann, "2026-05-10T10:00:00Z"));
  }

  private static CallAssignment deal(String executive, Defection defection) {
    return new CallAssignment(executive, LostCustomer.of(defection, BigDecimal.ZERO, 0));
  }

  private Defection record(Tenant tenant, CustomerId customer, String at) {
    return await(adapters.defections().record(tenant.id(),
        new NewDefection(customer, Instant.parse(at), "TOO_EXPENSIVE", null, null, BigDecimal.TEN), RULES, NOW));
  }
}
