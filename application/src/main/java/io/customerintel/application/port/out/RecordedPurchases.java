package io.customerintel.application.port.out;

import java.util.List;

/**
 * What a purchase write did: how many were newly stored, how many were exact retries of stored ones, and which
 * (by position in the given list) reused a stored external id with different details: those are refused, since
 * silently keeping either version would hide a mistake in the sender's idempotency keys.
 */
public record RecordedPurchases(int recorded, int duplicates, List<Integer> conflicts) {
  public RecordedPurchases {
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
  }

  public RecordedPurchases(int recorded, int duplicates) {
    this(recorded, duplicates, List.of());
  }
}
