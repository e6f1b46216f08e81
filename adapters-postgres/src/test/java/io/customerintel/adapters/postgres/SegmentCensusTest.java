package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.POLICY;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.TODAY;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.application.port.out.NewPurchase;
import io.customerintel.domain.analytics.SegmentCell;
import io.customerintel.domain.analytics.SegmentMatrix;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.tenure.Tenure;
import io.customerintel.domain.value.ValueTierThresholds;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract: the one-statement census counts what the domain's rules say, customer by customer. */
@ExtendWith(ScratchDatabase.class)
class SegmentCensusTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  @Test
  void everyCellHoldsTheCustomersTheDomainPutsInIt() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Random random = new Random(7);
    List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), 300);
    List<NewPurchase> purchases = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      int days = random.nextInt(5); // some customers never buy
      int firstAgo = 1 + random.nextInt(1_600); // spread over every tenure band
      for (int d = 0; d < days; d++) {
        purchases.add(purchase(ids.get(i), "p-" + i + "-" + d, NOW.minus(Duration.ofDays(firstAgo - d * firstAgo / 5L)),
            String.valueOf(random.nextInt(30) * 5)));
      }
    }
    await(adapters.purchases().record(tenant.id(), purchases, RULES, NOW));
    for (int i = 0; i < 40; i++) {
      await(adapters.defections().record(tenant.id(), new NewDefection(ids.get(i * 7), NOW.minusSeconds(3_600),
          "OTHER", null, null, null), RULES, NOW));
    }
    for (int i = 1; i < 300; i += 9) {
      setHealthBand(ids.get(i), i % 2 == 0 ? "AT_RISK" : "CRITICAL");
    }

    ValueTierThresholds thresholds = await(adapters.revenueRanking().thresholds(tenant.id()));
    List<SegmentCell> counted = await(adapters.segmentCensus().count(tenant.id(), TODAY, thresholds));

    assertEquals(expected(tenant, ids, thresholds), SegmentMatrix.of(NOW, counted));
  }

  @Test
  void aTenantWithoutCustomersHasNoSegments() {
    Tenant tenant = PgFixture.newTenant(adapters);
    assertEquals(List.of(), await(adapters.segmentCensus().count(tenant.id(), TODAY, ValueTierThresholds.EMPTY)));
  }

  /** The matrix computed in Java from each stored customer's facts, timeline and health band. */
  private SegmentMatrix expected(Tenant tenant, List<CustomerId> ids, ValueTierThresholds thresholds) {
    Map<CustomerId, Customer> customers = await(adapters.customers().byIds(tenant.id(), ids));
    List<SegmentCell> singles = new ArrayList<>();
    for (Customer customer : customers.values()) {
      LifecycleStage stage = POLICY.stageOn(customer.facts(), TODAY);
      boolean lost = stage == LifecycleStage.LOST;
      // the band as stored: derived by every write (never for prospects without one), overridden for some here
      boolean atRisk = customer.health() != null && customer.health().band().applyTo(stage) == LifecycleStage.AT_RISK;
      singles.add(new SegmentCell(thresholds.tierOf(customer.facts().revenue()),
          Tenure.of(customer.facts(), TODAY).band(), 1, customer.facts().revenue(), atRisk ? 1 : 0, lost ? 1 : 0));
    }
    List<SegmentCell> cells = new ArrayList<>();
    for (SegmentCell empty : SegmentMatrix.of(NOW, List.of()).cells()) {
      SegmentCell sum = empty;
      for (SegmentCell one : singles) {
        if (one.valueTier() == sum.valueTier() && one.tenureBand() == sum.tenureBand()) {
          sum = new SegmentCell(sum.valueTier(), sum.tenureBand(), sum.customers() + 1,
              sum.revenue().add(one.revenue()), sum.atRisk() + one.atRisk(), sum.lost() + one.lost());
        }
      }
      if (sum.customers() > 0) {
        cells.add(new SegmentCell(sum.valueTier(), sum.tenureBand(), sum.customers(), sum.revenue().setScale(6),
            sum.atRisk(), sum.lost()));
      }
    }
    return SegmentMatrix.of(NOW, cells);
  }

  private static void setHealthBand(CustomerId id, String band) {
    await(ScratchDatabase.pool().preparedQuery("update customer set health_band = $2 where id = $1")
        .execute(Tuple.of(id.value(), band)).toCompletionStage());
    await(ScratchDatabase.pool().preparedQuery("update customer_summary set health_band = $2 where customer_id = $1")
        .execute(Tuple.of(id.value(), band)).toCompletionStage());
  }
}
