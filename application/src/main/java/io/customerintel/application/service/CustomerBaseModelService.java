package io.customerintel.application.service;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.CustomerBaseModelsUseCase;
import io.customerintel.application.port.in.RefitModelsUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.CustomerBaseModelStore;
import io.customerintel.application.port.out.CustomerCatchUp;
import io.customerintel.application.port.out.FitDataSource;
import io.customerintel.application.port.out.FitLease;
import io.customerintel.application.port.out.OperationsTelemetry;
import io.customerintel.application.port.out.OperationsTelemetry.FitOutcome;
import io.customerintel.application.port.out.OperationsTelemetry.FitTrigger;
import io.customerintel.application.port.out.TenantRepository;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.prediction.FittedModel;
import io.customerintel.domain.prediction.ModelKind;
import io.customerintel.domain.prediction.PredictionModel;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.validation.ProblemCodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Fits tenants' customer-base models: one fit per tenant at a time (a lease in the store, so across instances),
 * the computation on the fit executor so no request thread ever waits on it, and a refit of the chosen count
 * model re-judges every customer's health in the background.
 */
public final class CustomerBaseModelService implements CustomerBaseModelsUseCase, RefitModelsUseCase {
  /** Longer than any fit and re-judging should take; a dead instance's lease frees the tenant after it. */
  static final Duration LEASE = Duration.ofHours(2);
  private static final System.Logger LOG = System.getLogger(CustomerBaseModelService.class.getName());

  private final CustomerBaseModelStore store;
  private final FitLease lease;
  private final FitDataSource data;
  private final CustomerCatchUp catchUp;
  private final TenantRepository tenants;
  private final Clock clock;
  private final Executor fitExecutor;
  private final TenantDataChanges changes;
  private final OperationsTelemetry telemetry;

  public CustomerBaseModelService(CustomerBaseModelStore store, FitLease lease, FitDataSource data,
                                  CustomerCatchUp catchUp, TenantRepository tenants, Clock clock,
                                  Executor fitExecutor, TenantDataChanges changes) {
    this(store, lease, data, catchUp, tenants, clock, fitExecutor, changes, OperationsTelemetry.NONE);
  }

  /** @param telemetry where each fit's duration and outcome, per kind and per run, is reported */
  public CustomerBaseModelService(CustomerBaseModelStore store, FitLease lease, FitDataSource data,
                                  CustomerCatchUp catchUp, TenantRepository tenants, Clock clock,
                                  Executor fitExecutor, TenantDataChanges changes, OperationsTelemetry telemetry) {
    this.store = store;
    this.lease = lease;
    this.data = data;
    this.catchUp = catchUp;
    this.tenants = tenants;
    this.clock = clock;
    this.fitExecutor = fitExecutor;
    this.changes = changes;
    this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
  }

  @Override
  public CompletionStage<Models> current(AuthenticatedTenant tenant) {
    return store.list(tenant.tenantId()).thenCombine(store.predictionModel(tenant.tenantId()), Models::new);
  }

  @Override
  public CompletionStage<FitResult> fit(FitCommand command) {
    AuthenticatedTenant tenant = command.tenant();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, tenant.zone());
    LocalDate calibrationEnd = command.calibrationEnd() == null ? today : command.calibrationEnd();
    List<UserError> problems = new ArrayList<>();
    if (calibrationEnd.isAfter(today)) {
      problems.add(new UserError(null, List.of("input", "calibrationEnd"),
          "calibrationEnd " + calibrationEnd + " is after today (" + today + ")", ProblemCodes.IN_FUTURE));
    }
    if (command.holdoutEnd() != null && !command.holdoutEnd().isAfter(calibrationEnd)) {
      problems.add(new UserError(null, List.of("input", "holdoutEnd"),
          "holdoutEnd must be after calibrationEnd " + calibrationEnd, ProblemCodes.INVALID_RANGE));
    } else if (command.holdoutEnd() != null && command.holdoutEnd().isAfter(today)) {
      problems.add(new UserError(null, List.of("input", "holdoutEnd"),
          "holdoutEnd " + command.holdoutEnd() + " is after today (" + today + ")", ProblemCodes.IN_FUTURE));
    }
    if (!problems.isEmpty()) {
      return CompletableFuture.completedFuture(new FitResult(List.of(), problems));
    }
    Interval period = command.period() == null ? Interval.WEEK : command.period();
    return run(tenant.tenantId(), tenant.rules(), period, calibrationEnd, command.holdoutEnd(), now,
        FitTrigger.REQUESTED);
  }

  @Override
  public CompletionStage<Models> choosePredictionModel(AuthenticatedTenant tenant, ModelKind kind) {
    if (!kind.countsPurchases()) {
      throw new UseCaseException(ErrorCodes.BAD_USER_INPUT,
          "predictions are driven by a count model (BG_NBD or MBG_NBD), not " + kind);
    }
    TenantId id = tenant.tenantId();
    PredictionModel was = tenant.predictionModel();
    return store.choosePredictionModel(id, kind).thenCompose(chosen -> store.list(id)).thenApply(models -> {
      if ((was == null || was.purchases().kind() != kind) && !models.isEmpty()) {
        rederiveInBackground(id, withModel(tenant.rules(), models, kind), () -> { });
      }
      return new Models(models, kind);
    });
  }

  @Override
  public CompletionStage<Integer> refitOlderThan(Duration maxAge) {
    Instant now = clock.instant();
    return store.fittedBefore(now.minus(maxAge)).thenCombine(tenants.list(), (due, all) -> {
      Set<TenantId> dueIds = Set.copyOf(due);
      return all.stream().filter(t -> dueIds.contains(t.id())).toList();
    }).thenCompose(due -> refit(due, 0, 0));
  }

  private CompletionStage<Integer> refit(List<Tenant> due, int index, int refitted) {
    if (index == due.size()) {
      return CompletableFuture.completedFuture(refitted);
    }
    Tenant tenant = due.get(index);
    return store.list(tenant.id()).thenCompose(models -> {
      Interval period = models.stream().filter(m -> m.kind().countsPurchases()).map(FittedModel::period)
          .findFirst().orElse(Interval.WEEK);
      Instant now = clock.instant();
      return run(tenant.id(), tenant.rules(), period, LocalDate.ofInstant(now, tenant.zone()), null, now,
          FitTrigger.SCHEDULED);
    }).handle((result, failure) -> {
      if (failure != null) {
        LOG.log(System.Logger.Level.WARNING, "scheduled refit of tenant " + tenant.name() + " failed", failure);
      }
      return failure == null && !result.models().isEmpty() ? 1 : 0;
    }).thenCompose(one -> refit(due, index + 1, refitted + one));
  }

  private CompletionStage<FitResult> run(TenantId id, CustomerRules rules, Interval period, LocalDate calibrationEnd,
                                         LocalDate holdoutEnd, Instant now, FitTrigger trigger) {
    ModelFitJob job = new ModelFitJob(period, calibrationEnd, holdoutEnd, clock);
    long started = System.nanoTime();
    CompletionStage<FitResult> run = lease.tryAcquire(id, now, LEASE).thenCompose(acquired -> {
      if (!acquired) {
        return CompletableFuture.completedFuture(new FitResult(List.of(), List.of(new UserError(null, List.of(),
            "a fit of this tenant's models is already running; try again when it has finished",
            ErrorCodes.FIT_IN_PROGRESS))));
      }
      CompletionStage<FitResult> fitted = data.load(id, calibrationEnd, holdoutEnd)
          .thenApplyAsync(loaded -> {
            long loadedAt = System.nanoTime();
            ModelFitJob.Outcome outcome = job.run(loaded);
            outcome.attempts().forEach(a -> telemetry.modelFitted(a.kind(), a.outcome(), trigger, a.took()));
            LOG.log(System.Logger.Level.INFO, () -> "fit of tenant " + id.value() + ": read " + loaded.counts().size()
                + " history rows and " + loaded.spend().size() + " spend rows in " + millis(started, loadedAt)
                + " ms, fitted " + outcome.models().stream().map(m -> m.kind() + " " + m.duration().toMillis()
                + " ms").toList() + ", refused " + outcome.userErrors().stream().map(UserError::code).toList());
            return outcome;
          }, fitExecutor)
          .thenCompose(outcome -> outcome.models().isEmpty()
              ? lease.release(id).thenApply(released -> new FitResult(List.of(), outcome.userErrors()))
              : store.save(id, outcome.models()).thenCompose(saved -> afterSave(id, rules, outcome)));
      return fitted.whenComplete((result, failure) -> {
        if (failure != null) {
          lease.release(id);
        }
      });
    });
    return run.whenComplete((result, failure) ->
        telemetry.fitRunEnded(runOutcome(result, failure), trigger, Duration.ofNanos(System.nanoTime() - started)));
  }

  private static FitOutcome runOutcome(FitResult result, Throwable failure) {
    if (failure != null) {
      return FitOutcome.FAILED;
    }
    if (!result.models().isEmpty()) {
      return FitOutcome.FITTED;
    }
    List<String> codes = result.userErrors().stream().map(UserError::code).toList();
    if (codes.contains(ErrorCodes.FIT_IN_PROGRESS)) {
      return FitOutcome.ALREADY_RUNNING;
    }
    return codes.contains(ErrorCodes.MODEL_DID_NOT_CONVERGE) && !codes.contains(ErrorCodes.NOT_ENOUGH_DATA)
        ? FitOutcome.DID_NOT_CONVERGE : FitOutcome.NOT_ENOUGH_DATA;
  }

  /** Publishes the new models; when the count model that drives health changed, re-judges everyone, then frees the lease. */
  private CompletionStage<FitResult> afterSave(TenantId id, CustomerRules rules, ModelFitJob.Outcome outcome) {
    changes.changed(id);
    return store.predictionModel(id).thenCompose(chosen -> store.list(id).thenApply(models -> {
      boolean drivingModelChanged = outcome.models().stream().anyMatch(m -> m.kind() == chosen);
      if (drivingModelChanged) {
        rederiveInBackground(id, withModel(rules, models, chosen), () -> lease.release(id));
      } else {
        lease.release(id);
      }
      return new FitResult(outcome.models(), outcome.userErrors());
    }));
  }

  private static long millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1_000_000;
  }

  private static CustomerRules withModel(CustomerRules rules, List<FittedModel> models, ModelKind chosen) {
    return new CustomerRules(rules.zone(), rules.lifecycle(), rules.health(),
        PredictionModel.of(models, chosen).orElse(null));
  }

  private void rederiveInBackground(TenantId id, CustomerRules rules, Runnable then) {
    catchUp.rederiveAll(id, rules, clock).whenComplete((count, failure) -> {
      if (failure != null) {
        LOG.log(System.Logger.Level.WARNING, "re-judging the customers of tenant " + id.value()
            + " with the new model failed; the next catch-up or write will", failure);
      }
      changes.changed(id);
      then.run();
    });
  }
}
