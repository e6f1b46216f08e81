package io.customerintel.domain.lossreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LossReviewTest {
  private static final ReviewMonth JUNE = new ReviewMonth(YearMonth.of(2026, 6));
  private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

  private static LostCustomer defection(long id, String reason, String value) {
    return LostCustomer.of(new Defection(new DefectionId(id), new CustomerId(id),
        Instant.parse("2026-06-0" + id + "T10:00:00Z"), reason, null, null, value == null ? null : new BigDecimal(value)),
        new BigDecimal("30"), 0);
  }

  @Test
  void monthsAreParsedOnlyInTheYearDashMonthForm() {
    assertEquals(JUNE, ReviewMonth.parse("2026-06").orElseThrow());
    for (String bad : new String[] {"2026-6", "2026-13", "2026-00", "June", "2026-06-01", " 2026-06", ""}) {
      assertTrue(ReviewMonth.parse(bad).isEmpty(), bad);
    }
    assertTrue(ReviewMonth.parse(null).isEmpty());
  }

  @Test
  void theMonthRunsFromItsFirstDayToTheNextMonthsInTheTenantsZone() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertEquals(Instant.parse("2026-05-31T22:00:00Z"), JUNE.start(berlin));
    assertEquals(Instant.parse("2026-06-30T22:00:00Z"), JUNE.end(berlin));
  }

  @Test
  void defectionsAreListedMostValuableFirstWithTheirRevenueWhenNoValueWasRecorded() {
    LossReview review = LossReview.of(JUNE, NOW, List.of(defection(1, "PRICE", "100"),
        defection(2, "SERVICE", null), defection(3, "SERVICE", "500"), defection(4, "PRICE", "100")), List.of());

    assertEquals(List.of(3L, 1L, 4L, 2L), review.defections().stream().map(d -> d.defection().id().value()).toList());
    assertEquals(new BigDecimal("730"), review.lostAnnualValue());
    assertTrue(review.defections().get(3).estimated());
    assertEquals(new BigDecimal("30"), review.defections().get(3).value());
  }

  @Test
  void aRecordedValueIsNeverEstimatedAndAMissingRevenueIsWorthNothing() {
    Defection unknown = new Defection(new DefectionId(1), new CustomerId(1), Instant.parse("2026-06-01T10:00:00Z"),
        "PRICE", null, null, null);
    assertEquals(BigDecimal.ZERO, LostCustomer.of(unknown, null, 0).value());
    assertThrows(IllegalArgumentException.class, () -> new LostCustomer(unknown, BigDecimal.ONE, false, 0));
  }

  @Test
  void reasonsAreCountedMostFrequentFirstThenByValue() {
    LossReview review = LossReview.of(JUNE, NOW, List.of(defection(1, "PRICE", "100"),
        defection(2, "SERVICE", null), defection(3, "SERVICE", "500"), defection(4, "FIT", "900")), List.of());

    assertEquals(List.of(new LossReasonCount("SERVICE", 2, new BigDecimal("530")),
        new LossReasonCount("FIT", 1, new BigDecimal("900")),
        new LossReasonCount("PRICE", 1, new BigDecimal("100"))), review.reasons());
  }

  @Test
  void reasonsBeforeCallsCountTheReasonsFirstRecordedAndEachExecutiveHasDoneAndOpenCalls() {
    Defection changed = new Defection(new DefectionId(1), new CustomerId(1), Instant.parse("2026-06-01T10:00:00Z"),
        "SERVICE", null, null, BigDecimal.TEN, "PRICE");
    LossReviewCall done = new LossReviewCall(new LossReviewCallId(1), JUNE, "ann", new CustomerId(1),
        new DefectionId(1), java.util.Optional.of(new CallOutcome(true, "SERVICE", null, null, NOW)));
    LossReviewCall open = new LossReviewCall(new LossReviewCallId(2), JUNE, "ann", new CustomerId(2),
        new DefectionId(2), java.util.Optional.empty());

    LossReview review = LossReview.of(JUNE, NOW, List.of(LostCustomer.of(changed, null, 0)), List.of(done, open));

    assertEquals("SERVICE", review.reasons().get(0).reasonCode());
    assertEquals("PRICE", review.reasonsBeforeCalls().get(0).reasonCode());
    assertEquals(List.of(new ExecutiveCalls("ann", 1, 1)), review.executives());
  }
}
