package io.customerintel.domain.analytics;

import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;

/**
 * One defection as the loss reports count it: its tenant-local day, reason, and the customer's value tier, tenure
 * band and value as they were when they left. The static rules say how those are judged (docs/rules.md).
 */
public record CustomerLoss(LocalDate day, DefectionReason reason, ValueTier valueTier, TenureBand tenureBand,
                           BigDecimal lostValue) {
  /** Without a recorded yearly value, the value lost is the revenue of the last 365 days, the defection day included. */
  public static final int LOST_VALUE_WINDOW_DAYS = 365;

  public CustomerLoss {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(valueTier, "valueTier");
    Objects.requireNonNull(tenureBand, "tenureBand");
    Objects.requireNonNull(lostValue, "lostValue");
    if (lostValue.signum() < 0) {
      throw new IllegalArgumentException("lost value must not be negative");
    }
  }

  /** The recorded yearly value, else the revenue of the purchase days in the window ending on the defection day. */
  public static BigDecimal lostValue(BigDecimal recorded, Collection<PurchaseDayTotal> purchaseDays, LocalDate day) {
    if (recorded != null) {
      return recorded;
    }
    LocalDate earliest = day.minusDays(LOST_VALUE_WINDOW_DAYS - 1L);
    BigDecimal revenue = BigDecimal.ZERO;
    for (PurchaseDayTotal total : purchaseDays) {
      if (!total.day().isBefore(earliest) && !total.day().isAfter(day)) {
        revenue = revenue.add(total.revenue());
      }
    }
    return revenue;
  }

  /**
   * Tenure when they left: days from the first purchase day to the defection day; NONE when the first purchase came
   * after the defection (a purchase at the very instant counts as before it, as for the LOST stage) or never.
   */
  public static TenureBand tenureBand(Instant firstPurchaseAt, LocalDate firstPurchaseDay, Instant occurredAt,
                                      LocalDate day) {
    boolean boughtBefore = firstPurchaseAt != null && !firstPurchaseAt.isAfter(occurredAt);
    return TenureBand.of(boughtBefore, boughtBefore ? Math.max(0, ChronoUnit.DAYS.between(firstPurchaseDay, day)) : 0);
  }
}
