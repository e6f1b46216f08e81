package io.customerintel.domain.survey;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.domain.customer.CustomerId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SurveyResponseTest {
  static final Instant SENT = Instant.parse("2024-01-01T00:00:00Z");

  static SurveyResponse withScore(Integer score) {
    return new SurveyResponse(new SurveyResponseId(1), new CustomerId(1), "nps-q1", SENT, null, null, null, score,
        null, null);
  }

  @Test
  void aRecommendScoreIsFromZeroToTen() {
    assertDoesNotThrow(() -> withScore(0));
    assertDoesNotThrow(() -> withScore(10));
    assertDoesNotThrow(() -> withScore(null));
    assertThrows(IllegalArgumentException.class, () -> withScore(-1));
    assertThrows(IllegalArgumentException.class, () -> withScore(11));
  }

  @Test
  void anUnansweredInvitationIsAResponseWithoutAnswers() {
    assertDoesNotThrow(() -> withScore(null));
    assertThrows(NullPointerException.class, () -> new SurveyResponse(new SurveyResponseId(1), new CustomerId(1),
        "s", null, null, null, null, null, null, null));
  }
}
