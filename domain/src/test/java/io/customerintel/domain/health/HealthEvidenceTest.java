package io.customerintel.domain.health;

import static io.customerintel.domain.health.HealthCustomer.customer;
import static io.customerintel.domain.health.HealthCustomer.noon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cutting recorded evidence to what had happened by an instant. */
class HealthEvidenceTest {
  static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  @Test
  void laterPurchaseDaysInvitationsAndFollowUpsAreLeftOut() {
    HealthCustomer c = customer().boughtOn(DAY, DAY.plusDays(1)).invitedAt(noon(DAY.plusDays(1)))
        .followedUpAt(noon(DAY.plusDays(1)));
    HealthInputs inputs = c.evidence().at(noon(DAY), null);
    assertEquals(1, inputs.purchaseDays().size());
    assertEquals(0, inputs.surveyResponses().size());
    assertEquals(0, inputs.followUps().size());
  }

  @Test
  void anAnswerGivenLaterIsNotYetGiven() {
    Instant answered = noon(DAY);
    HealthCustomer c = customer().recommended(answered, 3);
    HealthInputs before = c.evidence().at(answered.minusSeconds(1), null);
    assertEquals(1, before.surveyResponses().size());
    assertNull(before.surveyResponses().get(0).respondedAt());
    assertNull(before.surveyResponses().get(0).likelihoodToRecommend());
    assertEquals(3, c.evidence().at(answered, null).surveyResponses().get(0).likelihoodToRecommend());
  }

  @Test
  void theNextArrivalIsTheEarliestLaterItem() {
    HealthCustomer c = customer().boughtOn(DAY.plusDays(2)).followedUpAt(noon(DAY).plusSeconds(5));
    assertEquals(Optional.of(noon(DAY).plusSeconds(5)), c.evidence().nextArrivalAfter(noon(DAY)));
    assertEquals(Optional.of(DAY.plusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
        c.evidence().nextArrivalAfter(noon(DAY).plusSeconds(5)));
    assertEquals(Optional.empty(), c.evidence().nextArrivalAfter(noon(DAY.plusDays(2))));
  }
}
