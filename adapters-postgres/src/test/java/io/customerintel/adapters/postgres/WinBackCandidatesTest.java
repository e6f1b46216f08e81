package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.TODAY;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.NewPurchase;
import io.customerintel.application.port.out.WinBackCandidates;
import io.customerintel.application.port.out.WinBackCandidates.Position;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthPolicy;
import io.customerintel.domain.prediction.BgNbd;
import io.customerintel.domain.prediction.GammaGamma;
import io.customerintel.domain.prediction.PredictionModel;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.winback.WinBackCandidate;
import io.customerintel.domain.winback.WinBackKind;
import io.customerintel.domain.winback.WinBackValueBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class WinBackCandidatesTest {
  static final PredictionModel MODEL = new PredictionModel(new BgNbd(0.243, 4.414, 0.793, 2.426),
      new GammaGamma(6.25, 3.74, 15.44), Interval.WEEK);
  static final CustomerRules PREDICTING = new CustomerRules(ZoneOffset.UTC, RULES.lifecycle(), HealthPolicy.DEFAULT,
      MODEL);
  private final PostgresAdapters adapters = PgFixture.adapters();
  private final WinBackCandidates candidates = adapters.winBackCandidates();

  @Test
  void anInactiveListRanksByThePredictedValueStoredWithTheCustomersFacts() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), List.of("big-once", "steady", "middling"));
    List<NewPurchase> bought = new ArrayList<>();
    bought.add(purchase(ids.get(0), "p-0", daysAgo(400), "1000"));
    for (int i = 0; i < 12; i++) {
      bought.add(purchase(ids.get(1), "p-1-" + i, daysAgo(200 + 14 * i), "25"));
    }
    for (int i = 0; i < 3; i++) {
      bought.add(purchase(ids.get(2), "p-2-" + i, daysAgo(250 + 30 * i), "120"));
    }
    await(adapters.purchases().record(tenant.id(), bought, PREDICTING, NOW));

    List<WinBackCandidate> byValue = page(tenant, WinBackValueBasis.PREDICTED_VALUE, Optional.empty(), 10);
    List<WinBackCandidate> byRevenue = page(tenant, WinBackValueBasis.LIFETIME_REVENUE, Optional.empty(), 10);

    assertEquals(3, byValue.size());
    for (WinBackCandidate candidate : byValue) {
      assertEquals(expectedValue(bought, candidate.customerId()), candidate.predictedValue().setScale(6,
          RoundingMode.HALF_EVEN), candidate.externalId());
    }
    List<String> expectedOrder = byValue.stream()
        .sorted(Comparator.comparing(WinBackCandidate::predictedValue).reversed())
        .map(WinBackCandidate::externalId).toList();
    assertEquals(expectedOrder, byValue.stream().map(WinBackCandidate::externalId).toList());
    assertEquals(List.of("big-once", "middling", "steady"), byRevenue.stream().map(WinBackCandidate::externalId)
        .toList());
    // the data is chosen so that the two orders differ: the predicted order is not revenue in disguise
    assertNotEquals(byRevenue.stream().map(WinBackCandidate::externalId).toList(), expectedOrder);

    WinBackCandidate first = byValue.get(0);
    List<WinBackCandidate> rest = page(tenant, WinBackValueBasis.PREDICTED_VALUE,
        Optional.of(new Position(first.predictedValue(), first.externalId())), 10);
    assertEquals(byValue.subList(1, 3).stream().map(WinBackCandidate::externalId).toList(),
        rest.stream().map(WinBackCandidate::externalId).toList());
  }

  @Test
  void withoutAModelNothingIsPredictedAndUnvaluedCustomersCountAsZero() {
    Tenant tenant = PgFixture.newTenant(adapters);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), List.of("a", "b"));
    await(adapters.purchases().record(tenant.id(), List.of(purchase(ids.get(0), "p-a", daysAgo(300), "10"),
        purchase(ids.get(1), "p-b", daysAgo(300), "90")), RULES, NOW));

    List<WinBackCandidate> byValue = page(tenant, WinBackValueBasis.PREDICTED_VALUE, Optional.empty(), 10);

    assertNull(byValue.get(0).predictedValue());
    // all count 0: the external id decides
    assertEquals(List.of("a", "b"), byValue.stream().map(WinBackCandidate::externalId).toList());
  }

  private List<WinBackCandidate> page(Tenant tenant, WinBackValueBasis basis, Optional<Position> after, int limit) {
    return await(candidates.page(tenant.id(), ZoneOffset.UTC, TODAY, WinBackKind.INACTIVE, basis, after, limit));
  }

  private static BigDecimal expectedValue(List<NewPurchase> bought, CustomerId customer) {
    List<NewPurchase> own = bought.stream().filter(p -> p.customerId().equals(customer)).toList();
    var facts = PgFixture.expectedFacts(own, null);
    BigDecimal firstDay = own.stream().filter(p -> p.day().equals(facts.firstPurchaseDay()))
        .map(NewPurchase::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return BigDecimal.valueOf(MODEL.yearAheadValue(facts, firstDay, TODAY).orElseThrow())
        .setScale(6, RoundingMode.HALF_EVEN);
  }

  private static Instant daysAgo(int days) {
    return NOW.minus(days, ChronoUnit.DAYS);
  }
}
