package io.customerintel.domain.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds a customer's history from single purchases, grouping them into purchase days as the store does. */
public final class HistoryBuilder {
  private final ZoneId zone;
  private final List<Instant> times = new ArrayList<>();
  private final List<BigDecimal> amounts = new ArrayList<>();
  private Instant defection;

  private HistoryBuilder(ZoneId zone) {
    this.zone = zone;
  }

  public static HistoryBuilder customer() {
    return new HistoryBuilder(ZoneOffset.UTC);
  }

  public static HistoryBuilder customerIn(ZoneId zone) {
    return new HistoryBuilder(zone);
  }

  public static Instant noon(LocalDate day) {
    return day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
  }

  /** One purchase of 10 at noon UTC on each of the days. */
  public HistoryBuilder boughtOn(LocalDate... days) {
    for (LocalDate day : days) {
      purchase(noon(day), "10");
    }
    return this;
  }

  public HistoryBuilder purchase(Instant at, String amount) {
    times.add(at);
    amounts.add(new BigDecimal(amount));
    return this;
  }

  public HistoryBuilder defectedAt(Instant at) {
    defection = at;
    return this;
  }

  public HistoryBuilder defectedOn(LocalDate day) {
    return defectedAt(noon(day).plusSeconds(3600));
  }

  public CustomerHistory history() {
    Map<LocalDate, PurchaseDayTotal> days = new TreeMap<>();
    for (int i = 0; i < times.size(); i++) {
      Instant at = times.get(i);
      BigDecimal amount = amounts.get(i);
      days.merge(LocalDate.ofInstant(at, zone), new PurchaseDayTotal(LocalDate.ofInstant(at, zone), 1, amount, at, at),
          (a, b) -> new PurchaseDayTotal(a.day(), a.purchases() + b.purchases(), a.revenue().add(b.revenue()),
              a.firstAt().isBefore(b.firstAt()) ? a.firstAt() : b.firstAt(),
              a.lastAt().isAfter(b.lastAt()) ? a.lastAt() : b.lastAt()));
    }
    return new CustomerHistory(new ArrayList<>(days.values()), Optional.ofNullable(defection));
  }

  public CustomerFacts facts() {
    return facts(LifecyclePolicy.DEFAULT);
  }

  public CustomerFacts facts(LifecyclePolicy policy) {
    return policy.summarize(history());
  }
}
