package io.customerintel.domain.lossreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallAssignmentTest {
  private static LostCustomer lost(long defection, long customer, String value) {
    return LostCustomer.of(new Defection(new DefectionId(defection), new CustomerId(customer),
        Instant.parse("2026-05-10T10:00:00Z"), "PRICE", null, null, new BigDecimal(value)), null, 0);
  }

  private static List<String> dealt(List<CallAssignment> assignments) {
    return assignments.stream().map(a -> a.executive() + a.lost().defection().customerId().value()).toList();
  }

  @Test
  void theMostValuableCustomersAreDealtRoundRobinUpToEachExecutivesShare() {
    List<LostCustomer> lost = List.of(lost(1, 1, "900"), lost(2, 2, "800"), lost(3, 3, "700"), lost(4, 4, "600"),
        lost(5, 5, "500"));

    assertEquals(List.of("ann1", "bob2", "ann3", "bob4"),
        dealt(CallAssignment.deal(lost, List.of("ann", "bob"), 2, Map.of(), Set.of())));
  }

  @Test
  void customersCalledBeforeAndASecondDefectionOfTheSameCustomerAreSkipped() {
    List<LostCustomer> lost = List.of(lost(1, 1, "900"), lost(2, 2, "800"), lost(3, 2, "700"), lost(4, 4, "600"));

    assertEquals(List.of("ann2", "bob4"),
        dealt(CallAssignment.deal(lost, List.of("ann", "bob"), 5, Map.of(), Set.of(new CustomerId(1)))));
  }

  @Test
  void callsHeldAlreadyCountAgainstTheShareSoAssigningAgainOnlyTopsUp() {
    List<LostCustomer> lost = List.of(lost(1, 1, "900"), lost(2, 2, "800"), lost(3, 3, "700"));

    assertEquals(List.of("bob1", "bob2"),
        dealt(CallAssignment.deal(lost, List.of("ann", "bob"), 2, Map.of("ann", 2), Set.of())));
    assertEquals(List.of(), CallAssignment.deal(lost, List.of("ann"), 2, Map.of("ann", 2), Set.of()));
  }

  @Test
  void onlyAReachedCustomerConfirmsAReason() {
    assertThrows(IllegalArgumentException.class,
        () -> new CallOutcome(false, "PRICE", null, null, Instant.parse("2026-06-15T12:00:00Z")));
  }
}
