package io.customerintel.application.port.out;

import io.customerintel.domain.prediction.ModelKind;
import java.time.Duration;

/**
 * Where the application reports the numbers operators watch that no request shows: how long model fits take and how
 * they end, and how bulk exports go. Implementations record them (metrics); they must be cheap and never throw.
 */
public interface OperationsTelemetry {

  /** Reports nothing: for tests and embedding. */
  OperationsTelemetry NONE = new OperationsTelemetry() {
    @Override
    public void modelFitted(ModelKind kind, FitOutcome outcome, FitTrigger trigger, Duration took) {
    }

    @Override
    public void fitRunEnded(FitOutcome outcome, FitTrigger trigger, Duration took) {
    }

    @Override
    public void bulkExportStarted() {
    }

    @Override
    public void bulkExportEnded(ExportOutcome outcome, long objects, long bytes, Duration took) {
    }
  };

  /** Why a fit ran. */
  enum FitTrigger {
    /** A client asked for it (fitCustomerBaseModels, or the demo's start). */
    REQUESTED,
    /** The scheduled refit of models older than MODEL_REFIT. */
    SCHEDULED
  }

  /** How a fit of one kind, or a whole fit run, ended. */
  enum FitOutcome {
    /** Fitted and stored (a run: at least one kind). */
    FITTED,
    /** The optimiser found no optimum; the previous model stays. */
    DID_NOT_CONVERGE,
    /** Too little data to fit (a run: nothing was fitted for that reason or another refusal). */
    NOT_ENOUGH_DATA,
    /** Another fit of the tenant held the lease: nothing ran. */
    ALREADY_RUNNING,
    /** An unexpected failure (database, bug). */
    FAILED
  }

  /** How a bulk export ended. */
  enum ExportOutcome {
    COMPLETED,
    FAILED,
    CANCELED
  }

  /** One model kind's fit within a run, timed on the fit executor. */
  void modelFitted(ModelKind kind, FitOutcome outcome, FitTrigger trigger, Duration took);

  /** A whole fit run of one tenant: reading the data, fitting every kind and storing the models. */
  void fitRunEnded(FitOutcome outcome, FitTrigger trigger, Duration took);

  /** A bulk export began running. */
  void bulkExportStarted();

  /**
   * A bulk export stopped running.
   *
   * @param objects the objects (lines) written
   * @param bytes   the size of the file written
   * @param took    from start to end
   */
  void bulkExportEnded(ExportOutcome outcome, long objects, long bytes, Duration took);
}
