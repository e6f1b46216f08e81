package io.customerintel.application.port.out;

import java.util.Optional;

/** A page of a per-customer list: at most limit items after the given (id) position, newest first. */
public record PageRequest(int limit, Optional<ItemPosition> after) {
  public PageRequest {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    after = after == null ? Optional.empty() : after;
  }

  /** Position in a newest-first list: the item's time and id. */
  public record ItemPosition(java.time.Instant at, long id) {}
}
