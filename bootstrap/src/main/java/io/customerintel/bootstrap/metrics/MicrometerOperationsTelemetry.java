package io.customerintel.bootstrap.metrics;

import io.customerintel.application.port.out.OperationsTelemetry;
import io.customerintel.domain.prediction.ModelKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Records the application's fit and bulk export reports as Micrometer meters (docs/operations-metrics.md). */
public final class MicrometerOperationsTelemetry implements OperationsTelemetry {

  static final String MODEL_FIT = "customerintel.model.fit";
  static final String FIT_RUN = "customerintel.model.fit.run";
  static final String EXPORTS_STARTED = "customerintel.exports.started";
  static final String EXPORTS_RUNNING = "customerintel.exports.running";
  static final String EXPORTS = "customerintel.exports";
  static final String EXPORT_OBJECTS = "customerintel.export.objects";
  static final String EXPORT_BYTES = "customerintel.export.bytes";

  // fits take from milliseconds (a small tenant) to minutes (millions of customers); exports up to the better part
  // of an hour: buckets wide enough for histogram_quantile on both
  private static final Duration[] FIT_BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1),
      Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(60), Duration.ofMinutes(5),
      Duration.ofMinutes(15)};
  private static final Duration[] EXPORT_BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(10),
      Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60)};

  private final MeterRegistry registry;
  private final AtomicInteger exportsRunning = new AtomicInteger();

  public MicrometerOperationsTelemetry(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder(EXPORTS_RUNNING, exportsRunning, AtomicInteger::get)
        .description("Bulk exports running on this instance").register(registry);
  }

  @Override
  public void modelFitted(ModelKind kind, FitOutcome outcome, FitTrigger trigger, Duration took) {
    Timer.builder(MODEL_FIT)
        .description("Fits of one customer-base model kind, by outcome and what triggered the fit")
        .tags("kind", kind.name(), "outcome", tag(outcome), "trigger", tag(trigger))
        .serviceLevelObjectives(FIT_BUCKETS)
        .register(registry)
        .record(took);
  }

  @Override
  public void fitRunEnded(FitOutcome outcome, FitTrigger trigger, Duration took) {
    Timer.builder(FIT_RUN)
        .description("Whole fit runs of a tenant (read, fit every kind, store), by outcome and trigger")
        .tags("outcome", tag(outcome), "trigger", tag(trigger))
        .serviceLevelObjectives(FIT_BUCKETS)
        .register(registry)
        .record(took);
  }

  @Override
  public void bulkExportStarted() {
    exportsRunning.incrementAndGet();
    Counter.builder(EXPORTS_STARTED).description("Bulk exports that began running").register(registry).increment();
  }

  @Override
  public void bulkExportEnded(ExportOutcome outcome, long objects, long bytes, Duration took) {
    exportsRunning.decrementAndGet();
    String end = tag(outcome);
    Timer.builder(EXPORTS).description("Bulk exports that stopped running, by outcome")
        .tag("outcome", end).serviceLevelObjectives(EXPORT_BUCKETS).register(registry).record(took);
    Counter.builder(EXPORT_OBJECTS).description("Objects (lines) written by bulk exports, by outcome")
        .tag("outcome", end).register(registry).increment(objects);
    Counter.builder(EXPORT_BYTES).baseUnit("bytes").description("Bytes written by bulk exports, by outcome")
        .tag("outcome", end).register(registry).increment(bytes);
  }

  private static String tag(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
