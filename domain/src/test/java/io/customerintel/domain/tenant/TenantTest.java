package io.customerintel.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.domain.lifecycle.LifecyclePolicy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class TenantTest {
  @Test
  void tenantNamesAreOneTo100PrintableCharactersWithoutSurroundingBlanks() {
    assertDoesNotThrow(() -> Tenant.validName("acme"));
    assertDoesNotThrow(() -> Tenant.validName("Acme GmbH & Co. KG"));
    assertDoesNotThrow(() -> Tenant.validName("x".repeat(100)));
    for (String bad : new String[] {null, "", "   ", " acme", "acme ", "ac\nme", "ac\tme", "x".repeat(101)}) {
      assertThrows(IllegalArgumentException.class, () -> Tenant.validName(bad), String.valueOf(bad));
    }
  }

  @Test
  void aTenantNeedsEveryField() {
    TenantId id = new TenantId(1);
    Currency eur = Currency.getInstance("EUR");
    Instant now = Instant.now();
    assertDoesNotThrow(() -> new Tenant(id, "acme", eur, ZoneOffset.UTC, LifecyclePolicy.DEFAULT, now));
    assertThrows(NullPointerException.class, () -> new Tenant(id, "acme", eur, null, LifecyclePolicy.DEFAULT, now));
    assertThrows(NullPointerException.class, () -> new Tenant(id, "acme", null, ZoneOffset.UTC, LifecyclePolicy.DEFAULT, now));
    assertThrows(IllegalArgumentException.class, () -> new Tenant(id, " acme", eur, ZoneOffset.UTC, LifecyclePolicy.DEFAULT, now));
  }
}
