package io.customerintel.domain.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * All of one customer's purchases on one calendar day (tenant time zone): the unit the lifecycle
 * and the customer-base models count, because several orders on one day are one buying occasion.
 */
public record PurchaseDayTotal(LocalDate day, long purchases, BigDecimal revenue, Instant firstAt, Instant lastAt) {
  public PurchaseDayTotal {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(revenue, "revenue");
    Objects.requireNonNull(firstAt, "firstAt");
    Objects.requireNonNull(lastAt, "lastAt");
    if (purchases <= 0) {
      throw new IllegalArgumentException("a purchase day has at least one purchase");
    }
    if (lastAt.isBefore(firstAt)) {
      throw new IllegalArgumentException("lastAt must not be before firstAt");
    }
  }
}
