package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.NOW;
import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.otherTenant;
import static io.customerintel.application.fakes.Fakes.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.fakes.InMemoryLossReviewCalls;
import io.customerintel.application.fakes.InMemoryLossReviews;
import io.customerintel.application.port.in.AssignLossReviewCallsUseCase;
import io.customerintel.application.port.in.RecordCallOutcomeUseCase;
import io.customerintel.application.port.in.StartLossReviewUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.in.ViewLossReviewUseCase;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.lossreview.CallStatus;
import io.customerintel.domain.lossreview.LossReview;
import io.customerintel.domain.lossreview.LossReviewCall;
import io.customerintel.domain.lossreview.LossReviewCallId;
import io.customerintel.domain.validation.ProblemCodes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LossReviewCallServiceTest {
  Fakes fakes;
  InMemoryLossReviews reviews;
  LossReviewService view;
  LossReviewCallService service;

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    reviews = new InMemoryLossReviews();
    InMemoryLossReviewCalls calls = new InMemoryLossReviewCalls(reviews);
    view = new LossReviewService(reviews, calls, Fakes.CLOCK);
    service = new LossReviewCallService(reviews, calls, fakes.reasons, fakes.changes, Fakes.CLOCK);
  }

  void left(long id, String month, String value) {
    reviews.add(TENANT_ID, new Defection(new DefectionId(id), new CustomerId(id),
        Instant.parse(month + "-10T10:00:00Z"), "TOO_EXPENSIVE", null, null, new BigDecimal(value)));
  }

  void start(String month) {
    await(view.startLossReview(new StartLossReviewUseCase.Command(tenant(), month)));
  }

  AssignLossReviewCallsUseCase.Result assign(String month, List<String> executives, int calls) {
    return await(service.assignLossReviewCalls(new AssignLossReviewCallsUseCase.Command(tenant(), month, executives,
        calls)));
  }

  static List<String> dealt(List<LossReviewCall> calls) {
    return calls.stream().map(c -> c.executive() + c.customerId().value()).toList();
  }

  static List<String> codes(List<UserError> errors) {
    return errors.stream().map(UserError::code).toList();
  }

  @Test
  void theMostValuableLostCustomersAreDealtRoundRobinAndAssigningAgainTopsUp() {
    left(1, "2025-02", "100");
    left(2, "2025-02", "900");
    left(3, "2025-02", "500");
    start("2025-02");

    assertEquals(List.of("ann2", "bob3"), dealt(assign("2025-02", List.of("ann", "bob"), 1).calls()));
    assertEquals(List.of("ann2", "bob3"), dealt(assign("2025-02", List.of("ann", "bob"), 1).calls()));
    assertEquals(List.of("ann2", "ann1"), dealt(assign("2025-02", List.of("ann"), 2).calls()));
  }

  @Test
  void aCustomerCalledForAnEarlierReviewIsNotCalledAgain() {
    left(1, "2025-01", "100");
    start("2025-01");
    assign("2025-01", List.of("ann"), 5);
    reviews.add(TENANT_ID, new Defection(new DefectionId(2), new CustomerId(1), Instant.parse("2025-02-10T10:00:00Z"),
        "TOO_EXPENSIVE", null, null, BigDecimal.TEN));
    start("2025-02");

    assertEquals(List.of(), assign("2025-02", List.of("ann"), 5).calls());
  }

  @Test
  void badAssignmentsAreRefusedEachWithItsCode() {
    assertEquals(List.of(ProblemCodes.INVALID_FORMAT, ProblemCodes.REQUIRED, ProblemCodes.TOO_LONG,
            ProblemCodes.DUPLICATE_IN_BATCH, ProblemCodes.OUT_OF_RANGE),
        codes(assign("2025/02", List.of("ann", " ", "x".repeat(101), "ann"), 51).userErrors()));
    assertEquals(List.of(ProblemCodes.OUT_OF_RANGE), codes(assign("2025-02", List.of(), 10).userErrors()));
    assertEquals(List.of(ProblemCodes.REVIEW_NOT_STARTED), codes(assign("2025-02", List.of("ann"), 10).userErrors()));
  }

  @Test
  void aConfirmedReasonReplacesTheDefectionsAndKeepsTheOriginal() {
    left(1, "2025-02", "100");
    start("2025-02");
    LossReviewCall call = assign("2025-02", List.of("ann"), 1).calls().get(0);

    RecordCallOutcomeUseCase.Result done = record(call.id(), true, "POOR_SERVICE");

    assertEquals(CallStatus.DONE, done.call().orElseThrow().status());
    assertEquals(NOW, done.call().orElseThrow().outcome().orElseThrow().recordedAt());
    LossReview review = await(view.lossReview(new ViewLossReviewUseCase.Query(tenant(), "2025-02"))).orElseThrow();
    Defection changed = review.defections().get(0).defection();
    assertEquals("POOR_SERVICE", changed.reasonCode());
    assertEquals("TOO_EXPENSIVE", changed.originalReasonCode());
    assertEquals("POOR_SERVICE", review.reasons().get(0).reasonCode());
    assertEquals(List.of(TENANT_ID), fakes.changes.changed);
    assertEquals(done, record(call.id(), true, "POOR_SERVICE"));
    assertEquals(List.of(ProblemCodes.ALREADY_CLOSED), codes(record(call.id(), false, null).userErrors()));
  }

  @Test
  void badOutcomesAreRefusedEachWithItsCode() {
    left(1, "2025-02", "100");
    start("2025-02");
    LossReviewCall call = assign("2025-02", List.of("ann"), 1).calls().get(0);

    assertEquals(List.of(ProblemCodes.NOT_REACHED), codes(record(call.id(), false, "POOR_SERVICE").userErrors()));
    assertEquals(List.of(ProblemCodes.UNKNOWN_REASON), codes(record(call.id(), true, "NOPE").userErrors()));
    assertEquals(List.of(ProblemCodes.NOT_FOUND), codes(record(new LossReviewCallId(99), true, null).userErrors()));
    assertTrue(await(service.recordCallOutcome(new RecordCallOutcomeUseCase.Command(otherTenant(), call.id(), true,
        null, null, null))).call().isEmpty());
  }

  RecordCallOutcomeUseCase.Result record(LossReviewCallId id, boolean reached, String reason) {
    return await(service.recordCallOutcome(new RecordCallOutcomeUseCase.Command(tenant(), id, reached, reason,
        reached ? Boolean.FALSE : null, "n")));
  }
}
