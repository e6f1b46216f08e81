package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.POLICY;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.application.port.out.NewPurchase;
import io.customerintel.domain.analytics.CustomerLoss;
import io.customerintel.domain.analytics.DefectionSummary;
import io.customerintel.domain.analytics.LossShare;
import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.DefaultDefectionReasons;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.value.ValueTier;
import io.customerintel.domain.value.ValueTierThresholds;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract: the one-statement summary is what the domain's rules compute defection by defection. */
@ExtendWith(ScratchDatabase.class)
class DefectionAnalysisTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

  private final PostgresAdapters adapters = PgFixture.adapters();

  /** What was stored, to judge each defection in Java. */
  private record Stored(Defection defection, ValueTier tier) {}

  @Test
  void theSummaryIsWhatTheRulesSayForEveryDefectionInTheRange() {
    Tenant tenant = berlinTenant();
    Random random = new Random(5);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 80);
    List<NewPurchase> purchases = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int p = random.nextInt(6); p > 0; p--) {
        Instant at = NOW.minusSeconds(random.nextInt(900) * 86_400L + random.nextInt(86_400));
        purchases.add(new NewPurchase(ids.get(i), "p-" + i + "-" + p, at, LocalDate.ofInstant(at, BERLIN),
            new BigDecimal(random.nextInt(400) + ".50"), 1));
      }
    }
    await(adapters.purchases().record(tenant.id(), purchases, RULES, NOW));
    List<Stored> stored = new ArrayList<>();
    for (int d = 0; d < 70; d++) {
      // late evenings UTC are already the next day in Berlin
      Instant at = NOW.minusSeconds(random.nextInt(500) * 86_400L).minusSeconds(random.nextBoolean() ? 3_600 : 48_600);
      DefectionReason reason = DefaultDefectionReasons.ALL.get(random.nextInt(DefaultDefectionReasons.ALL.size()));
      BigDecimal recorded = random.nextBoolean() ? null : new BigDecimal(random.nextInt(5_000));
      ValueTier tier = random.nextInt(3) == 0 ? null : ValueTier.values()[random.nextInt(5)];
      Defection defection = await(adapters.defections().record(tenant.id(), new NewDefection(
          ids.get(random.nextInt(ids.size())), at, reason.code(), null, null, recorded, tier), RULES, NOW));
      stored.add(new Stored(defection, tier));
    }
    ValueTierThresholds current = await(adapters.revenueRanking().thresholds(tenant.id()));

    for (Period range : List.of(new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2026, 6, 15)),
        new Period(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 31)),
        new Period(LocalDate.of(2025, 10, 26), LocalDate.of(2026, 1, 1)),
        new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))) {
      DefectionSummary summary = await(adapters.defectionAnalysis().summarize(tenant.id(), BERLIN, range));
      DefectionSummary reference = DefectionSummary.of(range, losses(tenant, stored, purchases, current));
      assertEquals(text(reference), text(summary), range.toString());
    }
    DefectionSummary all = await(adapters.defectionAnalysis().summarize(tenant.id(), BERLIN,
        new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 6, 15))));
    assertEquals(70, all.total().customers(), "the ranges above cut through real defections");
  }

  @Test
  void theTierRecordedWithTheDefectionIsStoredAndWinsOverTheCurrentOne() {
    Tenant tenant = berlinTenant();
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Defection kept = await(adapters.defections().record(tenant.id(), new NewDefection(ann,
        NOW.minusSeconds(7_200), "OTHER", null, null, null, ValueTier.TOP), RULES, NOW));
    await(adapters.defections().record(tenant.id(), new NewDefection(ann, NOW.minusSeconds(3_600), "OTHER", null,
        null, null), RULES, NOW));

    String column = await(ScratchDatabase.pool().preparedQuery("select value_tier from defection where id = $1")
        .execute(Tuple.of(kept.id().value())).toCompletionStage()).iterator().next().getString("value_tier");
    assertEquals("TOP", column);
    DefectionSummary summary = await(adapters.defectionAnalysis().summarize(tenant.id(), BERLIN,
        new Period(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 15))));
    assertEquals(1, summary.byValueTier().get(ValueTier.TOP.ordinal()).customers());
    assertEquals(1, summary.byValueTier().get(ValueTier.NONE.ordinal()).customers(), "no revenue: tier NONE today");
  }

  @Test
  void theTenantIsRankedOnlyWhenADefectionInTheRangeHasNoTier() {
    Tenant tenant = berlinTenant();
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 2);
    await(adapters.defections().record(tenant.id(), new NewDefection(ids.get(0), NOW.minusSeconds(86_400 * 3L),
        "OTHER", null, null, null, ValueTier.LOW), RULES, NOW));
    await(adapters.defections().record(tenant.id(), new NewDefection(ids.get(1), NOW.minusSeconds(3_600), "OTHER",
        null, null, null), RULES, NOW));

    // the summary, after the statement that allows parallel workers in its transaction
    assertEquals(2, statements(() -> adapters.defectionAnalysis().summarize(tenant.id(), BERLIN,
        new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 13)))), "all tiers kept: one summary");
    assertEquals(3, statements(() -> adapters.defectionAnalysis().summarize(tenant.id(), BERLIN,
        new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15)))), "and the ranking for the one without");
  }

  @Test
  void theWholeSupportedCalendarIsOneRange() {
    Tenant tenant = berlinTenant();
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    await(adapters.defections().record(tenant.id(), new NewDefection(ann, NOW, "OTHER", null, null, null,
        ValueTier.NONE), RULES, NOW));
    DefectionSummary summary = await(adapters.defectionAnalysis().summarize(tenant.id(), BERLIN,
        new Period(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))));
    assertEquals(1, summary.total().customers());
  }

  private long statements(Supplier<CompletionStage<?>> work) {
    long before = adapters.statementsExecuted();
    await(work.get());
    return adapters.statementsExecuted() - before;
  }

  private Tenant berlinTenant() {
    byte[] key = UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return await(adapters.tenants().create("t-" + UUID.randomUUID(), Currency.getInstance("EUR"), BERLIN,
        PgFixture.sha(key), DefaultDefectionReasons.ALL));
  }

  private List<CustomerLoss> losses(Tenant tenant, List<Stored> stored, List<NewPurchase> purchases,
                                    ValueTierThresholds current) {
    List<CustomerId> ids = stored.stream().map(s -> s.defection().customerId()).distinct().toList();
    Map<CustomerId, Customer> customers = await(adapters.customers().byIds(tenant.id(), ids));
    List<CustomerLoss> losses = new ArrayList<>();
    for (Stored s : stored) {
      Defection d = s.defection();
      CustomerFacts facts = customers.get(d.customerId()).facts();
      LocalDate day = LocalDate.ofInstant(d.occurredAt(), BERLIN);
      DefectionReason reason = DefaultDefectionReasons.ALL.stream().filter(r -> r.code().equals(d.reasonCode()))
          .findFirst().orElseThrow();
      losses.add(new CustomerLoss(day, reason, s.tier() == null ? current.tierOf(facts.revenue()) : s.tier(),
          CustomerLoss.tenureBand(facts.firstPurchaseAt(), facts.firstPurchaseDay(), d.occurredAt(), day),
          CustomerLoss.lostValue(d.lostAnnualValue(), purchaseDays(purchases, d.customerId()), day)));
    }
    return losses;
  }

  private static List<PurchaseDayTotal> purchaseDays(List<NewPurchase> purchases, CustomerId customer) {
    Map<LocalDate, PurchaseDayTotal> days = new TreeMap<>();
    for (NewPurchase p : purchases) {
      if (p.customerId().equals(customer)) {
        days.merge(p.day(), new PurchaseDayTotal(p.day(), 1, p.amount(), p.occurredAt(), p.occurredAt()),
            (a, b) -> new PurchaseDayTotal(a.day(), a.purchases() + 1, a.revenue().add(b.revenue()), a.firstAt(),
                a.lastAt()));
      }
    }
    return new ArrayList<>(days.values());
  }

  /** Every figure of the summary, amounts without trailing zeros, so equal summaries print the same. */
  private static String text(DefectionSummary s) {
    StringBuilder out = new StringBuilder(s.total().customers() + " " + plain(s.total().lostValue()) + " avoidable "
        + s.avoidable() + "\n");
    for (List<? extends LossShare<?>> shares : List.of(s.byReason(), s.byCategory(), s.byValueTier(),
        s.byTenureBand())) {
      shares.forEach(share -> out.append(share.key()).append(' ').append(share.customers()).append(' ')
          .append(plain(share.lostValue())).append(' ').append(share.share()).append('\n'));
    }
    s.days().forEach(day -> out.append(day.day()).append(' ').append(day.loss().customers()).append(' ')
        .append(plain(day.loss().lostValue())).append(' ').append(day.avoidable()).append('\n'));
    return out.toString();
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }
}
