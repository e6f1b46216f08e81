package io.customerintel.application.port.out;

import java.util.List;

/**
 * A tenant's purchase days summarized for a fit, already grouped: customers with the same (x, t_x, T) in days,
 * and repeat buyers with the same (x, mean spend per repeat day).
 */
public record FitData(List<CountRow> counts, List<SpendRow> spend) {
  public FitData {
    counts = List.copyOf(counts);
    spend = List.copyOf(spend);
  }

  /**
   * Customers whose first purchase day is on or before the calibration end: x repeat purchase days up to it, the
   * last of them txDays after the first, tDays from the first to the calibration end, and the purchase days they
   * made in the holdout period (0 without one).
   */
  public record CountRow(int x, int txDays, int tDays, long customers, long holdoutPurchases) {}

  /** Repeat buyers (x > 0) whose repeat purchase days up to the calibration end have this mean value. */
  public record SpendRow(int x, double meanSpend, long customers) {}
}
