package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.POLICY;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.NewPurchase;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.value.ValueTierThresholds;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract: the one-query ranking computes exactly what the domain's reference implementation computes. */
@ExtendWith(ScratchDatabase.class)
class RevenueRankingTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  @Test
  void thresholdsMatchTheDomainReference() {
    Random random = new Random(2024);
    for (int round = 0; round < 6; round++) {
      Tenant tenant = PgFixture.newTenant(adapters);
      int n = round == 0 ? 0 : round == 1 ? 1 : round == 2 ? 7 : 100 + random.nextInt(300);
      List<CustomerId> ids = PgFixture.customers(adapters, tenant.id(), n);
      List<NewPurchase> purchases = new ArrayList<>();
      List<BigDecimal> revenues = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        // few distinct values, so ties sit on the tier borders; some customers pay nothing
        BigDecimal revenue = random.nextInt(6) == 0 ? BigDecimal.ZERO
            : new BigDecimal(random.nextInt(round < 4 ? 20 : 2_000)).add(new BigDecimal("0.25"));
        revenues.add(revenue);
        if (random.nextBoolean() || revenue.signum() > 0) {
          purchases.add(purchase(ids.get(i), "r-" + i, NOW.minus(Duration.ofDays(1 + random.nextInt(300))),
              revenue.toPlainString()));
        }
      }
      if (!purchases.isEmpty()) {
        await(adapters.purchases().record(tenant.id(), purchases, RULES, NOW));
      }

      ValueTierThresholds stored = await(adapters.revenueRanking().thresholds(tenant.id()));
      ValueTierThresholds reference = ValueTierThresholds.fromRevenues(revenues);
      String what = "round " + round + " with " + n + " customers";
      assertEquals(reference.payingCustomers(), stored.payingCustomers(), what);
      assertSameAmount(reference.top(), stored.top(), what + ": top");
      assertSameAmount(reference.high(), stored.high(), what + ": high");
      assertSameAmount(reference.medium(), stored.medium(), what + ": medium");
    }
  }

  private static void assertSameAmount(BigDecimal expected, BigDecimal actual, String what) {
    if (expected == null || actual == null) {
      assertEquals(expected, actual, what);
    } else {
      assertEquals(0, expected.compareTo(actual), what + ": " + expected + " vs " + actual);
    }
  }
}
