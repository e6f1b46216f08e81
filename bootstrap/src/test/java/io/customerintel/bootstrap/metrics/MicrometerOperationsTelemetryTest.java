package io.customerintel.bootstrap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.application.port.out.OperationsTelemetry.ExportOutcome;
import io.customerintel.application.port.out.OperationsTelemetry.FitOutcome;
import io.customerintel.application.port.out.OperationsTelemetry.FitTrigger;
import io.customerintel.application.service.CacheStatistics;
import io.customerintel.domain.prediction.ModelKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MicrometerOperationsTelemetryTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerOperationsTelemetry telemetry = new MicrometerOperationsTelemetry(registry);

  @Test
  void exportsAreCountedWhileRunningAndByOutcomeWithTheirObjectsAndBytes() {
    telemetry.bulkExportStarted();
    telemetry.bulkExportStarted();
    assertEquals(2, registry.get(MicrometerOperationsTelemetry.EXPORTS_RUNNING).gauge().value());

    telemetry.bulkExportEnded(ExportOutcome.COMPLETED, 1_000, 250_000, Duration.ofSeconds(2));
    telemetry.bulkExportEnded(ExportOutcome.CANCELED, 10, 2_500, Duration.ofMillis(100));

    assertEquals(0, registry.get(MicrometerOperationsTelemetry.EXPORTS_RUNNING).gauge().value());
    assertEquals(2, registry.get(MicrometerOperationsTelemetry.EXPORTS_STARTED).counter().count());
    assertEquals(1, registry.get(MicrometerOperationsTelemetry.EXPORTS).tag("outcome", "completed").timer().count());
    assertEquals(1_000, registry.get(MicrometerOperationsTelemetry.EXPORT_OBJECTS).tag("outcome", "completed")
        .counter().count());
    assertEquals(2_500, registry.get(MicrometerOperationsTelemetry.EXPORT_BYTES).tag("outcome", "canceled")
        .counter().count());
  }

  @Test
  void fitsAreTimedPerKindOutcomeAndTrigger() {
    telemetry.modelFitted(ModelKind.BG_NBD, FitOutcome.FITTED, FitTrigger.SCHEDULED, Duration.ofMillis(300));
    telemetry.fitRunEnded(FitOutcome.FITTED, FitTrigger.SCHEDULED, Duration.ofMillis(900));

    assertEquals(0.3, registry.get(MicrometerOperationsTelemetry.MODEL_FIT).tags("kind", "BG_NBD",
        "outcome", "fitted", "trigger", "scheduled").timer().totalTime(java.util.concurrent.TimeUnit.SECONDS), 1e-9);
    assertEquals(1, registry.get(MicrometerOperationsTelemetry.FIT_RUN).tags("outcome", "fitted",
        "trigger", "scheduled").timer().count());
  }

  @Test
  void applicationCachesReadLikeCaffeineCaches() {
    AtomicReference<CacheStatistics> now = new AtomicReference<>(new CacheStatistics(3, 1, 0, 1));
    new CacheStatisticsMetrics(registry).monitor("analytics", now::get);
    now.set(new CacheStatistics(30, 10, 2, 8));
    assertEquals(30, registry.get("cache.gets").tags("cache", "analytics", "result", "hit").functionCounter()
        .count());
    assertEquals(10, registry.get("cache.gets").tags("cache", "analytics", "result", "miss").functionCounter()
        .count());
    assertEquals(2, registry.get("cache.evictions").tag("cache", "analytics").functionCounter().count());
    assertEquals(8, registry.get("cache.size").tag("cache", "analytics").gauge().value());
  }
}
