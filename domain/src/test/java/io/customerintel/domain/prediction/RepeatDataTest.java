package io.customerintel.domain.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RepeatDataTest {
  @Test
  void identicalHistoriesAreMergedIntoOneWeightedRow() {
    RepeatData data = RepeatData.builder()
        .add(new RepeatHistory(2, 30.43, 38.86), 1)
        .add(new RepeatHistory(0, 0, 38.86), 3)
        .add(new RepeatHistory(2, 30.43, 38.86), 2.5)
        .add(new RepeatHistory(2, 30.44, 38.86), 1)
        .add(new RepeatHistory(0, -0.0, 38.86), 1)
        .build();

    assertEquals(3, data.rows());
    assertEquals(8.5, data.customers());
    assertEquals(4.5, data.repeatCustomers());
    assertEquals(new RepeatHistory(2, 30.43, 38.86), data.history(0));
    assertEquals(3.5, data.weight(0));
    assertEquals(new RepeatHistory(0, 0, 38.86), data.history(1));
    assertEquals(4, data.weight(1));
    assertEquals(1, data.weight(2));
  }

  @Test
  void theCdnowSummaryHasFewerDistinctRowsThanCustomers() {
    RepeatData data = CdnowData.summaryData();
    assertEquals(2357, data.customers());
    assertEquals(946, data.repeatCustomers());
    assertEquals(true, data.rows() < 2357);
  }

  @Test
  void weightsMustBePositiveAndFinite() {
    RepeatData.Builder builder = RepeatData.builder();
    RepeatHistory history = new RepeatHistory(1, 1, 2);
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThrows(IllegalArgumentException.class, () -> builder.add(history, bad));
      assertThrows(IllegalArgumentException.class, () -> SpendData.builder().add(1, 10, bad));
    }
    assertThrows(NullPointerException.class, () -> builder.add(null, 1));
    assertEquals(0, builder.build().rows());
  }

  @Test
  void spendIsMergedByRepeatDaysAndMeanValue() {
    SpendData data = SpendData.builder().add(2, 10.5, 1).add(2, 10.5, 1).add(3, 10.5, 1).add(2, 11, 4).build();

    assertEquals(3, data.rows());
    assertEquals(7, data.customers());
    assertEquals(2, data.x(0));
    assertEquals(10.5, data.meanSpend(0));
    assertEquals(2, data.weight(0));
    assertEquals(4, data.weight(2));
  }

  @Test
  void spendIsModelledForRepeatBuyersWithAPositiveMeanOnly() {
    SpendData.Builder builder = SpendData.builder();
    assertThrows(IllegalArgumentException.class, () -> builder.add(0, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> builder.add(1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> builder.add(1, -3, 1));
    assertThrows(IllegalArgumentException.class, () -> builder.add(1, Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> builder.add(1, Double.POSITIVE_INFINITY, 1));
  }

  @Test
  void manyRowsGrowTheTableWithoutLosingAny() {
    RepeatData.Builder builder = RepeatData.builder();
    for (int i = 0; i < 50_000; i++) {
      builder.add(new RepeatHistory(i % 7 + 1, 1 + i % 300 / 7.0, 50), 1);
      builder.add(new RepeatHistory(i % 7 + 1, 1 + i % 300 / 7.0, 50), 1);
    }
    RepeatData data = builder.build();
    assertEquals(2100, data.rows());
    assertEquals(100_000, data.customers());
  }
}
