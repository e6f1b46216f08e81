package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.prediction.FittedModel;
import io.customerintel.domain.prediction.HoldoutRow;
import io.customerintel.domain.prediction.HoldoutValidation;
import io.customerintel.domain.prediction.ModelKind;
import io.customerintel.domain.prediction.ModelParameter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The GraphQL CustomerBaseModel, with its holdout validation. */
public record CustomerBaseModelDto(String kind, OffsetDateTime fittedAt, LocalDate calibrationEnd, Interval period,
                                   long customers, double logLikelihood, List<ModelParameter> parameters,
                                   long durationMs, boolean drivesPredictions, HoldoutDto holdoutValidation) {

  public static CustomerBaseModelDto of(FittedModel model, ModelKind predictionModel) {
    return new CustomerBaseModelDto(model.kind().name(), Times.utc(model.fittedAt()), model.calibrationEnd(),
        model.period(), model.customers(), model.logLikelihood(), model.parameters(), model.duration().toMillis(),
        model.kind() == predictionModel, model.holdout() == null ? null : HoldoutDto.of(model.holdout()));
  }

  /** The GraphQL HoldoutValidation. */
  public record HoldoutDto(LocalDate holdoutEnd, double periods, double predictedPurchases, double actualPurchases,
                           List<LineDto> byCalibrationPurchases) {
    static HoldoutDto of(HoldoutValidation h) {
      return new HoldoutDto(h.holdoutEnd(), h.periods(), h.predictedPurchases(), h.actualPurchases(),
          h.byCalibrationPurchases().stream().map(LineDto::of).toList());
    }
  }

  /** The GraphQL HoldoutLine. */
  public record LineDto(int calibrationPurchases, boolean andMore, long customers, double predictedPerCustomer,
                        double actualPerCustomer) {
    static LineDto of(HoldoutRow row) {
      return new LineDto(row.calibrationPurchases(), row.andMore(), Math.round(row.customers()),
          row.predictedPerCustomer(), row.actualPerCustomer());
    }
  }
}
