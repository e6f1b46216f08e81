package io.customerintel.domain.defection;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.domain.customer.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DefectionReasonsTest {

  @Test
  void everyTenantStartsWithTheDocumentedReasons() {
    Map<String, DefectionReason> byCode = DefaultDefectionReasons.ALL.stream()
        .collect(Collectors.toMap(DefectionReason::code, Function.identity()));
    assertEquals(List.of(
        new DefectionReason("STAFF_INDIFFERENCE", "Staff indifference", DefectionCategory.INDIFFERENCE, true),
        new DefectionReason("NO_FOLLOW_UP", "No follow-up", DefectionCategory.INDIFFERENCE, true),
        new DefectionReason("POOR_SERVICE", "Poor service", DefectionCategory.SERVICE_QUALITY, true),
        new DefectionReason("PRODUCT_NOT_SUITABLE", "Product not suitable", DefectionCategory.PRODUCT_FIT, false),
        new DefectionReason("QUALITY_PROBLEMS", "Quality problems", DefectionCategory.PRODUCT_FIT, true),
        new DefectionReason("TOO_EXPENSIVE", "Too expensive", DefectionCategory.PRICE, true),
        new DefectionReason("CANNOT_AFFORD", "Cannot afford it", DefectionCategory.PRICE, false),
        new DefectionReason("SWITCHED_TO_COMPETITOR", "Switched to a competitor", DefectionCategory.COMPETITOR, true),
        new DefectionReason("MOVED_OR_CLOSED", "Moved away or closed", DefectionCategory.NO_LONGER_NEEDED, false),
        new DefectionReason("NO_LONGER_NEEDED", "No longer needed", DefectionCategory.NO_LONGER_NEEDED, false),
        new DefectionReason("OTHER", "Other", DefectionCategory.OTHER, false)), DefaultDefectionReasons.ALL);
    assertEquals(DefaultDefectionReasons.ALL.size(), byCode.size(), "codes are unique");
  }

  @Test
  void everyCategoryHasADefaultReason() {
    assertEquals(DefectionCategory.values().length,
        DefaultDefectionReasons.ALL.stream().map(DefectionReason::category).distinct().count());
  }

  @Test
  void reasonCodesAreUpperCaseIdentifiersOfAtMost64Characters() {
    assertDoesNotThrow(() -> new DefectionReason("A", "x", DefectionCategory.OTHER, false));
    assertDoesNotThrow(() -> new DefectionReason("A" + "_9".repeat(31) + "Z", "x", DefectionCategory.OTHER, false));
    for (String bad : new String[] {null, "", "lower", "1ABC", "_A", "A-B", "A B", "A" + "B".repeat(64)}) {
      assertThrows(IllegalArgumentException.class, () -> new DefectionReason(bad, "x", DefectionCategory.OTHER, false),
          String.valueOf(bad));
    }
  }

  @Test
  void reasonLabelsHaveOneTo200Characters() {
    assertDoesNotThrow(() -> new DefectionReason("A", "x".repeat(200), DefectionCategory.OTHER, false));
    assertThrows(IllegalArgumentException.class, () -> new DefectionReason("A", "x".repeat(201), DefectionCategory.OTHER, false));
    assertThrows(IllegalArgumentException.class, () -> new DefectionReason("A", " ", DefectionCategory.OTHER, false));
    assertThrows(IllegalArgumentException.class, () -> new DefectionReason("A", null, DefectionCategory.OTHER, false));
    assertThrows(NullPointerException.class, () -> new DefectionReason("A", "x", null, false));
  }

  @Test
  void aDefectionMayNotHaveANegativeLostValue() {
    DefectionId id = new DefectionId(1);
    CustomerId customer = new CustomerId(1);
    Instant at = Instant.parse("2024-01-01T00:00:00Z");
    assertThrows(IllegalArgumentException.class,
        () -> new Defection(id, customer, at, "OTHER", null, null, new BigDecimal("-1")));
    assertDoesNotThrow(() -> new Defection(id, customer, at, "OTHER", null, null, null));
    assertDoesNotThrow(() -> new Defection(id, customer, at, "OTHER", null, null, BigDecimal.ZERO));
    assertThrows(NullPointerException.class, () -> new Defection(id, customer, null, "OTHER", null, null, null));
    assertThrows(NullPointerException.class, () -> new Defection(id, customer, at, null, null, null, null));
  }
}
