package io.customerintel.domain.tenure;

import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import java.time.LocalDate;
import java.util.Objects;

/** How long someone has been a customer: whole days since the first purchase, and its band. */
public record Tenure(long days, TenureBand band) {
  public Tenure {
    Objects.requireNonNull(band, "band");
    if (days < 0) {
      throw new IllegalArgumentException("tenure days must not be negative");
    }
  }

  public static Tenure of(CustomerFacts facts, LocalDate today) {
    long days = LifecyclePolicy.tenureDays(facts, today);
    return new Tenure(days, TenureBand.of(facts.hasPurchased(), days));
  }
}
