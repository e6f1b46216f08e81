package io.customerintel.adapters.postgres.analytics;

import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTierThresholds;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The SQL that puts a customer in a value tier and a tenure band: the comparisons of {@link
 * ValueTierThresholds#tierOf} and {@link TenureBand#of}, with every threshold bound from the domain.
 */
final class SegmentSql {
  private static final LocalDate ANY_DAY = LocalDate.of(2000, 1, 1);

  private SegmentSql() {}

  /** The tier of a revenue column; binds the TOP, HIGH and MEDIUM thresholds from $first (a null is never reached). */
  static String tier(String revenue, int first) {
    return "case when " + revenue + " <= 0 then 'NONE'"
        + " when " + revenue + " >= $" + first + "::numeric then 'TOP'"
        + " when " + revenue + " >= $" + (first + 1) + "::numeric then 'HIGH'"
        + " when " + revenue + " >= $" + (first + 2) + "::numeric then 'MEDIUM'"
        + " else 'LOW' end";
  }

  static Object[] tierArgs(ValueTierThresholds thresholds) {
    return new Object[] {thresholds.top(), thresholds.high(), thresholds.medium()};
  }

  /**
   * The band of a first purchase day as seen on a day (a column or parameter); null first purchase means NONE. Binds
   * the most days of FIRST_90_DAYS, UNDER_1_YEAR and ONE_TO_3_YEARS from $first.
   */
  static String band(String firstPurchaseDay, String day, int first) {
    return "case when " + firstPurchaseDay + " is null then 'NONE'"
        + " when " + firstPurchaseDay + " >= " + day + " - $" + first + "::int then 'FIRST_90_DAYS'"
        + " when " + firstPurchaseDay + " >= " + day + " - $" + (first + 1) + "::int then 'UNDER_1_YEAR'"
        + " when " + firstPurchaseDay + " >= " + day + " - $" + (first + 2) + "::int then 'ONE_TO_3_YEARS'"
        + " else 'OVER_3_YEARS' end";
  }

  static Object[] bandArgs() {
    return new Object[] {maxDays(TenureBand.FIRST_90_DAYS), maxDays(TenureBand.UNDER_1_YEAR),
        maxDays(TenureBand.ONE_TO_3_YEARS)};
  }

  /** Adds the values as further bind parameters, in order. */
  static Tuple append(Tuple args, Object[] values) {
    for (Object value : values) {
      args.addValue(value);
    }
    return args;
  }

  /** The longest tenure in the band, read off the domain's first-purchase range (earliest day = today - max). */
  private static int maxDays(TenureBand band) {
    return (int) ChronoUnit.DAYS.between(band.firstPurchaseDays(ANY_DAY).earliest(), ANY_DAY);
  }
}
