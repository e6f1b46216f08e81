package io.customerintel.domain.savedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.domain.analytics.Period;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.DefaultDefectionReasons;
import io.customerintel.domain.defection.DefectionReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SaveDeskRulesTest {
  static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");

  static DefectionReason reason(String code) {
    return DefaultDefectionReasons.ALL.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @CsvSource({"CANNOT_AFFORD, true", "TOO_EXPENSIVE, false", "PRODUCT_NOT_SUITABLE, true", "QUALITY_PROBLEMS, false",
      "NO_LONGER_NEEDED, true", "MOVED_OR_CLOSED, true", "POOR_SERVICE, false", "STAFF_INDIFFERENCE, false",
      "SWITCHED_TO_COMPETITOR, false", "OTHER, false"})
  void onlyUnavoidablePriceFitAndNeedReasonsAreDoNotPressure(String code, boolean doNotPressure) {
    assertEquals(doNotPressure, SaveDeskRules.doNotPressure(reason(code)));
  }

  @Test
  void savingSomeoneWhoCannotAffordItIsRefusedWithTheReasonWhy() {
    String why = SaveDeskRules.refusal(reason("CANNOT_AFFORD"), SaveOutcome.SAVED).orElseThrow();
    assertTrue(why.contains("Cannot afford it") && why.contains("pressure"));
  }

  @Test
  void listeningAndLettingGoAreAlwaysAllowed() {
    for (DefectionReason reason : DefaultDefectionReasons.ALL) {
      assertTrue(SaveDeskRules.refusal(reason, SaveOutcome.LOST).isEmpty());
      assertTrue(SaveDeskRules.refusal(reason, SaveOutcome.NOT_PURSUED).isEmpty());
    }
    assertTrue(SaveDeskRules.refusal(reason("POOR_SERVICE"), SaveOutcome.SAVED).isEmpty());
  }

  @Test
  void aRequestTakesTheStatusOfTheAttemptThatClosedIt() {
    var open = new CancellationRequest(new CancellationRequestId(1), new CustomerId(1), "OTHER", AT, List.of());
    assertEquals(CancellationStatus.OPEN, open.status());
    var lost = new CancellationRequest(new CancellationRequestId(1), new CustomerId(1), "OTHER", AT,
        List.of(new SaveAttempt(SaveOutcome.LOST, null, null, AT)));
    assertEquals(CancellationStatus.LOST, lost.status());
    assertThrows(IllegalArgumentException.class, () -> new CancellationRequest(new CancellationRequestId(1),
        new CustomerId(1), "OTHER", AT, List.of(lost.attempts().get(0), lost.attempts().get(0))));
  }

  @Test
  void theSaveRateIsSavedOverSavedAndLost() {
    List<RequestTally> tallies = List.of(
        new RequestTally(LocalDate.parse("2026-05-02"), "POOR_SERVICE", CancellationStatus.SAVED, 9),
        new RequestTally(LocalDate.parse("2026-05-03"), "POOR_SERVICE", CancellationStatus.LOST, 16),
        new RequestTally(LocalDate.parse("2026-06-03"), "CANNOT_AFFORD", CancellationStatus.NOT_PURSUED, 4),
        new RequestTally(LocalDate.parse("2026-06-04"), "CANNOT_AFFORD", CancellationStatus.OPEN, 1));
    SaveDeskStats stats = SaveDeskStats.of(tallies, List.of(
        new Period(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31")),
        new Period(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"))));
    assertEquals(new SaveDeskCounts(30, 9, 16, 4, 1), stats.total());
    assertEquals(0.36, stats.total().saveRate(), 1e-12);
    assertEquals("POOR_SERVICE", stats.byReason().get(0).reasonCode());
    assertNull(stats.byReason().get(1).counts().saveRate());
    assertEquals(25, stats.periods().get(0).counts().requests());
    assertEquals(5, stats.periods().get(1).counts().requests());
  }
}
