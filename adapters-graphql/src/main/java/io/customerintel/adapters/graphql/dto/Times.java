package io.customerintel.adapters.graphql.dto;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The API shows every instant in UTC (RFC 3339), whatever the tenant's time zone. */
final class Times {
  private Times() {}

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
