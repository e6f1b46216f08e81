package io.customerintel.application.port.out;

import io.customerintel.domain.prediction.FittedModel;
import io.customerintel.domain.prediction.ModelKind;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Stores each tenant's latest fitted model per kind and the tenant's choice of the count model that predicts. */
public interface CustomerBaseModelStore {

  /** The tenant's models, in kind order. */
  CompletionStage<List<FittedModel>> list(TenantId tenantId);

  /** The count model that drives the tenant's predictions (BG_NBD unless chosen otherwise). */
  CompletionStage<ModelKind> predictionModel(TenantId tenantId);

  /** Replaces the tenant's models of these kinds in one transaction; other kinds stay. */
  CompletionStage<Void> save(TenantId tenantId, List<FittedModel> models);

  CompletionStage<Void> choosePredictionModel(TenantId tenantId, ModelKind kind);

  /** Tenants with a model fitted before the instant: due for the scheduled refit. */
  CompletionStage<List<TenantId>> fittedBefore(Instant instant);
}
