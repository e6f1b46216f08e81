package io.customerintel.application.service;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.FitData;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.prediction.Fit;
import io.customerintel.domain.prediction.GammaGamma;
import io.customerintel.domain.prediction.FittedModel;
import io.customerintel.domain.prediction.HoldoutGroup;
import io.customerintel.domain.prediction.HoldoutValidation;
import io.customerintel.domain.prediction.ModelDidNotConverge;
import io.customerintel.domain.prediction.ModelFitter;
import io.customerintel.domain.prediction.ModelKind;
import io.customerintel.domain.prediction.ModelParameter;
import io.customerintel.domain.prediction.PurchaseModel;
import io.customerintel.domain.prediction.RepeatData;
import io.customerintel.domain.prediction.RepeatHistory;
import io.customerintel.domain.prediction.SpendData;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The computing part of one fit, run on the fit executor: turns the grouped day counts into model periods, fits
 * each kind, and validates count models on the holdout. A kind that cannot be fitted is reported, not stored.
 */
final class ModelFitJob {
  /** Fewer repeat buyers than this leave the models' heterogeneity parameters to chance. */
  static final int MIN_REPEAT_BUYERS = 50;

  private final Interval period;
  private final LocalDate calibrationEnd;
  private final LocalDate holdoutEnd;
  private final Clock clock;

  ModelFitJob(Interval period, LocalDate calibrationEnd, LocalDate holdoutEnd, Clock clock) {
    this.period = period;
    this.calibrationEnd = calibrationEnd;
    this.holdoutEnd = holdoutEnd;
    this.clock = clock;
  }

  record Outcome(List<FittedModel> models, List<UserError> userErrors) {}

  Outcome run(FitData data) {
    double days = period.meanDays();
    RepeatData.Builder counts = RepeatData.builder();
    List<HoldoutGroup> holdout = new ArrayList<>();
    for (FitData.CountRow row : data.counts()) {
      RepeatHistory history = new RepeatHistory(row.x(), row.txDays() / days, row.tDays() / days);
      counts.add(history, row.customers());
      holdout.add(new HoldoutGroup(history, row.customers(), row.holdoutPurchases()));
    }
    RepeatData repeat = counts.build();
    SpendData.Builder spendBuilder = SpendData.builder();
    for (FitData.SpendRow row : data.spend()) {
      spendBuilder.add(row.x(), row.meanSpend(), row.customers());
    }
    SpendData spend = spendBuilder.build();
    long repeatBuyers = data.counts().stream().filter(r -> r.x() > 0).mapToLong(FitData.CountRow::customers).sum();
    if (repeatBuyers < MIN_REPEAT_BUYERS) {
      return new Outcome(List.of(), List.of(new UserError(null, List.of("calibrationEnd"),
          repeatBuyers + " customers made a repeat purchase by " + calibrationEnd + "; a fit needs at least "
              + MIN_REPEAT_BUYERS + ". The previous models stay.", ErrorCodes.NOT_ENOUGH_DATA)));
    }
    List<FittedModel> models = new ArrayList<>();
    List<UserError> errors = new ArrayList<>();
    fitCounts(ModelKind.BG_NBD, ModelFitter::fitBgNbd, repeat, holdout, models, errors);
    fitCounts(ModelKind.MBG_NBD, ModelFitter::fitModifiedBgNbd, repeat, holdout, models, errors);
    if (spend.rows() == 0) {
      errors.add(new UserError(null, List.of("kind", ModelKind.GAMMA_GAMMA.name()),
          "no repeat buyer spent anything on their repeat purchase days; the previous Gamma-Gamma model stays",
          ErrorCodes.NOT_ENOUGH_DATA));
    } else {
      attempt(ModelKind.GAMMA_GAMMA, () -> {
        long started = System.nanoTime();
        Fit<GammaGamma> fit = ModelFitter.fitGammaGamma(spend);
        return stored(ModelKind.GAMMA_GAMMA, fit.model().parameters(), fit, null, started);
      }, models, errors);
    }
    return new Outcome(models, errors);
  }

  private <M extends PurchaseModel> void fitCounts(ModelKind kind, Function<RepeatData, Fit<M>> fitter,
                                                   RepeatData repeat, List<HoldoutGroup> holdout,
                                                   List<FittedModel> models, List<UserError> errors) {
    attempt(kind, () -> {
      long started = System.nanoTime();
      Fit<M> fit = fitter.apply(repeat);
      HoldoutValidation validation = holdoutEnd == null ? null : HoldoutValidation.of(fit.model(), holdoutEnd,
          ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd) / period.meanDays(), holdout);
      return stored(kind, fit.model().parameters(), fit, validation, started);
    }, models, errors);
  }

  private interface Attempt {
    FittedModel fit();
  }

  private static void attempt(ModelKind kind, Attempt attempt, List<FittedModel> models, List<UserError> errors) {
    try {
      models.add(attempt.fit());
    } catch (ModelDidNotConverge e) {
      errors.add(new UserError(null, List.of("kind", kind.name()), e.getMessage() + ". The previous " + kind
          + " model stays.", ErrorCodes.MODEL_DID_NOT_CONVERGE));
    }
  }

  private FittedModel stored(ModelKind kind, List<ModelParameter> parameters,
                             Fit<?> fit, HoldoutValidation validation, long started) {
    // elapsed on the monotonic timer: the business clock may be pinned (CUSTOMER_INTEL_AS_OF)
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    return new FittedModel(kind, parameters, fit.logLikelihood(), Math.round(fit.customers()), period,
        calibrationEnd, validation, clock.instant(), took);
  }
}
