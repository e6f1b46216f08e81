package io.customerintel.domain.tenure;

import java.time.LocalDate;

/**
 * Bands of time since the first purchase: 0-90 days (the new-customer window, so a NEW customer is
 * always in FIRST_90_DAYS), 91-364, 365-1094, 1095 and more.
 */
public enum TenureBand {
  NONE(-1, -1),
  FIRST_90_DAYS(0, 90),
  UNDER_1_YEAR(91, 364),
  ONE_TO_3_YEARS(365, 1094),
  OVER_3_YEARS(1095, Long.MAX_VALUE);

  private final long minDays;
  private final long maxDays;

  TenureBand(long minDays, long maxDays) {
    this.minDays = minDays;
    this.maxDays = maxDays;
  }

  public static TenureBand of(boolean hasPurchased, long days) {
    if (!hasPurchased) {
      return NONE;
    }
    for (TenureBand band : values()) {
      if (band != NONE && days >= band.minDays && days <= band.maxDays) {
        return band;
      }
    }
    return FIRST_90_DAYS;
  }

  /** First-purchase days that fall in this band today; null ends are open. NONE has no range. */
  public DayRange firstPurchaseDays(LocalDate today) {
    if (this == NONE) {
      throw new IllegalStateException("NONE means no first purchase");
    }
    LocalDate earliest = maxDays == Long.MAX_VALUE ? null : today.minusDays(maxDays);
    LocalDate latest = minDays == 0 ? null : today.minusDays(minDays);
    return new DayRange(earliest, latest);
  }

  /** An inclusive range of days, open where an end is null. */
  public record DayRange(LocalDate earliest, LocalDate latest) {}
}
