package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.LossReviews;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.application.port.out.NewFollowUp;
import io.customerintel.application.port.out.NewSurveyResponse;
import io.customerintel.application.port.out.StartedLossReview;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.lossreview.LostCustomer;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.Tenant;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class LossReviewsTest {
  static final ReviewMonth JUNE = new ReviewMonth(YearMonth.of(2026, 6));
  static final Duration DEADLINE = Duration.ofHours(48);
  private final PostgresAdapters adapters = PgFixture.adapters();
  private final LossReviews reviews = adapters.lossReviews();

  @Test
  void aMonthIsStartedOnceAndKeepsItsFirstStartForItsTenantOnly() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Tenant other = PgFixture.newTenant(adapters);
    Instant first = NOW.truncatedTo(ChronoUnit.MILLIS);

    assertEquals(first, await(reviews.start(tenant.id(), JUNE, first)));
    assertEquals(first, await(reviews.start(tenant.id(), JUNE, first.plusSeconds(60))));
    assertEquals(Optional.of(first), await(reviews.startedAt(tenant.id(), JUNE)));
    assertTrue(await(reviews.startedAt(other.id(), JUNE)).isEmpty());
    assertTrue(await(reviews.startedAt(tenant.id(), new ReviewMonth(YearMonth.of(2026, 5)))).isEmpty());
    ReviewMonth may = new ReviewMonth(YearMonth.of(2026, 5));
    await(reviews.start(tenant.id(), may, first));
    assertEquals(List.of(new StartedLossReview(JUNE, first), new StartedLossReview(may, first)),
        await(reviews.startedBefore(tenant.id(), Optional.empty(), 5)));
    assertEquals(List.of(new StartedLossReview(may, first)),
        await(reviews.startedBefore(tenant.id(), Optional.of(JUNE), 5)));
    assertEquals(2L, await(reviews.count(tenant.id())));
    assertEquals(0L, await(reviews.count(other.id())));
  }

  @Test
  void theLostCustomersAreTheTenantsDefectionsOfTheMonthInItsZone() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Tenant other = PgFixture.newTenant(adapters);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 3);
    CustomerId stranger = PgFixture.customers(adapters, other.id(), 1).get(0);
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Defection first = record(tenant, ids.get(0), Instant.parse("2026-05-31T22:00:00Z"), "250");
    record(tenant, ids.get(1), Instant.parse("2026-05-31T21:59:59Z"), "1");
    record(tenant, ids.get(2), Instant.parse("2026-06-30T22:00:00Z"), "1");
    record(other, stranger, Instant.parse("2026-06-10T10:00:00Z"), "1");

    assertEquals(List.of(new LostCustomer(first, new BigDecimal("250.00"), false, 0)),
        normalized(await(reviews.lostCustomers(tenant.id(), JUNE, berlin, DEADLINE))));
  }

  @Test
  void withoutARecordedValueTheCustomerIsWorthTheirRevenueOfTheYearUpToTheDefectionDay() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 2);
    await(adapters.purchases().record(tenant.id(), List.of(
        PgFixture.purchase(ids.get(0), "old", Instant.parse("2025-06-10T10:00:00Z"), "1000"),
        PgFixture.purchase(ids.get(0), "year", Instant.parse("2025-06-11T10:00:00Z"), "40"),
        PgFixture.purchase(ids.get(0), "day", Instant.parse("2026-06-10T09:00:00Z"), "60")), RULES, NOW));
    Defection valued = await(adapters.defections().record(tenant.id(),
        new NewDefection(ids.get(0), Instant.parse("2026-06-10T10:00:00Z"), "TOO_EXPENSIVE", null, null, null),
        RULES, NOW));
    Defection nothingBought = await(adapters.defections().record(tenant.id(),
        new NewDefection(ids.get(1), Instant.parse("2026-06-11T10:00:00Z"), "TOO_EXPENSIVE", null, null, null),
        RULES, NOW));

    assertEquals(List.of(new LostCustomer(valued, new BigDecimal("100.00"), true, 0),
            new LostCustomer(nothingBought, new BigDecimal("0.00"), true, 0)),
        normalized(await(reviews.lostCustomers(tenant.id(), JUNE, ZoneOffset.UTC, DEADLINE))));
  }

  @Test
  void aContactRequestLeftUnansweredPastItsDeadlineBeforeTheCustomerLeftIsAMissedFollowUp() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 4);
    Instant left = Instant.parse("2026-06-20T10:00:00Z");
    Instant asked = left.minus(Duration.ofDays(10));
    await(adapters.surveyResponses().upsert(tenant.id(), List.of(
        // never answered, twice: two missed
        contactRequest(ids.get(0), "s1", asked), contactRequest(ids.get(0), "s2", asked.plusSeconds(60)),
        // answered within the deadline: none missed
        contactRequest(ids.get(1), "s1", asked),
        // answered, but a day late: missed, as the health signal counts it
        contactRequest(ids.get(2), "s1", asked),
        // asked an hour before leaving: the deadline had not passed, so nobody failed them yet
        contactRequest(ids.get(3), "s1", left.minus(Duration.ofHours(1)))), RULES, NOW));
    await(adapters.followUps().record(tenant.id(), new NewFollowUp(ids.get(1), asked.plus(Duration.ofHours(47)),
        "Bea", null), RULES, NOW));
    await(adapters.followUps().record(tenant.id(), new NewFollowUp(ids.get(2), asked.plus(Duration.ofHours(49)),
        "Bea", null), RULES, NOW));
    List<Defection> defections = ids.stream().map(id -> record(tenant, id, left, "10")).toList();

    List<LostCustomer> lost = await(reviews.lostCustomers(tenant.id(), JUNE, ZoneOffset.UTC, DEADLINE));

    assertEquals(List.of(2, 0, 1, 0), defections.stream().map(d -> lost.stream()
        .filter(l -> l.defection().id().equals(d.id())).findFirst().orElseThrow().missedFollowUps()).toList());
  }

  private static NewSurveyResponse contactRequest(CustomerId customer, String survey, Instant answered) {
    return new NewSurveyResponse(customer, survey, answered.minusSeconds(60), answered, null, null, null, true,
        "call me");
  }

  /** Numeric columns come back with the storage scale; compare values. */
  private static List<LostCustomer> normalized(List<LostCustomer> lost) {
    return lost.stream().map(l -> new LostCustomer(l.defection(), l.value().setScale(2), l.estimated(),
        l.missedFollowUps())).toList();
  }

  private Defection record(Tenant tenant, CustomerId customer, Instant at, String value) {
    return await(adapters.defections().record(tenant.id(),
        new NewDefection(customer, at, "TOO_EXPENSIVE", null, null, new BigDecimal(value)), RULES, NOW));
  }
}
