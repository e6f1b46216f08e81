package io.customerintel.domain.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstPurchaseAfterDefectionTest {
  private static final LifecyclePolicy POLICY = LifecyclePolicy.DEFAULT;

  @Test
  void aProspectRecordedAsLostWhoThenBuysIsNewNotWonBack() {
    Instant bought = Instant.parse("2026-03-01T12:00:00Z");
    CustomerHistory history = new CustomerHistory(
        List.of(new PurchaseDayTotal(LocalDate.parse("2026-03-01"), 1, BigDecimal.TEN, bought, bought)),
        Optional.of(Instant.parse("2026-02-01T12:00:00Z")));
    CustomerFacts facts = POLICY.summarize(history);
    assertNull(facts.lastReturnDay());
    assertEquals(LifecycleStage.NEW, POLICY.stageOn(facts, LocalDate.parse("2026-03-10")));
  }
}
