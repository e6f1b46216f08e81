package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.NOW;
import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.refusal;
import static io.customerintel.application.fakes.Fakes.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase.Command;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase.Item;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase.Result;
import io.customerintel.application.port.in.UserError;
import io.customerintel.domain.survey.SurveyResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SurveyIngestionServiceTest {
  static final Instant SENT = Instant.parse("2025-03-01T09:00:00Z");
  static final Instant ANSWERED = Instant.parse("2025-03-02T09:00:00Z");

  Fakes fakes;
  SurveyIngestionService service;

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    fakes.store.seedCustomer(TENANT_ID, "c1");
    fakes.store.seedCustomer(TENANT_ID, "c2");
    service = new SurveyIngestionService(fakes.customers, fakes.surveys, Fakes.CLOCK, fakes.changes);
  }

  static Item answer(String customer, String survey, Integer score) {
    return new Item(customer, survey, SENT, ANSWERED, true, true, score, false, "fine");
  }

  static Item invitation(String customer, String survey) {
    return new Item(customer, survey, SENT, null, null, null, null, null, null);
  }

  Result record(Item... items) {
    return await(service.recordSurveyResponses(new Command(tenant(), Arrays.asList(items))));
  }

  @Test
  void responsesAndUnansweredInvitationsAreStored() {
    assertEquals(new Result(2, List.of()), record(answer("c1", "q1", 9), invitation("c2", "q1")));
    assertEquals(2, fakes.store.surveyResponses(TENANT_ID).size());
  }

  @Test
  void aLaterAnswerCompletesTheInvitation() {
    record(invitation("c1", "q1"));
    record(answer("c1", "q1", 7));
    List<SurveyResponse> stored = fakes.store.surveyResponses(TENANT_ID);
    assertEquals(1, stored.size());
    assertEquals(7, stored.get(0).likelihoodToRecommend());
    assertEquals(ANSWERED, stored.get(0).respondedAt());
  }

  @Test
  void scoresZeroAndTenAreInRange() {
    assertEquals(new Result(2, List.of()), record(answer("c1", "q0", 0), answer("c1", "q10", 10)));
  }

  static Stream<Arguments> badItems() {
    return Stream.of(
        Arguments.of(answer("c1", "s", -1), "likelihoodToRecommend", "OUT_OF_RANGE"),
        Arguments.of(answer("c1", "s", 11), "likelihoodToRecommend", "OUT_OF_RANGE"),
        Arguments.of(answer(null, "s", 5), "customerExternalId", "REQUIRED"),
        Arguments.of(answer("c1", "", 5), "surveyId", "REQUIRED"),
        Arguments.of(answer("c1", "s".repeat(256), 5), "surveyId", "TOO_LONG"),
        Arguments.of(new Item("c1", "s", null, null, null, null, null, null, null), "sentAt", "REQUIRED"),
        Arguments.of(new Item("c1", "s", NOW.plus(Duration.ofDays(3)), null, null, null, null, null, null), "sentAt", "IN_FUTURE"),
        Arguments.of(new Item("c1", "s", SENT, SENT.minusSeconds(1), null, null, null, null, null), "respondedAt", "INVALID_RANGE"),
        Arguments.of(new Item("c1", "s", SENT, NOW.plus(Duration.ofDays(3)), null, null, null, null, null), "respondedAt", "IN_FUTURE"),
        Arguments.of(new Item("c1", "s", SENT, ANSWERED, null, null, null, null, "x".repeat(10_001)), "comment", "TOO_LONG"),
        Arguments.of(answer("c1", "ok0", 5), "surveyId", "DUPLICATE_IN_BATCH"),
        Arguments.of(answer("nobody", "s", 5), "customerExternalId", "UNKNOWN_CUSTOMER"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("badItems")
  void aBadItemIsReportedWithItsIndexFieldAndCodeWhileTheOthersAreStored(Item bad, String field, String code) {
    Result result = record(answer("c1", "ok0", 5), answer("c1", "ok1", 5), bad, answer("c2", "ok3", 5));
    assertEquals(1, result.userErrors().size(), result.userErrors().toString());
    UserError error = result.userErrors().get(0);
    assertEquals(2, error.index());
    assertEquals(List.of(field), error.field());
    assertEquals(code, error.code());
    assertEquals(3, result.recorded());
    assertEquals(3, fakes.store.surveyResponses(TENANT_ID).size());
  }

  @Test
  void aResponseAtTheMomentOfSendingIsFine() {
    assertEquals(new Result(1, List.of()), record(new Item("c1", "s", SENT, SENT, true, null, null, null, null)));
  }

  @Test
  void theSameSurveyForDifferentCustomersIsNoDuplicate() {
    assertEquals(new Result(2, List.of()), record(answer("c1", "q1", 5), answer("c2", "q1", 5)));
  }

  @Test
  void aBatchOf1001ResponsesIsRefusedWholeAndNothingIsStored() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      items.add(answer("c1", "q" + i, 5));
    }
    assertEquals(ErrorCodes.BATCH_TOO_LARGE,
        refusal(() -> service.recordSurveyResponses(new Command(tenant(), items))).code());
    assertTrue(fakes.store.surveyResponses(TENANT_ID).isEmpty());
  }

  @Test
  void onlyUnknownCustomersWritesNothing() {
    assertEquals(0, record(answer("ghost", "q", 1)).recorded());
    assertTrue(fakes.surveys.upserts.isEmpty());
  }
}
