package io.customerintel.domain.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The per-customer figures maintained on every write (so reads never scan a customer's history).
 * Dates are calendar days in the tenant's time zone; nullable fields are null until they apply.
 */
public record CustomerFacts(
    long purchaseCount,
    int purchaseDays,
    BigDecimal revenue,
    Instant firstPurchaseAt,
    Instant lastPurchaseAt,
    LocalDate firstPurchaseDay,
    LocalDate lastPurchaseDay,
    LocalDate lastReturnDay,
    Instant latestDefectionAt) {

  public static final CustomerFacts NONE = new CustomerFacts(0, 0, BigDecimal.ZERO, null, null, null, null, null, null);

  public CustomerFacts {
    Objects.requireNonNull(revenue, "revenue");
    if (purchaseCount < 0 || purchaseDays < 0 || purchaseDays > purchaseCount) {
      throw new IllegalArgumentException("need 0 <= purchaseDays <= purchaseCount");
    }
    boolean bought = purchaseDays > 0;
    if (bought != (firstPurchaseAt != null) || bought != (lastPurchaseAt != null)
        || bought != (firstPurchaseDay != null) || bought != (lastPurchaseDay != null)) {
      throw new IllegalArgumentException("first/last purchase must be present exactly when there are purchases");
    }
    if (bought && (lastPurchaseDay.isBefore(firstPurchaseDay) || lastPurchaseAt.isBefore(firstPurchaseAt))) {
      throw new IllegalArgumentException("last purchase must not be before the first");
    }
    if (lastReturnDay != null && (!bought || lastReturnDay.isBefore(firstPurchaseDay) || lastReturnDay.isAfter(lastPurchaseDay))) {
      throw new IllegalArgumentException("a return day must be one of the purchase days");
    }
  }

  public boolean hasPurchased() {
    return purchaseDays > 0;
  }

  /** LOST: the latest defection came after the last purchase (or there was no purchase at all). */
  public boolean isLost() {
    return latestDefectionAt != null && (lastPurchaseAt == null || latestDefectionAt.isAfter(lastPurchaseAt));
  }
}
