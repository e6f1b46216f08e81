package io.customerintel.adapters.graphql.dto;

import io.customerintel.application.port.in.FindWinBackCandidatesUseCase.Listed;
import io.customerintel.domain.customer.CustomerId;

/** A win-back candidate; its customer resolves through the per-request customers loader. */
public record WinBackCandidateDto(CustomerId customerId, String kind, String reason, MoneyDto value,
                                  String valueBasis, MoneyDto lifetimeRevenue, MoneyDto predictedValue,
                                  WinBackAttemptDto lastAttempt) {

  public static WinBackCandidateDto of(Listed listed) {
    return new WinBackCandidateDto(listed.candidate().customerId(), listed.candidate().kind().name(), listed.reason(),
        MoneyDto.of(listed.value()), listed.basis().name(), MoneyDto.of(listed.lifetimeRevenue()),
        listed.predictedValue().map(MoneyDto::of).orElse(null),
        listed.lastAttempt().map(WinBackAttemptDto::of).orElse(null));
  }
}
