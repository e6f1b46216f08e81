package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.winback.WinBackAttempt;
import java.time.OffsetDateTime;

/** The GraphQL WinBackAttempt; its customer is resolved by the customers loader. */
public record WinBackAttemptDto(CustomerId customerId, String kind, String channel, String outcome, String notes,
                                OffsetDateTime attemptedAt) {

  public static WinBackAttemptDto of(WinBackAttempt attempt) {
    return attempt == null ? null : new WinBackAttemptDto(attempt.customerId(), attempt.kind().name(),
        attempt.channel().name(), attempt.outcome().name(), attempt.notes(), Times.utc(attempt.attemptedAt()));
  }
}
