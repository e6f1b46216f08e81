package io.customerintel.application.fakes;

import io.customerintel.application.port.out.CustomerBaseModelStore;
import io.customerintel.application.port.out.FitData;
import io.customerintel.application.port.out.FitDataSource;
import io.customerintel.application.port.out.FitLease;
import io.customerintel.domain.prediction.FittedModel;
import io.customerintel.domain.prediction.ModelKind;
import io.customerintel.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Stored models, the fit lease and the fit data in memory; the data is whatever a test sets per tenant. */
public final class InMemoryModels implements CustomerBaseModelStore, FitLease, FitDataSource {
  public final Map<TenantId, Map<ModelKind, FittedModel>> models = new HashMap<>();
  public final Map<TenantId, ModelKind> chosen = new HashMap<>();
  public final Map<TenantId, Instant> leasedUntil = new HashMap<>();
  public final Map<TenantId, FitData> data = new HashMap<>();
  /** Each load: tenant, calibration end, holdout end. */
  public final List<Object[]> loads = new ArrayList<>();
  public RuntimeException loadFailure;

  @Override
  public synchronized CompletionStage<List<FittedModel>> list(TenantId tenantId) {
    List<FittedModel> list = new ArrayList<>(models.getOrDefault(tenantId, Map.of()).values());
    list.sort(Comparator.comparing(FittedModel::kind));
    return CompletableFuture.completedFuture(list);
  }

  @Override
  public synchronized CompletionStage<ModelKind> predictionModel(TenantId tenantId) {
    return CompletableFuture.completedFuture(chosen.getOrDefault(tenantId, ModelKind.BG_NBD));
  }

  @Override
  public synchronized CompletionStage<Void> save(TenantId tenantId, List<FittedModel> fitted) {
    fitted.forEach(m -> models.computeIfAbsent(tenantId, t -> new HashMap<>()).put(m.kind(), m));
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized CompletionStage<Void> choosePredictionModel(TenantId tenantId, ModelKind kind) {
    chosen.put(tenantId, kind);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized CompletionStage<List<TenantId>> fittedBefore(Instant instant) {
    List<TenantId> due = new ArrayList<>();
    models.forEach((tenant, byKind) -> {
      if (byKind.values().stream().allMatch(m -> m.fittedAt().isBefore(instant))) {
        due.add(tenant);
      }
    });
    return CompletableFuture.completedFuture(due);
  }

  @Override
  public synchronized CompletionStage<Boolean> tryAcquire(TenantId tenantId, Instant now, Duration ttl) {
    Instant until = leasedUntil.get(tenantId);
    if (until != null && until.isAfter(now)) {
      return CompletableFuture.completedFuture(false);
    }
    leasedUntil.put(tenantId, now.plus(ttl));
    return CompletableFuture.completedFuture(true);
  }

  @Override
  public synchronized CompletionStage<Void> release(TenantId tenantId) {
    leasedUntil.remove(tenantId);
    return CompletableFuture.completedFuture(null);
  }

  public synchronized boolean leased(TenantId tenantId) {
    return leasedUntil.containsKey(tenantId);
  }

  @Override
  public synchronized CompletionStage<FitData> load(TenantId tenantId, LocalDate calibrationEnd, LocalDate holdoutEnd) {
    loads.add(new Object[] {tenantId, calibrationEnd, holdoutEnd});
    if (loadFailure != null) {
      return CompletableFuture.failedFuture(loadFailure);
    }
    return CompletableFuture.completedFuture(data.getOrDefault(tenantId, new FitData(List.of(), List.of())));
  }
}
