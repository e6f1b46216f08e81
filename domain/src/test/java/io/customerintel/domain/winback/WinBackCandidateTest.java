package io.customerintel.domain.winback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.prediction.BgNbd;
import io.customerintel.domain.prediction.GammaGamma;
import io.customerintel.domain.prediction.PredictionModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WinBackCandidateTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  private static final LocalDate SEEN = LocalDate.of(2026, 1, 10);

  @Test
  void anInactiveCustomerIsListedForTheDaysWithoutAPurchase() {
    var candidate = new WinBackCandidate(new CustomerId(1), "a", WinBackKind.INACTIVE, BigDecimal.TEN, null, SEEN,
        TODAY.minusDays(400), null, null);
    assertEquals("no purchase for 400 days (inactive after 182)", candidate.reason(TODAY, 182));
  }

  @Test
  void aLostCustomerIsListedForTheirAvoidableReason() {
    var candidate = new WinBackCandidate(new CustomerId(1), "a", WinBackKind.LOST, BigDecimal.TEN, null, SEEN,
        null, "STAFF_INDIFFERENCE", LocalDate.of(2026, 3, 1));
    assertEquals("left for STAFF_INDIFFERENCE (avoidable) on 2026-03-01", candidate.reason(TODAY, 182));
  }

  @Test
  void aProspectIsListedForNeverHavingBought() {
    var candidate = new WinBackCandidate(new CustomerId(1), "a", WinBackKind.UNCONVERTED_PROSPECT, BigDecimal.ZERO, null,
        SEEN, null, null, null);
    assertEquals("first seen 2026-01-10, never bought", candidate.reason(TODAY, 182));
  }

  @Test
  void aLostCandidateNeedsItsDefection() {
    assertThrows(NullPointerException.class, () -> new WinBackCandidate(new CustomerId(1), "a", WinBackKind.LOST,
        BigDecimal.ONE, null, SEEN, null, null, null));
  }

  @Test
  void aListIsOrderedByPredictedValueOnlyOnceASpendModelIsFittedAndNeverForProspects() {
    var model = new PredictionModel(new BgNbd(0.243, 4.414, 0.793, 2.426), new GammaGamma(6.25, 3.74, 15.44),
        Interval.WEEK);
    var countsOnly = new PredictionModel(model.purchases(), null, model.period());
    assertEquals(WinBackValueBasis.PREDICTED_VALUE, WinBackValueBasis.of(WinBackKind.INACTIVE, model));
    assertEquals(WinBackValueBasis.PREDICTED_VALUE, WinBackValueBasis.of(WinBackKind.LOST, model));
    assertEquals(WinBackValueBasis.LIFETIME_REVENUE, WinBackValueBasis.of(WinBackKind.UNCONVERTED_PROSPECT, model));
    assertEquals(WinBackValueBasis.LIFETIME_REVENUE, WinBackValueBasis.of(WinBackKind.INACTIVE, countsOnly));
    assertEquals(WinBackValueBasis.LIFETIME_REVENUE, WinBackValueBasis.of(WinBackKind.INACTIVE, null));
  }

  @Test
  void aCandidateNotYetValuedByTheModelCountsAsZeroOnThePredictedBasis() {
    var valued = new WinBackCandidate(new CustomerId(1), "a", WinBackKind.INACTIVE, BigDecimal.TEN,
        new BigDecimal("3.5"), SEEN, SEEN, null, null);
    var unvalued = new WinBackCandidate(new CustomerId(2), "b", WinBackKind.INACTIVE, BigDecimal.TEN, null, SEEN, SEEN,
        null, null);
    assertEquals(new BigDecimal("3.5"), valued.value(WinBackValueBasis.PREDICTED_VALUE));
    assertEquals(BigDecimal.TEN, valued.value(WinBackValueBasis.LIFETIME_REVENUE));
    assertEquals(BigDecimal.ZERO, unvalued.value(WinBackValueBasis.PREDICTED_VALUE));
  }
}
