package io.customerintel.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.HistoryBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerTest {
  static final CustomerId ID = new CustomerId(1);
  static final Instant SEEN = Instant.parse("2024-05-01T00:00:00Z");

  @Test
  void aCustomerIsKnownSinceTheyWereFirstSeen() {
    assertEquals(SEEN, new Customer(ID, "c1", null, null, SEEN, CustomerFacts.NONE, null).knownSince());
  }

  @Test
  void aFirstPurchaseBeforeTheyWereFirstSeenMovesKnownSinceEarlier() {
    CustomerFacts facts = HistoryBuilder.customer().boughtOn(LocalDate.of(2024, 1, 1)).facts();
    Customer customer = new Customer(ID, "c1", null, null, SEEN, facts, null);
    assertEquals(facts.firstPurchaseAt(), customer.knownSince());
    CustomerFacts later = HistoryBuilder.customer().boughtOn(LocalDate.of(2024, 6, 1)).facts();
    assertEquals(SEEN, new Customer(ID, "c1", null, null, SEEN, later, null).knownSince());
  }

  @Test
  void attributesAreCopiedAndUnmodifiable() {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("plan", "gold");
    attributes.put("gone", null);
    Customer customer = new Customer(ID, "c1", "Ann", attributes, SEEN, CustomerFacts.NONE, null);
    attributes.put("plan", "silver");
    assertEquals("gold", customer.attributes().get("plan"));
    assertThrows(UnsupportedOperationException.class, () -> customer.attributes().put("x", 1));
    assertNull(new Customer(ID, "c1", null, null, SEEN, CustomerFacts.NONE, null).attributes());
  }

  @Test
  void aCustomerNeedsIdExternalIdFirstSeenAndFacts() {
    assertThrows(NullPointerException.class, () -> new Customer(null, "c", null, null, SEEN, CustomerFacts.NONE, null));
    assertThrows(NullPointerException.class, () -> new Customer(ID, null, null, null, SEEN, CustomerFacts.NONE, null));
    assertThrows(NullPointerException.class, () -> new Customer(ID, "c", null, null, null, CustomerFacts.NONE, null));
    assertThrows(NullPointerException.class, () -> new Customer(ID, "c", null, null, SEEN, null, null));
  }

  @Test
  void idsArePositive() {
    assertThrows(IllegalArgumentException.class, () -> new CustomerId(0));
    assertThrows(IllegalArgumentException.class, () -> new CustomerId(-5));
    assertThrows(IllegalArgumentException.class, () -> new io.customerintel.domain.tenant.TenantId(0));
    assertThrows(IllegalArgumentException.class, () -> new io.customerintel.domain.purchase.PurchaseId(0));
    assertThrows(IllegalArgumentException.class, () -> new io.customerintel.domain.defection.DefectionId(0));
    assertThrows(IllegalArgumentException.class, () -> new io.customerintel.domain.survey.SurveyResponseId(0));
    assertEquals(7, new CustomerId(7).value());
  }
}
