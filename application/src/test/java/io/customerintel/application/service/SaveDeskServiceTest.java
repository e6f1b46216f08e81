package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.NOW;
import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.otherTenant;
import static io.customerintel.application.fakes.Fakes.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.fakes.InMemoryCancellationRequests;
import io.customerintel.application.port.in.DateRange;
import io.customerintel.application.port.in.RecordSaveAttemptUseCase;
import io.customerintel.application.port.in.RequestCancellationUseCase;
import io.customerintel.application.port.in.RequestCancellationUseCase.Result;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.in.ViewSaveDeskStatsUseCase;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.savedesk.CancellationRequest;
import io.customerintel.domain.savedesk.CancellationRequestId;
import io.customerintel.domain.savedesk.CancellationStatus;
import io.customerintel.domain.savedesk.SaveDeskStats;
import io.customerintel.domain.savedesk.SaveOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SaveDeskServiceTest {
  static final Instant ASKED = NOW.minus(Duration.ofDays(2));

  Fakes fakes;
  InMemoryCancellationRequests requests;
  SaveDeskService service;

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    fakes.store.seedCustomer(TENANT_ID, "c1");
    requests = new InMemoryCancellationRequests(fakes.defections);
    DefectionService defections = new DefectionService(fakes.customers, fakes.defections, fakes.reasons,
        fakes.ranking, Fakes.CLOCK, fakes.changes);
    service = new SaveDeskService(fakes.customers, fakes.reasons, requests, defections, fakes.ranking, Fakes.CLOCK);
  }

  Result request(String customer, String reason, Instant at) {
    return await(service.requestCancellation(new RequestCancellationUseCase.Command(tenant(), customer, reason, at)));
  }

  CancellationRequestId opened(String reason) {
    return request("c1", reason, ASKED).request().orElseThrow().id();
  }

  Result attempt(CancellationRequestId id, SaveOutcome outcome, String offer) {
    return await(service.recordSaveAttempt(new RecordSaveAttemptUseCase.Command(tenant(), id, outcome, offer, "n")));
  }

  static List<String> codes(Result result) {
    return result.userErrors().stream().map(UserError::code).toList();
  }

  @Test
  void aRequestIsOpenUntilAnAttemptClosesIt() {
    CancellationRequestId id = opened("POOR_SERVICE");
    assertEquals(CancellationStatus.OPEN, await(requests.byIds(TENANT_ID, List.of(id))).get(id).status());
    CancellationRequest saved = attempt(id, SaveOutcome.SAVED, "a month free").request().orElseThrow();
    assertEquals(CancellationStatus.SAVED, saved.status());
    assertEquals(NOW, saved.attempts().get(0).at());
    assertEquals(List.of(), fakes.store.defections(TENANT_ID));
  }

  @Test
  void theSameRequestAgainReturnsTheStoredOne() {
    assertEquals(opened("POOR_SERVICE"), opened("POOR_SERVICE"));
  }

  @Test
  void unknownCustomerAndReasonAreBothReported() {
    assertEquals(List.of("UNKNOWN_CUSTOMER", "UNKNOWN_REASON"), codes(request("nobody", "NO_SUCH_REASON", ASKED)));
  }

  @Test
  void aRequestTooFarInTheFutureIsRefused() {
    assertEquals(List.of("IN_FUTURE"), codes(request("c1", "POOR_SERVICE", NOW.plus(Duration.ofDays(2)))));
  }

  @Test
  void aCustomerWhoCannotAffordItIsNotTalkedIntoStaying() {
    CancellationRequestId id = opened("CANNOT_AFFORD");
    Result refused = attempt(id, SaveOutcome.SAVED, "20% off");
    assertEquals(List.of("DO_NOT_PRESSURE"), codes(refused));
    assertTrue(refused.userErrors().get(0).message().contains("pressure"));
    assertTrue(await(requests.byIds(TENANT_ID, List.of(id))).get(id).isOpen());
    assertEquals(CancellationStatus.NOT_PURSUED,
        attempt(id, SaveOutcome.NOT_PURSUED, null).request().orElseThrow().status());
  }

  @Test
  void lostRecordsTheDefectionOnceEvenWhenRetried() {
    CancellationRequestId id = opened("POOR_SERVICE");
    attempt(id, SaveOutcome.LOST, null);
    Result retry = attempt(id, SaveOutcome.LOST, null);
    assertEquals(List.of(), retry.userErrors());
    assertEquals(1, fakes.store.defections(TENANT_ID).size());
    assertEquals(NOW, fakes.store.defections(TENANT_ID).get(0).occurredAt());
    assertEquals("POOR_SERVICE", fakes.store.defections(TENANT_ID).get(0).reasonCode());
  }

  @Test
  void aClosedRequestRefusesADifferentAttempt() {
    CancellationRequestId id = opened("POOR_SERVICE");
    attempt(id, SaveOutcome.SAVED, "a month free");
    assertEquals(List.of("ALREADY_CLOSED"), codes(attempt(id, SaveOutcome.SAVED, "two months free")));
    assertEquals(List.of("ALREADY_CLOSED"), codes(attempt(id, SaveOutcome.LOST, "a month free")));
  }

  @Test
  void anotherTenantsRequestIsNotFound() {
    CancellationRequestId id = opened("POOR_SERVICE");
    Result result = await(service.recordSaveAttempt(
        new RecordSaveAttemptUseCase.Command(otherTenant(), id, SaveOutcome.SAVED, null, null)));
    assertEquals(List.of("NOT_FOUND"), codes(result));
    assertEquals(java.util.Map.of(), await(service.cancellationRequestsByIds(otherTenant(), List.of(id))));
  }

  @Test
  void statsCountByStatusReasonAndPeriod() {
    attempt(opened("POOR_SERVICE"), SaveOutcome.SAVED, null);
    attempt(request("c1", "POOR_SERVICE", ASKED.minus(Duration.ofDays(30))).request().orElseThrow().id(),
        SaveOutcome.LOST, null);
    request("c1", "CANNOT_AFFORD", ASKED);
    SaveDeskStats stats = await(service.saveDeskStats(new ViewSaveDeskStatsUseCase.Query(tenant(),
        new DateRange(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-31")), Interval.MONTH)));
    assertEquals(3, stats.total().requests());
    assertEquals(1, stats.total().open());
    assertEquals(0.5, stats.total().saveRate());
    assertEquals("POOR_SERVICE", stats.byReason().get(0).reasonCode());
    assertNull(stats.byReason().get(1).counts().saveRate());
    assertEquals(List.of(0, 1, 2), stats.periods().stream().map(p -> p.counts().requests()).toList());
  }

  @Test
  void statsOverTooManyPeriodsAreRefused() {
    var range = new DateRange(LocalDate.parse("2000-01-01"), LocalDate.parse("2025-01-01"));
    assertEquals(ErrorCodes.RANGE_TOO_LARGE, Fakes.refusal(() -> service.saveDeskStats(
        new ViewSaveDeskStatsUseCase.Query(tenant(), range, Interval.DAY))).code());
  }
}
