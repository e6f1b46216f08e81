package io.customerintel.application.service;

import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.BulkExportUseCase;
import io.customerintel.application.port.in.CustomerProfile;
import io.customerintel.application.port.out.BulkExportStore;
import io.customerintel.application.port.out.CustomerCatchUp;
import io.customerintel.application.port.out.CustomerSearch;
import io.customerintel.application.port.out.CustomerSnapshot;
import io.customerintel.application.port.out.ExportFiles;
import io.customerintel.application.port.out.NodeJsonWriter;
import io.customerintel.application.port.out.OperationsTelemetry;
import io.customerintel.application.port.out.RevenueRanking;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.export.BulkExport;
import io.customerintel.domain.export.BulkExportId;
import io.customerintel.domain.export.BulkExportStatus;
import io.customerintel.domain.value.ValueTierThresholds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs bulk exports: records the job (one active per API key, enforced by the store across instances), then in the
 * background reads the filtered customers from one snapshot, renders each batch as the API would and appends it to
 * the job's file, recording progress every few thousand lines. Cancel is honoured between batches.
 */
public final class BulkExportService implements BulkExportUseCase {
  /** Progress reaches the job row about this often (lines), so pollers see it move without a write per batch. */
  static final long PROGRESS_EVERY = 5_000;
  /** ...and at least this often, so that a store can tell a live export from one whose instance died. */
  static final long HEARTBEAT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

  /** Called before each batch is rendered; the export waits for its stage (tests pause an export with it). */
  @FunctionalInterface
  public interface BatchProbe {
    CompletionStage<Void> beforeBatch(BulkExportId id, int batchNumber);
  }

  private final BulkExportStore store;
  private final CustomerSnapshot snapshot;
  private final NodeJsonWriter nodeJson;
  private final ExportFiles files;
  private final RevenueRanking ranking;
  private final CustomerCatchUp catchUp;
  private final Clock clock;
  private final Executor fileWork;
  private final int batchSize;
  private final OperationsTelemetry telemetry;
  /** The exports running on this instance, with their cancel flags: a cancel here stops them at the next batch. */
  private final Map<BulkExportId, AtomicBoolean> running = new ConcurrentHashMap<>();
  private volatile BatchProbe probe = (id, batch) -> CompletableFuture.completedFuture(null);

  /**
   * @param fileWork  where rendering is started and files are written: never an event loop
   * @param batchSize customers read, rendered and written at a time
   */
  public BulkExportService(BulkExportStore store, CustomerSnapshot snapshot, NodeJsonWriter nodeJson,
                           ExportFiles files, RevenueRanking ranking, CustomerCatchUp catchUp, Clock clock,
                           Executor fileWork, int batchSize, OperationsTelemetry telemetry) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
    this.store = store;
    this.snapshot = snapshot;
    this.nodeJson = nodeJson;
    this.files = files;
    this.ranking = ranking;
    this.catchUp = catchUp;
    this.clock = clock;
    this.fileWork = fileWork;
    this.batchSize = batchSize;
    this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
  }

  /** Replaces the batch probe (tests use it to hold an export between batches). */
  public void probe(BatchProbe probe) {
    this.probe = probe;
  }

  @Override
  public CompletionStage<Result> start(StartCommand command) {
    Owner owner = command.owner();
    Instant now = clock.instant();
    return store.create(owner.tenant().tenantId(), owner.apiKeyId(), command.query().document(),
        command.query().columns(), now, BulkExport.expiryOf(now)).thenApply(created -> {
          if (created.isEmpty()) {
            return Result.refused(BULK_EXPORT_IN_PROGRESS,
                "this API key already has an export running; wait for it or cancel it first");
          }
          AtomicBoolean canceled = new AtomicBoolean();
          running.put(created.get().id(), canceled);
          run(created.get(), command, canceled);
          return Result.of(created.get());
        });
  }

  @Override
  public CompletionStage<Optional<BulkExport>> find(Owner owner, BulkExportId id) {
    return store.byId(id).thenApply(found -> found.filter(export -> owns(owner, export)));
  }

  @Override
  public CompletionStage<Result> cancel(Owner owner, BulkExportId id) {
    AtomicBoolean flag = running.get(id);
    return find(owner, id).thenCompose(found -> {
      if (found.isEmpty()) {
        return CompletableFuture.completedFuture(Result.refused(NOT_FOUND, "no export of this API key has that id"));
      }
      BulkExport export = found.get();
      if (!export.status().active()) {
        return CompletableFuture.completedFuture(Result.refused(ALREADY_FINISHED,
            "the export is already " + export.status()));
      }
      if (flag != null) {
        flag.set(true);
      }
      return store.finish(id, BulkExportStatus.CANCELED, export.objectCount(), export.fileSize(), null,
              clock.instant())
          .thenCompose(done -> store.byId(id))
          .thenApply(after -> after.map(Result::of).orElseGet(() -> Result.refused(NOT_FOUND, "the export is gone")));
    });
  }

  @Override
  public CompletionStage<Optional<Download>> download(Owner owner, BulkExportId id) {
    return find(owner, id).thenApply(this::downloadable);
  }

  @Override
  public CompletionStage<Optional<Download>> downloadSigned(BulkExportId id) {
    return store.byId(id).thenApply(this::downloadable);
  }

  @Override
  public CompletionStage<Integer> expireFiles() {
    return store.expireFiles(clock.instant()).thenApplyAsync(names -> {
      names.forEach(this::deleteQuietly);
      return names.size();
    }, fileWork);
  }

  private Optional<Download> downloadable(Optional<BulkExport> export) {
    Instant now = clock.instant();
    return export.filter(e -> e.downloadable(now)).map(e -> new Download(e, files.path(e.fileName())));
  }

  private static boolean owns(Owner owner, BulkExport export) {
    return export.tenantId().equals(owner.tenant().tenantId()) && export.apiKeyId() == owner.apiKeyId();
  }

  /** The background part: every failure ends as a FAILED row, never as an unobserved exception. */
  private void run(BulkExport export, StartCommand command, AtomicBoolean canceled) {
    BulkExportId id = export.id();
    AuthenticatedTenant tenant = command.owner().tenant();
    String fileName = files.fileName(id);
    Progress progress = new Progress();
    store.started(id, fileName).thenCompose(started -> {
      if (!started) {
        canceled.set(true);
        return CompletableFuture.completedFuture(null);
      }
      progress.startedAt = System.nanoTime();
      telemetry.bulkExportStarted();
      return catchUp.catchUp(tenant.tenantId(), tenant.rules(), clock.instant())
          .thenCompose(done -> ranking.thresholds(tenant.tenantId()))
          .thenCompose(thresholds -> CompletableFuture.supplyAsync(() -> create(fileName), fileWork)
              .thenCompose(out -> {
                progress.out = out;
                return write(id, command, thresholds, progress, canceled);
              }));
    }).handle((count, failure) -> {
      closeQuietly(progress.out);
      return failure;
    }).thenCompose(failure -> {
      if (canceled.get()) {
        return CompletableFuture.completedFuture(false);
      }
      if (failure != null) {
        System.getLogger(BulkExportService.class.getName()).log(System.Logger.Level.WARNING,
            "bulk export " + id.value() + " failed", failure);
      }
      if (failure != null) {
        // the file goes before the row says FAILED, so whoever sees FAILED finds no partial file
        return CompletableFuture.runAsync(() -> deleteQuietly(fileName), fileWork)
            .thenCompose(deleted -> store.finish(id, BulkExportStatus.FAILED, progress.count, progress.size,
                errorCode(failure), clock.instant()))
            .thenApply(recorded -> false);
      }
      return store.finish(id, BulkExportStatus.COMPLETED, progress.count, progress.size, null, clock.instant());
    }).whenComplete((completed, failure) -> {
      running.remove(id);
      if (progress.startedAt != 0) {
        OperationsTelemetry.ExportOutcome outcome = Boolean.TRUE.equals(completed)
            ? OperationsTelemetry.ExportOutcome.COMPLETED
            : canceled.get() ? OperationsTelemetry.ExportOutcome.CANCELED : OperationsTelemetry.ExportOutcome.FAILED;
        telemetry.bulkExportEnded(outcome, progress.count, progress.size,
            Duration.ofNanos(System.nanoTime() - progress.startedAt));
      }
      if (failure != null || !Boolean.TRUE.equals(completed)) {
        // failed, canceled (here or on another instance) or not recorded: the partial file is nobody's
        CompletableFuture.runAsync(() -> deleteQuietly(fileName), fileWork);
      }
    });
  }

  private CompletionStage<Long> write(BulkExportId id, StartCommand command, ValueTierThresholds thresholds,
                                      Progress progress, AtomicBoolean canceled) {
    AuthenticatedTenant tenant = command.owner().tenant();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, tenant.zone());
    var query = command.query();
    CustomerSearch search = CustomerQueryService.search(tenant, query.filter(), query.sort(), today, thresholds,
        Optional.empty(), Integer.MAX_VALUE);
    // Two batches render at once (one per export worker) while the reader fetches ahead; writes stay in order,
    // each waiting for the one before it. The reader goes on once the batch before the one just handed over is
    // written, so at most three batches are held at any time, whatever the tenant's size.
    return snapshot.readAll(search, batchSize, batch -> {
      int number = ++progress.batches;
      CompletableFuture<List<String>> rendered = probe.beforeBatch(id, number).toCompletableFuture()
          .thenComposeAsync(ready -> canceled.get()
              ? CompletableFuture.completedFuture(List.<String>of())
              : nodeJson.write(tenant, query.document(), profiles(tenant, batch, thresholds, now)), fileWork);
      CompletableFuture<Boolean> previous = progress.lastWrite;
      progress.lastWrite = previous.thenCombineAsync(rendered, (goOn, lines) -> {
        if (goOn && !canceled.get()) {
          progress.size = append(progress.out, lines);
          progress.count += lines.size();
        }
        return goOn;
      }, fileWork).thenCompose(goOn -> goOn ? report(id, progress, canceled) : CompletableFuture.completedFuture(false));
      return previous;
    }).thenCompose(read -> progress.lastWrite).thenApply(goOn -> progress.count);
  }

  /** Progress to the row every PROGRESS_EVERY lines; the row's status there tells of a cancel on another instance. */
  private CompletionStage<Boolean> report(BulkExportId id, Progress progress, AtomicBoolean canceled) {
    long now = System.nanoTime();
    if (progress.count - progress.reported < PROGRESS_EVERY && now - progress.reportedAt < HEARTBEAT_NANOS) {
      return CompletableFuture.completedFuture(!canceled.get());
    }
    progress.reported = progress.count;
    progress.reportedAt = now;
    return store.progress(id, progress.count, progress.size).thenApply(status -> {
      if (status != BulkExportStatus.RUNNING) {
        canceled.set(true);
      }
      return !canceled.get();
    });
  }

  /** A refusal keeps its code (a field of the query that cannot be answered); anything else is ours. */
  private static String errorCode(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UseCaseException refusal) {
        return refusal.code();
      }
    }
    return EXPORT_FAILED;
  }

  private static List<CustomerProfile> profiles(AuthenticatedTenant tenant, List<Customer> batch,
                                                ValueTierThresholds thresholds, Instant now) {
    List<CustomerProfile> profiles = new ArrayList<>(batch.size());
    for (Customer customer : batch) {
      profiles.add(CustomerQueryService.profile(tenant, customer, thresholds, now));
    }
    return profiles;
  }

  private ExportFiles.Output create(String fileName) {
    try {
      return files.create(fileName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long append(ExportFiles.Output out, List<String> lines) {
    try {
      return out.append(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(ExportFiles.Output out) {
    if (out == null) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      // the export's outcome is decided already; a close failure leaves at most a file the expiry removes
    }
  }

  private void deleteQuietly(String fileName) {
    try {
      files.delete(fileName);
    } catch (IOException e) {
      System.getLogger(BulkExportService.class.getName()).log(System.Logger.Level.WARNING,
          "could not delete export file " + fileName + ": " + e);
    }
  }

  /** One run's counters; touched by one stage at a time, since batches are strictly sequential. */
  private static final class Progress {
    volatile ExportFiles.Output out;
    volatile long count;
    volatile long size;
    volatile long reported;
    volatile long reportedAt = System.nanoTime();
    volatile int batches;
    /** When the export began running here (System.nanoTime), 0 if it never did. */
    volatile long startedAt;
    /** The write of the latest batch handed over; true while the export goes on. */
    volatile CompletableFuture<Boolean> lastWrite = CompletableFuture.completedFuture(true);
  }
}
