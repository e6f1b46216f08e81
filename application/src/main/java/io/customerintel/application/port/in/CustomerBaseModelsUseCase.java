package io.customerintel.application.port.in;

import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.prediction.FittedModel;
import io.customerintel.domain.prediction.ModelKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Fits the tenant's customer-base models (BG/NBD, MBG/NBD, Gamma-Gamma), lists them, and chooses which predicts. */
public interface CustomerBaseModelsUseCase {

  /** The tenant's stored models and the count model that drives predictions. */
  CompletionStage<Models> current(AuthenticatedTenant tenant);

  /**
   * Fits all models off the request thread; a refused or failed kind keeps its previous model and is reported in
   * {@code userErrors} (FIT_IN_PROGRESS, NOT_ENOUGH_DATA, MODEL_DID_NOT_CONVERGE, or a field problem).
   */
  CompletionStage<FitResult> fit(FitCommand command);

  /** Chooses the count model (BG_NBD or MBG_NBD) that drives predictions and the health score. */
  CompletionStage<Models> choosePredictionModel(AuthenticatedTenant tenant, ModelKind kind);

  /**
   * @param calibrationEnd last day whose purchases the fit sees; null for today (tenant calendar)
   * @param period         the model's unit of time; null for WEEK
   * @param holdoutEnd     when given, the days after calibrationEnd up to this day are a holdout period whose
   *                       purchases are compared with the model's predictions
   */
  record FitCommand(AuthenticatedTenant tenant, LocalDate calibrationEnd, Interval period, LocalDate holdoutEnd) {
    public FitCommand {
      Objects.requireNonNull(tenant, "tenant");
    }
  }

  record FitResult(List<FittedModel> models, List<UserError> userErrors) {
    public FitResult {
      models = List.copyOf(models);
      userErrors = List.copyOf(userErrors);
    }
  }

  record Models(List<FittedModel> models, ModelKind predictionModel) {
    public Models {
      models = List.copyOf(models);
      Objects.requireNonNull(predictionModel, "predictionModel");
    }
  }
}
