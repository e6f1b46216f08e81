package io.customerintel.domain.prediction;

import io.customerintel.domain.analytics.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A model as stored for a tenant: what was fitted (kind, parameters, log-likelihood), on what (customers, period,
 * calibration end), when and how long it took, and, for a fit with a holdout period, how well it predicted it.
 */
public record FittedModel(ModelKind kind, List<ModelParameter> parameters, double logLikelihood, long customers,
                          Interval period, LocalDate calibrationEnd, HoldoutValidation holdout, Instant fittedAt,
                          Duration duration) {
  public FittedModel {
    Objects.requireNonNull(kind, "kind");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(calibrationEnd, "calibrationEnd");
    Objects.requireNonNull(fittedAt, "fittedAt");
    Objects.requireNonNull(duration, "duration");
    if (!Double.isFinite(logLikelihood) || customers < 0 || duration.isNegative()) {
      throw new IllegalArgumentException("a stored fit has a finite log-likelihood and no negative counts");
    }
    if (holdout != null && !holdout.holdoutEnd().isAfter(calibrationEnd)) {
      throw new IllegalArgumentException("the holdout period ends after the calibration period");
    }
  }

  /** The count model these parameters describe; only for BG_NBD and MBG_NBD. */
  public PurchaseModel purchaseModel() {
    return ModelParameters.purchaseModel(kind, parameters);
  }

  /** The spend model these parameters describe; only for GAMMA_GAMMA. */
  public GammaGamma spendModel() {
    if (kind != ModelKind.GAMMA_GAMMA) {
      throw new IllegalStateException(kind + " models purchases, not spend");
    }
    return ModelParameters.spendModel(parameters);
  }
}
