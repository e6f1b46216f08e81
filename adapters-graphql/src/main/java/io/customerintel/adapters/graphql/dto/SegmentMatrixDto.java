package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.analytics.SegmentCell;
import io.customerintel.domain.analytics.SegmentMatrix;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;

/** The GraphQL SegmentMatrix. */
public record SegmentMatrixDto(OffsetDateTime asOf, List<CellDto> cells) {

  public static SegmentMatrixDto of(SegmentMatrix matrix, Currency currency) {
    return new SegmentMatrixDto(Times.utc(matrix.asOf()),
        matrix.cells().stream().map(cell -> CellDto.of(cell, currency)).toList());
  }

  /** The GraphQL SegmentCell. */
  public record CellDto(ValueTier valueTier, TenureBand tenureBand, int customers, MoneyDto revenue, int atRisk,
                        int lost) {
    static CellDto of(SegmentCell cell, Currency currency) {
      return new CellDto(cell.valueTier(), cell.tenureBand(), Math.toIntExact(cell.customers()),
          MoneyDto.of(cell.revenue(), currency), Math.toIntExact(cell.atRisk()), Math.toIntExact(cell.lost()));
    }
  }
}
