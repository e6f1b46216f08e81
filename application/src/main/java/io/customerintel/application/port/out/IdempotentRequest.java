package io.customerintel.application.port.out;

import io.customerintel.domain.validation.IdempotencyKey;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A write sent with an idempotency key: the key, the mutation that scopes it (with the tenant) and a fingerprint of
 * the payload, so that the store can tell a retry (same fingerprint) from a reused key (IdempotencyConflictException).
 */
public record IdempotentRequest(IdempotencyKey key, String mutation, String fingerprint) {
  public IdempotentRequest {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(mutation, "mutation");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** The request with the fingerprint of the payload's values in order (nulls and numbers' trailing zeros count). */
  public static IdempotentRequest of(IdempotencyKey key, String mutation, Object... payload) {
    MessageDigest digest = sha256();
    for (Object value : payload) {
      // each value is length-prefixed, so ("ab", "c") and ("a", "bc") differ; null differs from "null"
      String text = value == null ? null : canonical(value);
      byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
      digest.update((text == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
      digest.update(bytes);
    }
    return new IdempotentRequest(key, mutation, HexFormat.of().formatHex(digest.digest()));
  }

  private static String canonical(Object value) {
    return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : String.valueOf(value);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
