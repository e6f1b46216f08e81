package io.customerintel.domain.purchase;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.domain.customer.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PurchaseTest {
  static final PurchaseId ID = new PurchaseId(1);
  static final CustomerId CUSTOMER = new CustomerId(1);
  static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");

  @Test
  void aPurchaseHasANonNegativeAmountAndAtLeastOneItem() {
    assertDoesNotThrow(() -> new Purchase(ID, CUSTOMER, "p1", AT, BigDecimal.ZERO, 1));
    assertThrows(IllegalArgumentException.class, () -> new Purchase(ID, CUSTOMER, "p1", AT, new BigDecimal("-1"), 1));
    assertThrows(IllegalArgumentException.class, () -> new Purchase(ID, CUSTOMER, "p1", AT, BigDecimal.ONE, 0));
    assertThrows(NullPointerException.class, () -> new Purchase(ID, CUSTOMER, "p1", null, BigDecimal.ONE, 1));
    assertThrows(NullPointerException.class, () -> new Purchase(ID, CUSTOMER, "p1", AT, null, 1));
  }
}
