package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.followup.FollowUp;
import java.time.OffsetDateTime;

/** The GraphQL FollowUp; its customer is resolved by the customers loader. */
public record FollowUpDto(OffsetDateTime at, String by, String notes, CustomerId customerId) {
  public static FollowUpDto of(FollowUp followUp) {
    return new FollowUpDto(Times.utc(followUp.at()), followUp.by(), followUp.notes(), followUp.customerId());
  }
}
