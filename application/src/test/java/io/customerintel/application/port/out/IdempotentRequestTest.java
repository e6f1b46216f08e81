package io.customerintel.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.customerintel.domain.validation.IdempotencyKey;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotentRequestTest {
  private static final IdempotencyKey KEY = new IdempotencyKey("k");

  private static String fingerprint(Object... payload) {
    return IdempotentRequest.of(KEY, "recordDefection", payload).fingerprint();
  }

  @Test
  void theSamePayloadHasTheSameFingerprintAndAnEqualAmountCountsAsTheSame() {
    Instant at = Instant.parse("2026-06-01T12:00:00Z");
    assertEquals(fingerprint("c1", at, new BigDecimal("10")), fingerprint("c1", at, new BigDecimal("10.00")));
  }

  @Test
  void valuesAreNotRunTogetherAndNullIsNotTheWordNull() {
    assertNotEquals(fingerprint("ab", "c"), fingerprint("a", "bc"));
    assertNotEquals(fingerprint((Object) null), fingerprint("null"));
    assertNotEquals(fingerprint((Object) null), fingerprint(""));
    assertNotEquals(fingerprint("c1", "detail"), fingerprint("c1", "other detail"));
  }
}
