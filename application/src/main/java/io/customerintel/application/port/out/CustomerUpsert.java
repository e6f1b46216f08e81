package io.customerintel.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A validated customer write. Null name/firstSeenAt keep what is stored; attributes are merged
 * key by key and a key given as null is removed, so partial updates never wipe data.
 */
public record CustomerUpsert(String externalId, String name, Map<String, Object> attributes, Instant firstSeenAt,
                             Instant defaultFirstSeenAt) {
  public CustomerUpsert {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(defaultFirstSeenAt, "defaultFirstSeenAt");
  }
}
