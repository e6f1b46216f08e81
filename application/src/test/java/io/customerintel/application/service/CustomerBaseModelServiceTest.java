package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.CLOCK;
import static io.customerintel.application.fakes.Fakes.NOW;
import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.fakes.InMemoryModels;
import io.customerintel.application.port.in.CustomerBaseModelsUseCase.FitCommand;
import io.customerintel.application.port.in.CustomerBaseModelsUseCase.FitResult;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.FitData;
import io.customerintel.application.port.out.OperationsTelemetry;
import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.prediction.BgNbd;
import io.customerintel.domain.prediction.FittedModel;
import io.customerintel.domain.prediction.ModelParameters;
import io.customerintel.domain.prediction.ModelKind;
import io.customerintel.domain.prediction.PredictionModel;
import io.customerintel.domain.validation.ProblemCodes;
import io.customerintel.domain.tenant.Tenant;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Currency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Fitting a tenant's models: refusals, the lease, the fit executor, storing, re-judging and the scheduled refit. */
class CustomerBaseModelServiceTest {
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  static final FitData CDNOW = CdnowFitData.of(CALIBRATION_END, LocalDate.of(1998, 6, 30));

  private final Fakes fakes = new Fakes();
  private final InMemoryModels models = new InMemoryModels();
  private final AtomicInteger fitsComputed = new AtomicInteger();
  private final Executor fitExecutor = task -> {
    fitsComputed.incrementAndGet();
    task.run();
  };
  private final CustomerBaseModelService service = new CustomerBaseModelService(models, models, models,
      fakes.recordingCatchUp, fakes.tenants, CLOCK, fitExecutor, fakes.changes);

  private FitResult fit(LocalDate calibrationEnd, LocalDate holdoutEnd) {
    return await(service.fit(new FitCommand(tenant(), calibrationEnd, null, holdoutEnd)));
  }

  private static String code(FitResult result) {
    return result.userErrors().get(0).code();
  }

  @Test
  void aFitStoresAllThreeModelsComputedOnTheFitExecutorAndFreesTheLease() {
    models.data.put(TENANT_ID, CDNOW);
    FitResult result = fit(CALIBRATION_END, null);

    assertEquals(List.of(), result.userErrors());
    assertEquals(List.of(ModelKind.BG_NBD, ModelKind.MBG_NBD, ModelKind.GAMMA_GAMMA),
        result.models().stream().map(FittedModel::kind).toList());
    assertEquals(1, fitsComputed.get());
    assertEquals(3, await(models.list(TENANT_ID)).size());
    FittedModel bg = result.models().get(0);
    assertEquals(0.243, ModelParameters.value(bg.parameters(), "r"), 0.001);
    assertEquals(Interval.WEEK, bg.period(), "WEEK is the default period");
    assertEquals(NOW, bg.fittedAt());
    assertEquals(2357, bg.customers());
    assertFalse(models.leased(TENANT_ID));
  }

  @Test
  void aNewDrivingModelReJudgesEveryCustomerWithIt() {
    models.data.put(TENANT_ID, CDNOW);
    fit(CALIBRATION_END, null);

    assertEquals(1, fakes.recordingCatchUp.rederived.size());
    PredictionModel used = (PredictionModel) fakes.recordingCatchUp.rederived.get(0).rules().alive();
    assertEquals(PredictionModel.of(await(models.list(TENANT_ID)), ModelKind.BG_NBD).orElseThrow(), used);
    assertTrue(fakes.changes.changed.contains(TENANT_ID));
  }

  @Test
  void theCalibrationEndsTodayUnlessGivenAndTheHoldoutIsLoadedWithIt() {
    fit(null, null);
    fit(CALIBRATION_END, LocalDate.of(1998, 6, 30));
    assertEquals(LocalDate.of(2025, 3, 15), models.loads.get(0)[1]);
    assertEquals(null, models.loads.get(0)[2]);
    assertEquals(LocalDate.of(1998, 6, 30), models.loads.get(1)[2]);
  }

  @Test
  void aHoldoutFitReportsPredictedAgainstActualForTheCountModels() {
    models.data.put(TENANT_ID, CDNOW);
    FitResult result = fit(CALIBRATION_END, LocalDate.of(1998, 6, 30));
    FittedModel bg = result.models().get(0);
    assertNotNull(bg.holdout());
    assertEquals(273 / 7.0, bg.holdout().periods(), 1e-12);
    long actual = CDNOW.counts().stream().mapToLong(FitData.CountRow::holdoutPurchases).sum();
    assertEquals(actual, bg.holdout().actualPurchases(), 1e-9);
    assertNotNull(result.models().get(1).holdout());
    assertEquals(null, result.models().get(2).holdout(), "Gamma-Gamma predicts spend, not purchases");
  }

  @Test
  void aSecondFitWhileOneHoldsTheLeaseIsRefusedWithoutLoadingAnything() {
    await(models.tryAcquire(TENANT_ID, NOW, Duration.ofMinutes(5)));
    FitResult result = fit(CALIBRATION_END, null);
    assertEquals(ErrorCodes.FIT_IN_PROGRESS, code(result));
    assertEquals(List.of(), models.loads);
    assertTrue(models.leased(TENANT_ID), "the other fit keeps its lease");
  }

  @Test
  void fewerThanFiftyRepeatBuyersKeepThePreviousModels() {
    List<FitData.CountRow> rows = new ArrayList<>(List.of(new FitData.CountRow(1, 10, 100, 49, 0),
        new FitData.CountRow(0, 0, 100, 5000, 0)));
    models.data.put(TENANT_ID, new FitData(rows, List.of(new FitData.SpendRow(1, 10, 49))));
    FitResult result = fit(CALIBRATION_END, null);
    assertEquals(ErrorCodes.NOT_ENOUGH_DATA, code(result));
    assertTrue(result.userErrors().get(0).message().startsWith("49 customers made a repeat purchase"));
    assertEquals(List.of(), await(models.list(TENANT_ID)));
    assertFalse(models.leased(TENANT_ID));
    assertEquals(List.of(), fakes.recordingCatchUp.rederived);
  }

  @Test
  void datesThatMakeNoCalibrationOrHoldoutPeriodAreFieldErrors() {
    UserError future = fit(LocalDate.of(2025, 3, 16), null).userErrors().get(0);
    assertEquals(ProblemCodes.IN_FUTURE, future.code());
    assertEquals(List.of("input", "calibrationEnd"), future.field());
    assertEquals(ProblemCodes.INVALID_RANGE, code(fit(CALIBRATION_END, CALIBRATION_END)));
    assertEquals(ProblemCodes.IN_FUTURE, code(fit(CALIBRATION_END, LocalDate.of(2025, 3, 16))));
    assertEquals(List.of(), models.loads);
  }

  @Test
  void aFailedLoadFreesTheLease() {
    models.loadFailure = new IllegalStateException("database down");
    assertThrows(CompletionException.class, () -> service.fit(new FitCommand(tenant(), CALIBRATION_END, null, null))
        .toCompletableFuture().join());
    assertFalse(models.leased(TENANT_ID));
  }

  @Test
  void onlyACountModelCanDrivePredictions() {
    assertEquals(ErrorCodes.BAD_USER_INPUT, Fakes.refusal(() -> service.choosePredictionModel(tenant(),
        ModelKind.GAMMA_GAMMA)).code());
    assertEquals(ModelKind.MBG_NBD, await(service.choosePredictionModel(tenant(), ModelKind.MBG_NBD))
        .predictionModel());
  }

  @Test
  void theScheduledRefitFitsTenantsWhoseModelsAreOlderThanTheMaximumAgeInTheirPeriod() {
    Tenant acme = await(fakes.tenants.create("acme-refit", Currency.getInstance("EUR"), ZoneOffset.UTC,
        new byte[32], List.of()));
    models.data.put(acme.id(), CDNOW);
    FittedModel old = new FittedModel(ModelKind.BG_NBD, new BgNbd(1, 1, 1, 1).parameters(), -1, 1, Interval.MONTH,
        LocalDate.of(2024, 1, 1), null, NOW.minus(Duration.ofDays(2)), Duration.ZERO);
    await(models.save(acme.id(), List.of(old)));

    assertEquals(0, await(service.refitOlderThan(Duration.ofDays(3))));
    assertEquals(1, await(service.refitOlderThan(Duration.ofDays(1))));
    FittedModel refitted = await(models.list(acme.id())).get(0);
    assertEquals(Interval.MONTH, refitted.period(), "a refit keeps the period");
    assertEquals(LocalDate.of(2025, 3, 15), models.loads.get(0)[1], "and calibrates up to today");
    assertEquals(NOW, refitted.fittedAt());
  }

  /** Keeps what the service reported, as "KIND OUTCOME TRIGGER" and "OUTCOME TRIGGER" lines. */
  private static final class RecordingTelemetry implements OperationsTelemetry {
    final List<String> kinds = new ArrayList<>();
    final List<String> runs = new ArrayList<>();
    final List<Duration> durations = new ArrayList<>();

    @Override
    public void modelFitted(ModelKind kind, FitOutcome outcome, FitTrigger trigger, Duration took) {
      kinds.add(kind + " " + outcome + " " + trigger);
      durations.add(took);
    }

    @Override
    public void fitRunEnded(FitOutcome outcome, FitTrigger trigger, Duration took) {
      runs.add(outcome + " " + trigger);
      durations.add(took);
    }

    @Override
    public void bulkExportStarted() {
    }

    @Override
    public void bulkExportEnded(ExportOutcome outcome, long objects, long bytes, Duration took) {
    }
  }

  private final RecordingTelemetry telemetry = new RecordingTelemetry();
  private final CustomerBaseModelService observed = new CustomerBaseModelService(models, models, models,
      fakes.recordingCatchUp, fakes.tenants, CLOCK, fitExecutor, fakes.changes, telemetry);

  @Test
  void eachKindsFitAndTheWholeRunAreReportedWithOutcomeTriggerAndDuration() {
    models.data.put(TENANT_ID, CDNOW);
    FitResult result = await(observed.fit(new FitCommand(tenant(), CALIBRATION_END, null, null)));

    assertEquals(List.of("BG_NBD FITTED REQUESTED", "MBG_NBD FITTED REQUESTED", "GAMMA_GAMMA FITTED REQUESTED"),
        telemetry.kinds);
    assertEquals(List.of("FITTED REQUESTED"), telemetry.runs);
    assertEquals(result.models().get(0).duration(), telemetry.durations.get(0), "the duration stored with the model");
    assertTrue(telemetry.durations.get(3).compareTo(telemetry.durations.get(0)) >= 0, "a run spans its fits");
  }

  @Test
  void refusedAndBusyRunsAreReportedWithoutAnyKindsFit() {
    models.data.put(TENANT_ID, new FitData(List.of(new FitData.CountRow(1, 10, 100, 49, 0)), List.of()));
    await(observed.fit(new FitCommand(tenant(), CALIBRATION_END, null, null)));
    await(models.tryAcquire(TENANT_ID, NOW, Duration.ofMinutes(5)));
    await(observed.fit(new FitCommand(tenant(), CALIBRATION_END, null, null)));

    assertEquals(List.of(), telemetry.kinds);
    assertEquals(List.of("NOT_ENOUGH_DATA REQUESTED", "ALREADY_RUNNING REQUESTED"), telemetry.runs);
  }

  @Test
  void theScheduledRefitIsReportedAsScheduled() {
    Tenant acme = await(fakes.tenants.create("acme-observed", Currency.getInstance("EUR"), ZoneOffset.UTC,
        new byte[32], List.of()));
    models.data.put(acme.id(), CDNOW);
    await(models.save(acme.id(), List.of(new FittedModel(ModelKind.BG_NBD, new BgNbd(1, 1, 1, 1).parameters(), -1, 1,
        Interval.WEEK, LocalDate.of(2024, 1, 1), null, NOW.minus(Duration.ofDays(2)), Duration.ZERO))));

    assertEquals(1, await(observed.refitOlderThan(Duration.ofDays(1))));
    assertEquals(List.of("FITTED SCHEDULED"), telemetry.runs);
    assertEquals(3, telemetry.kinds.stream().filter(line -> line.endsWith(" FITTED SCHEDULED")).count());
  }
}
