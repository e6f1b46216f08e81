package io.customerintel.domain.prediction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How well a count model fitted on the calibration period predicts the holdout period: predicted against
 * actual repeat purchase days in total and by number of calibration purchases (Fader, Hardie & Lee's
 * "conditional expectations" table, whose last line gathers 7 and more).
 */
public record HoldoutValidation(LocalDate holdoutEnd, double periods, double predictedPurchases,
                                double actualPurchases, List<HoldoutRow> byCalibrationPurchases) {
  /** Lines 0..6 and "7 and more", as in the published table. */
  public static final int LAST_LINE = 7;

  public HoldoutValidation {
    Objects.requireNonNull(holdoutEnd, "holdoutEnd");
    byCalibrationPurchases = List.copyOf(byCalibrationPurchases);
    if (!(periods > 0)) {
      throw new IllegalArgumentException("a holdout period has a positive length");
    }
  }

  /** Compares the model's conditional expectations over {@code periods} with what the customers did. */
  public static HoldoutValidation of(PurchaseModel model, LocalDate holdoutEnd, double periods,
                                     List<HoldoutGroup> groups) {
    double[] customers = new double[LAST_LINE + 1];
    double[] predicted = new double[LAST_LINE + 1];
    double[] actual = new double[LAST_LINE + 1];
    for (HoldoutGroup group : groups) {
      int line = Math.min(group.calibration().x(), LAST_LINE);
      customers[line] += group.customers();
      predicted[line] += group.customers() * model.expectedPurchases(periods, group.calibration());
      actual[line] += group.actualPurchases();
    }
    List<HoldoutRow> rows = new ArrayList<>();
    double predictedTotal = 0;
    double actualTotal = 0;
    for (int line = 0; line <= LAST_LINE; line++) {
      rows.add(new HoldoutRow(line, line == LAST_LINE, customers[line], predicted[line], actual[line]));
      predictedTotal += predicted[line];
      actualTotal += actual[line];
    }
    return new HoldoutValidation(holdoutEnd, periods, predictedTotal, actualTotal, rows);
  }
}
