package io.customerintel.adapters.graphql.dto;

import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.savedesk.CancellationRequest;
import io.customerintel.domain.savedesk.SaveAttempt;
import java.time.OffsetDateTime;
import java.util.List;

/** The GraphQL CancellationRequest; customer and reason are resolved by loaders from the keys kept here. */
public record CancellationRequestDto(String id, OffsetDateTime requestedAt, String status,
                                     List<SaveAttemptDto> attempts, CustomerId customerId, String reasonCode) {

  public static CancellationRequestDto of(CancellationRequest request) {
    return new CancellationRequestDto(GlobalIds.encode(GlobalIds.CANCELLATION_REQUEST, request.id().value()),
        Times.utc(request.requestedAt()), request.status().name(),
        request.attempts().stream().map(SaveAttemptDto::of).toList(), request.customerId(), request.reasonCode());
  }

  /** The GraphQL SaveAttempt. */
  public record SaveAttemptDto(String outcome, String offer, String notes, OffsetDateTime at) {
    static SaveAttemptDto of(SaveAttempt attempt) {
      return new SaveAttemptDto(attempt.outcome().name(), attempt.offer(), attempt.notes(), Times.utc(attempt.at()));
    }
  }
}
