package io.customerintel.application.port.out;

import java.util.Objects;

/**
 * Where a listing stopped: the sort key as the store renders it, and the id. Keyset positions
 * stay valid while data is added, unlike offsets.
 */
public record CustomerPosition(String sortKey, long id) {
  public CustomerPosition {
    Objects.requireNonNull(sortKey, "sortKey");
  }
}
