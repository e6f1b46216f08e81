package io.customerintel.adapters.graphql.dto;

import io.customerintel.application.port.in.Connection;
import io.customerintel.application.port.in.FindWinBackCandidatesUseCase.Listed;
import io.customerintel.application.port.in.WinBackReviewsUseCase.Status;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A page of a win-back list with the list's review state. */
public record WinBackCandidateConnectionDto(List<EdgeDto<WinBackCandidateDto>> edges, List<WinBackCandidateDto> nodes,
                                            PageInfoDto pageInfo, long totalCount, OffsetDateTime lastReviewedAt,
                                            LocalDate nextReviewDue, int reviewCadenceMonths) {

  public static WinBackCandidateConnectionDto of(Connection<Listed> connection, Status review) {
    ConnectionDto<WinBackCandidateDto> page = ConnectionDto.of(connection, WinBackCandidateDto::of);
    return new WinBackCandidateConnectionDto(page.edges(), page.nodes(), page.pageInfo(), page.totalCount(),
        review.lastReviewedAt().map(Times::utc).orElse(null), review.nextReviewDue(), review.cadence().months());
  }
}
