package io.customerintel.domain.winback;

import io.customerintel.domain.customer.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer on a win-back list with the facts that put them there: the last purchase day (INACTIVE), the latest
 * defection's reason and day (LOST), the first-seen day (every kind), with the two values a list may be ordered by:
 * lifetime revenue and the stored next-year value of the buying pattern (null before a spend model reached them).
 */
public record WinBackCandidate(CustomerId customerId, String externalId, WinBackKind kind, BigDecimal revenue,
                               BigDecimal predictedValue, LocalDate firstSeenDay, LocalDate lastPurchaseDay, String defectionReasonCode,
                               LocalDate defectionDay) {
  public WinBackCandidate {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(revenue, "revenue");
    Objects.requireNonNull(firstSeenDay, "firstSeenDay");
    if (kind == WinBackKind.INACTIVE) {
      Objects.requireNonNull(lastPurchaseDay, "lastPurchaseDay");
    }
    if (kind == WinBackKind.LOST) {
      Objects.requireNonNull(defectionReasonCode, "defectionReasonCode");
      Objects.requireNonNull(defectionDay, "defectionDay");
    }
  }

  /**
   * The value the list is ordered by on this basis. A customer the re-derivation after a fit has not reached yet has
   * no predicted value and counts as 0, so they sort after every valued candidate until it does.
   */
  public BigDecimal value(WinBackValueBasis basis) {
    if (basis == WinBackValueBasis.LIFETIME_REVENUE) {
      return revenue;
    }
    return predictedValue == null ? BigDecimal.ZERO : predictedValue;
  }

  /** Why the customer is on the list, in words a person acting on the list can check. */
  public String reason(LocalDate today, int inactivityWindowDays) {
    return switch (kind) {
      case INACTIVE -> "no purchase for " + (today.toEpochDay() - lastPurchaseDay.toEpochDay())
          + " days (inactive after " + inactivityWindowDays + ")";
      case LOST -> "left for " + defectionReasonCode + " (avoidable) on " + defectionDay;
      case UNCONVERTED_PROSPECT -> "first seen " + firstSeenDay + ", never bought";
    };
  }
}
