package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.followup.OpenFollowUp;
import java.time.OffsetDateTime;

/** The GraphQL OpenFollowUp; its customer is loaded by id. */
public record OpenFollowUpDto(CustomerId customerId, SurveyResponseDto surveyResponse, OffsetDateTime requestedAt,
                              OffsetDateTime dueAt, boolean overdue, String comment) {

  public static OpenFollowUpDto of(OpenFollowUp open) {
    return new OpenFollowUpDto(open.request().customerId(), SurveyResponseDto.of(open.request()),
        Times.utc(open.requestedAt()), Times.utc(open.dueAt()), open.overdue(), open.request().comment());
  }
}
