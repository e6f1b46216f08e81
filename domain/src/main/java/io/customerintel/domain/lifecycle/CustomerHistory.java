package io.customerintel.domain.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything the lifecycle needs to know about one customer: purchase days and the latest defection. */
public record CustomerHistory(List<PurchaseDayTotal> days, Optional<Instant> latestDefectionAt) {
  public CustomerHistory {
    List<PurchaseDayTotal> sorted = new ArrayList<>(days);
    sorted.sort(Comparator.comparing(PurchaseDayTotal::day));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).day().equals(sorted.get(i - 1).day())) {
        throw new IllegalArgumentException("purchase days must be distinct: " + sorted.get(i).day());
      }
    }
    days = List.copyOf(sorted);
    latestDefectionAt = latestDefectionAt == null ? Optional.empty() : latestDefectionAt;
  }
}
