package io.customerintel.adapters.graphql.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The meters of /graphql requests: count and latency per operation, errors per {@code extensions.code}, user errors
 * per code, and the calculated query cost per operation (docs/operations-metrics.md). Operation names are capped by
 * {@link OperationNames}; neither query text nor variables ever become a tag.
 */
final class RequestMetrics {

  static final String REQUESTS = "customerintel.graphql.requests";
  static final String ERRORS = "customerintel.graphql.errors";
  static final String USER_ERRORS = "customerintel.graphql.user.errors";
  static final String COST = "customerintel.graphql.query.cost";
  static final String UNKNOWN = "unknown";
  static final String OTHER_CODE = "OTHER";

  // Our codes are upper snake case; a code of another shape came from somewhere unexpected and is not a tag.
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final Duration[] LATENCY_BUCKETS = {
      Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
      Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
      Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
  private static final double[] COST_BUCKETS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000};

  private final MeterRegistry registry;
  private final OperationNames names;

  RequestMetrics(MeterRegistry registry, OperationNames names) {
    this.registry = registry;
    this.names = names;
  }

  void record(RequestRecord request, int status, long nanos) {
    Tags operation = Tags.of("operation", names.tag(request.operationName()),
        "type", request.operationType() == null ? UNKNOWN : request.operationType());
    Timer.builder(REQUESTS)
        .description("GraphQL requests over HTTP by operation and HTTP status; _count is the request count")
        .tags(operation).tag("status", String.valueOf(status))
        .serviceLevelObjectives(LATENCY_BUCKETS)
        .register(registry)
        .record(Duration.ofNanos(nanos));
    if (request.cost() != null) {
      DistributionSummary.builder(COST)
          .description("Calculated cost of the GraphQL operations that were priced (docs/limits.md)")
          .tags(operation)
          .serviceLevelObjectives(COST_BUCKETS)
          .register(registry)
          .record(request.cost());
    }
    for (String code : request.errorCodes()) {
      counter(ERRORS, "Errors sent to GraphQL clients, by extensions.code", code).increment();
    }
    for (String code : request.userErrorCodes()) {
      counter(USER_ERRORS, "User errors in mutation payloads (input refused), by code, where clients selected it",
          code).increment();
    }
  }

  private Counter counter(String name, String description, String code) {
    return Counter.builder(name)
        .description(description)
        .tag("code", code != null && CODE.matcher(code).matches() ? code : OTHER_CODE)
        .register(registry);
  }
}
