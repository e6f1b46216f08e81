package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.FitData;
import io.customerintel.application.port.out.NewPurchase;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.prediction.BgNbd;
import io.customerintel.domain.prediction.FittedModel;
import io.customerintel.domain.prediction.GammaGamma;
import io.customerintel.domain.prediction.HoldoutGroup;
import io.customerintel.domain.prediction.HoldoutValidation;
import io.customerintel.domain.prediction.ModelKind;
import io.customerintel.domain.prediction.PredictionModel;
import io.customerintel.domain.prediction.RepeatHistory;
import io.customerintel.domain.tenant.Tenant;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The adapters behind model fits: stored models, the fit lease, the grouped fit data and first-day revenue. */
@ExtendWith(ScratchDatabase.class)
class CustomerBaseModelAdaptersTest {
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final BgNbd BG = new BgNbd(0.243, 4.414, 0.793, 2.426);
  static final GammaGamma GG = new GammaGamma(6.25, 3.74, 15.44);

  private final PostgresAdapters adapters = PgFixture.adapters();

  private static Instant noon(LocalDate day) {
    return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  private static FittedModel model(ModelKind kind, Instant fittedAt, HoldoutValidation holdout) {
    return new FittedModel(kind, kind == ModelKind.GAMMA_GAMMA ? GG.parameters() : BG.parameters(), -9582.4, 2357,
        Interval.WEEK, LocalDate.of(1997, 9, 30), holdout, fittedAt, Duration.ofMillis(42));
  }

  @Test
  void storedModelsComeBackAsStoredAndAFitReplacesOnlyItsKinds() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Instant at = NOW.truncatedTo(ChronoUnit.MILLIS);
    HoldoutValidation holdout = HoldoutValidation.of(BG, LocalDate.of(1998, 6, 30), 39,
        List.of(new HoldoutGroup(new RepeatHistory(2, 30.43, 38.86), 3, 4)));
    FittedModel bg = model(ModelKind.BG_NBD, at, holdout);
    FittedModel gg = model(ModelKind.GAMMA_GAMMA, at, null);
    await(adapters.models().save(tenant.id(), List.of(gg, bg)));
    assertEquals(List.of(bg, gg), await(adapters.models().list(tenant.id())));

    FittedModel later = model(ModelKind.BG_NBD, at.plusSeconds(60), null);
    await(adapters.models().save(tenant.id(), List.of(later)));
    assertEquals(List.of(later, gg), await(adapters.models().list(tenant.id())));
  }

  @Test
  void theTenantIsReadWithTheModelsThatDriveItsPredictions() {
    Tenant tenant = PgFixture.newTenant(adapters);
    assertNull(await(adapters.tenants().findByName(tenant.name())).orElseThrow().predictionModel());
    await(adapters.models().save(tenant.id(), List.of(model(ModelKind.BG_NBD, NOW, null),
        model(ModelKind.GAMMA_GAMMA, NOW, null))));
    assertEquals(new PredictionModel(BG, GG, Interval.WEEK),
        await(adapters.tenants().findByName(tenant.name())).orElseThrow().predictionModel());

    await(adapters.models().choosePredictionModel(tenant.id(), ModelKind.MBG_NBD));
    assertEquals(ModelKind.MBG_NBD, await(adapters.models().predictionModel(tenant.id())));
    assertNull(await(adapters.tenants().findByName(tenant.name())).orElseThrow().predictionModel(),
        "MBG/NBD was chosen but never fitted");
  }

  @Test
  void onlyOneFitHoldsTheLeaseUntilItIsReleasedOrExpires() {
    Tenant tenant = PgFixture.newTenant(adapters);
    assertTrue(await(adapters.fitLease().tryAcquire(tenant.id(), NOW, Duration.ofMinutes(5))));
    assertFalse(await(adapters.fitLease().tryAcquire(tenant.id(), NOW.plusSeconds(1), Duration.ofMinutes(5))));
    assertTrue(await(adapters.fitLease().tryAcquire(tenant.id(), NOW.plus(Duration.ofMinutes(6)),
        Duration.ofMinutes(5))), "an expired lease (its instance died) is taken over");
    await(adapters.fitLease().release(tenant.id()));
    assertTrue(await(adapters.fitLease().tryAcquire(tenant.id(), NOW.plus(Duration.ofMinutes(7)),
        Duration.ofMinutes(5))));
  }

  @Test
  void tenantsAreDueForARefitWhenTheirModelsAndTheirLastAttemptAreOlderThanTheCutOff() {
    Tenant old = PgFixture.newTenant(adapters);
    Tenant fresh = PgFixture.newTenant(adapters);
    Tenant retried = PgFixture.newTenant(adapters);
    Instant cutOff = NOW.minus(Duration.ofDays(1));
    await(adapters.models().save(old.id(), List.of(model(ModelKind.BG_NBD, cutOff.minusSeconds(60), null))));
    await(adapters.models().save(fresh.id(), List.of(model(ModelKind.BG_NBD, NOW, null))));
    await(adapters.models().save(retried.id(), List.of(model(ModelKind.BG_NBD, cutOff.minusSeconds(60), null))));
    await(adapters.fitLease().tryAcquire(retried.id(), NOW, Duration.ofMinutes(1)));

    List<?> due = await(adapters.models().fittedBefore(cutOff));
    assertTrue(due.contains(old.id()));
    assertFalse(due.contains(fresh.id()));
    assertFalse(due.contains(retried.id()), "its last attempt was after the cut-off");
  }

  @Test
  void fitDataGroupsCustomersByHistoryInDaysAndCountsTheirHoldoutDays() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> c = PgFixture.customers(adapters, tenant.id(), 4);
    List<NewPurchase> purchases = new ArrayList<>();
    // c0 and c1: the same history (days 0, 10, 20), 10 + 20 + 40 and 30 + 20 + 40; c1 buys twice on day 20
    purchases.add(purchase(c.get(0), "a0", noon(START), "10"));
    purchases.add(purchase(c.get(0), "a1", noon(START.plusDays(10)), "20"));
    purchases.add(purchase(c.get(0), "a2", noon(START.plusDays(20)), "40"));
    purchases.add(purchase(c.get(1), "b0", noon(START), "30"));
    purchases.add(purchase(c.get(1), "b1", noon(START.plusDays(10)), "20"));
    purchases.add(purchase(c.get(1), "b2", noon(START.plusDays(20)), "15"));
    purchases.add(purchase(c.get(1), "b3", noon(START.plusDays(20)).plusSeconds(60), "25"));
    // c2: one day in calibration, two in the holdout, one after it
    purchases.add(purchase(c.get(2), "c0", noon(START.plusDays(5)), "7"));
    purchases.add(purchase(c.get(2), "c1", noon(START.plusDays(40)), "7"));
    purchases.add(purchase(c.get(2), "c2", noon(START.plusDays(45)), "7"));
    purchases.add(purchase(c.get(2), "c3", noon(START.plusDays(80)), "7"));
    // c3: first purchase after the calibration end, so not in the fit
    purchases.add(purchase(c.get(3), "d0", noon(START.plusDays(35)), "9"));
    await(adapters.purchases().record(tenant.id(), purchases, RULES, NOW));

    LocalDate end = START.plusDays(30);
    FitData data = await(adapters.fitData().load(tenant.id(), end, START.plusDays(60)));

    List<FitData.CountRow> counts = new ArrayList<>(data.counts());
    counts.sort(Comparator.comparing(FitData.CountRow::x));
    assertEquals(List.of(new FitData.CountRow(0, 0, 25, 1, 2), new FitData.CountRow(2, 20, 30, 2, 0)), counts);
    // both repeat buyers average 30 on their repeat days
    assertEquals(List.of(new FitData.SpendRow(2, 30.0, 2)), data.spend());

    FitData withoutHoldout = await(adapters.fitData().load(tenant.id(), end, null));
    assertEquals(0, withoutHoldout.counts().stream().mapToLong(FitData.CountRow::holdoutPurchases).sum());
  }

  @Test
  void firstDayRevenueIsTheWholeFirstPurchaseDayOfEachCustomerAsked() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> c = PgFixture.customers(adapters, tenant.id(), 3);
    await(adapters.purchases().record(tenant.id(), List.of(
        purchase(c.get(0), "a0", noon(START), "10"), purchase(c.get(0), "a1", noon(START).plusSeconds(5), "5"),
        purchase(c.get(0), "a2", noon(START.plusDays(3)), "99"), purchase(c.get(1), "b0", noon(START), "1")),
        RULES, NOW));
    Map<CustomerId, BigDecimal> revenue = await(adapters.firstDayRevenue().of(tenant.id(), c));
    assertEquals(2, revenue.size(), "the prospect has no first day");
    assertEquals(0, new BigDecimal("15").compareTo(revenue.get(c.get(0))));
    assertEquals(0, BigDecimal.ONE.compareTo(revenue.get(c.get(1))));
  }
}
