package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.lossreview.ExecutiveCalls;
import io.customerintel.domain.lossreview.LossReasonCount;
import io.customerintel.domain.lossreview.LossReview;
import io.customerintel.domain.lossreview.LostCustomer;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;

/** The GraphQL LossReview; each reason's DefectionReason is resolved by a loader from the code kept here. */
public record LossReviewDto(String month, OffsetDateTime startedAt, List<DefectionEntryDto> defections,
                            int defectionCount, MoneyDto lostAnnualValue, List<ReasonDto> reasons,
                            List<ReasonDto> reasonsBeforeCalls, List<LossReviewCallDto> calls,
                            List<ExecutiveCalls> executives, int defectionsAfterMissedFollowUp) {

  public static LossReviewDto of(LossReview review, Currency currency) {
    return new LossReviewDto(review.month().toString(), Times.utc(review.startedAt()),
        review.defections().stream().map(d -> DefectionEntryDto.of(d, currency)).toList(), review.defections().size(),
        MoneyDto.of(review.lostAnnualValue(), currency),
        review.reasons().stream().map(r -> ReasonDto.of(r, currency)).toList(),
        review.reasonsBeforeCalls().stream().map(r -> ReasonDto.of(r, currency)).toList(),
        review.calls().stream().map(LossReviewCallDto::of).toList(), review.executives(),
        review.defectionsAfterMissedFollowUp());
  }

  /** The GraphQL LossReviewDefection. */
  public record DefectionEntryDto(DefectionDto defection, MoneyDto value, boolean valueEstimated,
                                  int missedFollowUps) {
    static DefectionEntryDto of(LostCustomer lost, Currency currency) {
      return new DefectionEntryDto(DefectionDto.of(lost.defection(), currency), MoneyDto.of(lost.value(), currency),
          lost.estimated(), lost.missedFollowUps());
    }
  }

  /** The GraphQL LossReviewReason. */
  public record ReasonDto(String reasonCode, int defections, MoneyDto lostAnnualValue) {
    static ReasonDto of(LossReasonCount count, Currency currency) {
      return new ReasonDto(count.reasonCode(), count.defections(), MoneyDto.of(count.lostAnnualValue(), currency));
    }
  }
}
