package io.customerintel.domain.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conditional-expectations table: lines 0..6 and 7+, predicted from the model against what happened. */
class HoldoutValidationTest {
  static final BgNbd MODEL = new BgNbd(0.243, 4.414, 0.793, 2.426);

  @Test
  void customersAreLinedUpByCalibrationPurchasesWithSevenAndMoreTogether() {
    RepeatHistory none = new RepeatHistory(0, 0, 30);
    RepeatHistory two = new RepeatHistory(2, 20, 30);
    RepeatHistory nine = new RepeatHistory(9, 28, 30);
    RepeatHistory twelve = new RepeatHistory(12, 29, 35);
    HoldoutValidation v = HoldoutValidation.of(MODEL, LocalDate.of(1998, 6, 30), 39, List.of(
        new HoldoutGroup(none, 100, 10), new HoldoutGroup(two, 5, 4), new HoldoutGroup(nine, 2, 9),
        new HoldoutGroup(twelve, 1, 7)));

    assertEquals(8, v.byCalibrationPurchases().size());
    HoldoutRow last = v.byCalibrationPurchases().get(7);
    assertTrue(last.andMore());
    assertEquals(3, last.customers());
    assertEquals(16, last.actualPurchases());
    assertEquals(2 * MODEL.expectedPurchases(39, nine) + MODEL.expectedPurchases(39, twelve),
        last.predictedPurchases(), 1e-9);
    assertEquals(0, v.byCalibrationPurchases().get(1).customers());
    assertEquals(0.8, v.byCalibrationPurchases().get(2).actualPerCustomer(), 1e-12);
    assertEquals(100 * MODEL.expectedPurchases(39, none) + 5 * MODEL.expectedPurchases(39, two)
        + last.predictedPurchases(), v.predictedPurchases(), 1e-9);
    assertEquals(30, v.actualPurchases());
  }
}
