package io.customerintel.domain.winback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.domain.customer.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WinBackCandidateTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  private static final LocalDate SEEN = LocalDate.of(2026, 1, 10);

  @Test
  void anInactiveCustomerIsListedForTheDaysWithoutAPurchase() {
    var candidate = new WinBackCandidate(new CustomerId(1), "a", WinBackKind.INACTIVE, BigDecimal.TEN, SEEN,
        TODAY.minusDays(400), null, null);
    assertEquals("no purchase for 400 days (inactive after 182)", candidate.reason(TODAY, 182));
  }

  @Test
  void aLostCustomerIsListedForTheirAvoidableReason() {
    var candidate = new WinBackCandidate(new CustomerId(1), "a", WinBackKind.LOST, BigDecimal.TEN, SEEN,
        null, "STAFF_INDIFFERENCE", LocalDate.of(2026, 3, 1));
    assertEquals("left for STAFF_INDIFFERENCE (avoidable) on 2026-03-01", candidate.reason(TODAY, 182));
  }

  @Test
  void aProspectIsListedForNeverHavingBought() {
    var candidate = new WinBackCandidate(new CustomerId(1), "a", WinBackKind.UNCONVERTED_PROSPECT, BigDecimal.ZERO,
        SEEN, null, null, null);
    assertEquals("first seen 2026-01-10, never bought", candidate.reason(TODAY, 182));
  }

  @Test
  void aLostCandidateNeedsItsDefection() {
    assertThrows(NullPointerException.class, () -> new WinBackCandidate(new CustomerId(1), "a", WinBackKind.LOST,
        BigDecimal.ONE, SEEN, null, null, null));
  }
}
