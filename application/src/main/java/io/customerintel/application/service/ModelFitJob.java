package io.customerintel.application.service;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.FitData;
import io.customerintel.application.port.out.OperationsTelemetry.FitOutcome;
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

  /**
   * @param attempts how each kind's fit went and how long it took; empty when the data refused every kind
   */
  record Outcome(List<FittedModel> models, List<UserError> userErrors, List<Attempt> attempts) {}

  /** One kind's fit: fitted, or why not. */
  record Attempt(ModelKind kind, FitOutcome outcome, Duration took) {}

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
              + MIN_REPEAT_BUYERS + ". The previous models stay.", ErrorCodes.NOT_ENOUGH_DATA)), List.of());
    }
    Attempts attempts = new Attempts();
    fitCounts(ModelKind.BG_NBD, ModelFitter::fitBgNbd, repeat, holdout, attempts);
    fitCounts(ModelKind.MBG_NBD, ModelFitter::fitModifiedBgNbd, repeat, holdout, attempts);
    if (spend.rows() == 0) {
      attempts.errors.add(new UserError(null, List.of("kind", ModelKind.GAMMA_GAMMA.name()),
          "no repeat buyer spent anything on their repeat purchase days; the previous Gamma-Gamma model stays",
          ErrorCodes.NOT_ENOUGH_DATA));
      attempts.tried.add(new Attempt(ModelKind.GAMMA_GAMMA, FitOutcome.NOT_ENOUGH_DATA, Duration.ZERO));
    } else {
      attempts.attempt(ModelKind.GAMMA_GAMMA, started -> {
        Fit<GammaGamma> fit = ModelFitter.fitGammaGamma(spend);
        return stored(ModelKind.GAMMA_GAMMA, fit.model().parameters(), fit, null, started);
      });
    }
    return new Outcome(attempts.models, attempts.errors, attempts.tried);
  }

  private <M extends PurchaseModel> void fitCounts(ModelKind kind, Function<RepeatData, Fit<M>> fitter,
                                                   RepeatData repeat, List<HoldoutGroup> holdout,
                                                   Attempts attempts) {
    attempts.attempt(kind, started -> {
      Fit<M> fit = fitter.apply(repeat);
      HoldoutValidation validation = holdoutEnd == null ? null : HoldoutValidation.of(fit.model(), holdoutEnd,
          ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd) / period.meanDays(), holdout);
      return stored(kind, fit.model().parameters(), fit, validation, started);
    });
  }

  private interface KindFit {
    /** @param started the System.nanoTime() the fit started at */
    FittedModel fit(long started);
  }

  /** What the kinds' fits produced, collected as they run. */
  private static final class Attempts {
    final List<FittedModel> models = new ArrayList<>();
    final List<UserError> errors = new ArrayList<>();
    final List<Attempt> tried = new ArrayList<>();

    void attempt(ModelKind kind, KindFit fit) {
      long started = System.nanoTime();
      try {
        FittedModel model = fit.fit(started);
        models.add(model);
        tried.add(new Attempt(kind, FitOutcome.FITTED, model.duration()));
      } catch (ModelDidNotConverge e) {
        errors.add(new UserError(null, List.of("kind", kind.name()), e.getMessage() + ". The previous " + kind
            + " model stays.", ErrorCodes.MODEL_DID_NOT_CONVERGE));
        tried.add(new Attempt(kind, FitOutcome.DID_NOT_CONVERGE, Duration.ofNanos(System.nanoTime() - started)));
      }
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
