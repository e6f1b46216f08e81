package io.customerintel.bootstrap.demo;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.ManageTenantsUseCase;
import io.customerintel.application.port.in.RecordDefectionUseCase;
import io.customerintel.application.port.in.RecordPurchasesUseCase;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase;
import io.customerintel.application.port.in.UpsertCustomersUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.domain.tenant.Tenant;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Loads the demo tenant {@value #TENANT_NAME}: about 5,000 customers with three years of purchases up to
 * yesterday, survey invitations and responses and defections, all through the application's own use
 * cases (so it is validated and derived exactly like real data).
 *
 * <p>The data is a pure function of the tenant's calendar day of the clock's "now" (see {@link DemoGenerator}):
 * two runs on the same day send identical data, and every write is idempotent (purchases by external id,
 * customers by external id, responses by customer and survey, defections by customer, time and reason), so
 * loading again stores nothing new. When the tenant already existed and not a single purchase was new, the
 * data is taken as loaded before and the survey responses and defections are not sent again: on a later day
 * they would be shifted in time and defections would be recorded twice. To reload from scratch, delete the
 * tenant.
 *
 * <p>Batches hold at most {@link #MAX_BATCH_ITEMS} items and at most {@link #CONCURRENCY} requests are in
 * flight; a customer's purchases never span two batches, so concurrent batches never update the same
 * customer's facts. Any user error is a bug in the generator and fails the load.
 */
public final class DemoData {
  public static final String TENANT_NAME = "demo";
  /** The documented key of the demo tenant; it is public, so the demo tenant must hold nothing of value. */
  public static final String API_KEY = "ci_demo_0123456789abcdefghijklmnopqrstuv";
  public static final String CURRENCY = "EUR";
  public static final ZoneId ZONE = ZoneOffset.UTC;
  /** The ingestion use cases' batch limit (Batches.MAX_ITEMS); larger batches are refused whole. */
  public static final int MAX_BATCH_ITEMS = 1000;
  /** Requests in flight at once. */
  static final int CONCURRENCY = 2;

  /**
   * What {@link #load()} did: the demo tenant, the key to print, and the size of the demo data set.
   *
   * <p>customers, purchases, surveyResponses (invitations and answers) and defections count the generated
   * demo data, which is what the tenant holds after a complete load. newlyRecordedPurchases counts the
   * purchases this run actually stored: 0 means the data was already there and nothing new was written.
   */
  public record DemoTenant(String name, String apiKey, int customers, int purchases, int surveyResponses,
                           int defections, int newlyRecordedPurchases) {

    /** Whether this run found the demo data already loaded (no purchase was new). */
    public boolean alreadyLoaded() {
      return newlyRecordedPurchases == 0;
    }

    /** One line for the console (without the key). */
    public String summary() {
      String what = alreadyLoaded() ? "already loaded, nothing new stored" : "loaded";
      return "demo tenant '" + name + "' " + what + ": " + customers + " customers, " + purchases + " purchases ("
          + newlyRecordedPurchases + " new), " + surveyResponses + " survey invitations and responses, " + defections
          + " defections";
    }
  }

  private final ManageTenantsUseCase tenants;
  private final UpsertCustomersUseCase customers;
  private final RecordPurchasesUseCase purchases;
  private final RecordSurveyResponsesUseCase surveys;
  private final RecordDefectionUseCase defections;
  private final Clock clock;

  public DemoData(ManageTenantsUseCase tenants, UpsertCustomersUseCase customers, RecordPurchasesUseCase purchases,
                  RecordSurveyResponsesUseCase surveys, RecordDefectionUseCase defections, Clock clock) {
    this.tenants = Objects.requireNonNull(tenants, "tenants");
    this.customers = Objects.requireNonNull(customers, "customers");
    this.purchases = Objects.requireNonNull(purchases, "purchases");
    this.surveys = Objects.requireNonNull(surveys, "surveys");
    this.defections = Objects.requireNonNull(defections, "defections");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The demo data for "now" in a tenant's zone, without loading it. */
  public static DemoDataset generate(Clock clock, ZoneId zone) {
    return DemoGenerator.generate(clock.instant(), zone);
  }

  /**
   * Creates the tenant if needed, makes {@link #API_KEY} valid for it and loads the data. Fails with an
   * {@link IllegalStateException} when any item is refused.
   */
  public CompletionStage<DemoTenant> load() {
    return tenant().thenCompose(found -> tenants.installApiKey(found.tenant().id(), API_KEY)
        .thenCompose(ignored -> load(AuthenticatedTenant.of(found.tenant()), found.existed())));
  }

  private record FoundTenant(Tenant tenant, boolean existed) {}

  private CompletionStage<FoundTenant> tenant() {
    return tenants.findTenant(TENANT_NAME).thenCompose(existing -> {
      if (existing.isPresent()) {
        return CompletableFuture.completedFuture(new FoundTenant(existing.get(), true));
      }
      return tenants.createTenant(new ManageTenantsUseCase.CreateTenant(TENANT_NAME, CURRENCY, ZONE))
          .thenApply(created -> new FoundTenant(created.tenant(), false))
          .exceptionallyCompose(error -> {
            // another instance created it in the meantime
            if (unwrap(error) instanceof UseCaseException e && ErrorCodes.CONFLICT.equals(e.code())) {
              return tenants.findTenant(TENANT_NAME).thenApply(again -> new FoundTenant(again.orElseThrow(
                  () -> new IllegalStateException("tenant '" + TENANT_NAME + "' conflicts but cannot be found")), true));
            }
            return CompletableFuture.failedFuture(error);
          });
    });
  }

  private CompletionStage<DemoTenant> load(AuthenticatedTenant tenant, boolean existed) {
    DemoDataset data = DemoGenerator.generate(clock.instant(), tenant.zone());
    List<List<UpsertCustomersUseCase.Item>> customerBatches =
        batches(data.customers(), UpsertCustomersUseCase.Item::externalId);
    List<List<RecordPurchasesUseCase.Item>> purchaseBatches =
        batches(data.purchases(), RecordPurchasesUseCase.Item::customerExternalId);
    List<List<RecordSurveyResponsesUseCase.Item>> surveyBatches =
        batches(data.surveyResponses(), RecordSurveyResponsesUseCase.Item::customerExternalId);

    return inOrder(customerBatches, batch -> customers.upsertCustomers(new UpsertCustomersUseCase.Command(tenant, batch))
        .thenApply(result -> check("customers", batch.get(0).externalId(), result.userErrors(), result.upserted())))
        .thenCompose(ignored -> inOrder(purchaseBatches,
            batch -> purchases.recordPurchases(new RecordPurchasesUseCase.Command(tenant, batch))
                .thenApply(result -> check("purchases", batch.get(0).customerExternalId(), result.userErrors(),
                    result.recorded()))))
        .thenCompose(recorded -> {
          int newPurchases = recorded.stream().mapToInt(Integer::intValue).sum();
          DemoTenant summary = new DemoTenant(tenant.name(), API_KEY, data.customers().size(), data.purchases().size(),
              data.surveyResponses().size(), data.defections().size(), newPurchases);
          if (existed && newPurchases == 0) {
            return CompletableFuture.completedFuture(summary);
          }
          return inOrder(surveyBatches,
              batch -> surveys.recordSurveyResponses(new RecordSurveyResponsesUseCase.Command(tenant, batch))
                  .thenApply(result -> check("survey responses", batch.get(0).customerExternalId(), result.userErrors(),
                      result.recorded())))
              .thenCompose(ignored -> inOrder(data.defections(), defection -> defections.recordDefection(
                  new RecordDefectionUseCase.Command(tenant, defection.customerExternalId(), defection.occurredAt(),
                      defection.reasonCode(), defection.detail(), defection.competitor(), defection.lostAnnualValue()))
                  .thenApply(result -> check("defection", defection.customerExternalId(), result.userErrors(), 1))))
              .thenApply(ignored -> summary);
        });
  }

  /**
   * Cuts items into batches of at most {@link #MAX_BATCH_ITEMS}, never splitting one customer's items
   * (unless a single customer has more than a batch holds).
   */
  static <T> List<List<T>> batches(List<T> items, Function<T, String> customer) {
    List<List<T>> batches = new ArrayList<>();
    int start = 0;
    while (start < items.size()) {
      int end = Math.min(items.size(), start + MAX_BATCH_ITEMS);
      if (end < items.size()) {
        int cut = end;
        while (cut > start && customer.apply(items.get(cut)).equals(customer.apply(items.get(cut - 1)))) {
          cut--;
        }
        if (cut > start) {
          end = cut;
        }
      }
      batches.add(List.copyOf(items.subList(start, end)));
      start = end;
    }
    return batches;
  }

  private static int check(String what, String first, List<UserError> errors, int count) {
    if (!errors.isEmpty()) {
      throw new IllegalStateException("demo data generator bug: " + errors.size() + " " + what
          + " refused in the batch starting at customer " + first + ", e.g. " + errors.subList(0, Math.min(3, errors.size())));
    }
    return count;
  }

  /**
   * Runs one request per item with at most {@link #CONCURRENCY} in flight, starting them in order; the
   * results come back in item order. Stops starting requests after the first failure and fails with it.
   */
  static <T, R> CompletionStage<List<R>> inOrder(List<T> items, Function<T, CompletionStage<R>> request) {
    int n = items.size();
    List<R> results = new ArrayList<>(java.util.Collections.nCopies(n, null));
    CompletableFuture<List<R>> done = new CompletableFuture<>();
    if (n == 0) {
      done.complete(results);
      return done;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    Object lock = new Object();
    Runnable[] worker = new Runnable[1];
    worker[0] = () -> {
      // a loop rather than recursion: requests that complete at once (in-memory) must not deepen the stack
      while (!failed.get()) {
        int i = next.getAndIncrement();
        if (i >= n) {
          return;
        }
        CompletableFuture<R> future;
        try {
          future = request.apply(items.get(i)).toCompletableFuture();
        } catch (RuntimeException e) {
          future = CompletableFuture.failedFuture(e);
        }
        if (future.isDone()) {
          if (!settle(future, i, results, lock, finished, n, failed, done)) {
            return;
          }
          continue;
        }
        future.whenComplete((result, error) -> {
          CompletableFuture<R> completed = error == null
              ? CompletableFuture.completedFuture(result) : CompletableFuture.failedFuture(error);
          if (settle(completed, i, results, lock, finished, n, failed, done)) {
            worker[0].run();
          }
        });
        return;
      }
    };
    for (int w = 0; w < Math.min(CONCURRENCY, n); w++) {
      worker[0].run();
    }
    return done;
  }

  /** Stores a finished request's result; false when it failed (and the whole run failed with it). */
  private static <R> boolean settle(CompletableFuture<R> future, int index, List<R> results, Object lock,
                                    AtomicInteger finished, int n, AtomicBoolean failed,
                                    CompletableFuture<List<R>> done) {
    R result;
    try {
      result = future.join();
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      failed.set(true);
      done.completeExceptionally(unwrap(e));
      return false;
    }
    synchronized (lock) {
      results.set(index, result);
    }
    if (finished.incrementAndGet() == n) {
      synchronized (lock) {
        done.complete(java.util.Collections.unmodifiableList(new ArrayList<>(results)));
      }
    }
    return true;
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof java.util.concurrent.ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
