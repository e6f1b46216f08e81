package io.customerintel.domain.winback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewCadenceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @Test
  void aListNeverReviewedIsDueToday() {
    assertEquals(TODAY, ReviewCadence.DEFAULT.nextDue(Optional.empty(), TODAY));
  }

  @Test
  void theNextReviewIsDueTheCadenceAfterTheLastOne() {
    assertEquals(LocalDate.of(2026, 12, 15), ReviewCadence.DEFAULT.nextDue(Optional.of(TODAY), TODAY));
    assertEquals(LocalDate.of(2026, 2, 28), new ReviewCadence(1).nextDue(Optional.of(LocalDate.of(2026, 1, 31)), TODAY));
  }

  @Test
  void cadencesOutsideOneToTwentyFourMonthsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ReviewCadence(0));
    assertThrows(IllegalArgumentException.class, () -> new ReviewCadence(25));
    assertEquals(24, new ReviewCadence(24).months());
  }

  @Test
  void theRateIsPerCustomerAttemptedAndAbsentWithoutAttempts() {
    assertEquals(0.5, new WinBackTally(3, 2, 1).winBackRate());
    assertNull(WinBackTally.NONE.winBackRate());
    assertThrows(IllegalArgumentException.class, () -> new WinBackTally(1, 1, 2));
  }
}
