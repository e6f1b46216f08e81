package io.customerintel.bootstrap.config;

import io.customerintel.adapters.graphql.http.CorsOrigins;
import io.customerintel.adapters.graphql.limits.QueryLimits;
import io.customerintel.adapters.postgres.setup.PostgresSettings;
import io.customerintel.domain.tenant.RateLimit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything the server reads from its environment, validated in one place at startup so a typo is reported as one
 * line naming the variable instead of surfacing later as an odd failure.
 *
 * <p>Variables: the libpq ones ({@code PGHOST} default 127.0.0.1, {@code PGPORT} 5432, {@code PGDATABASE}
 * customer_intel, {@code PGUSER} the OS user, {@code PGPASSWORD}, {@code PGSSLMODE} prefer) or {@code DATABASE_URL}
 * ({@code postgres://user:pass@host:port/db?sslmode=...}; its parts win, the PG* variables fill in what it leaves
 * out); {@code DB_POOL_SIZE} (8); {@code PORT} (HTTP, 8080, 0 = any free port); {@code CUSTOMER_INTEL_AS_OF}
 * (pins "now"); {@code GRAPHIQL} (false); {@code CATCH_UP_INTERVAL_SECONDS} (60; 0 turns the background catch-up off);
 * {@code MODEL_REFIT} ({@code daily}; {@code hourly}, an ISO-8601 duration of at least a minute such as {@code PT6H},
 * or {@code off}); {@code CORS_ALLOWED_ORIGINS} (none; comma-separated exact origins such as
 * {@code https://app.example.com}); {@code PERSISTED_QUERY_CACHE_SIZE} (2000) and {@code PERSISTED_QUERY_MAX_CHARS}
 * (20000). Limits (docs/limits.md): {@code MAX_QUERY_COST} (1000), {@code MAX_QUERY_DEPTH} (12),
 * {@code MAX_ALIASES} (30), {@code MAX_DIRECTIVES_PER_FIELD} (5), {@code MAX_QUERY_TOKENS} (2000),
 * {@code MAX_QUERY_CHARACTERS} (20000), {@code MUTATION_COST} (10), {@code RATE_LIMIT_CAPACITY} (2000) and
 * {@code RATE_LIMIT_REFILL_PER_SECOND} (100). Metrics (docs/operations-metrics.md): {@code METRICS_ENABLED} (true) and
 * {@code METRICS_TOKEN} (none: /metrics is open; at least 16 characters).
 * {@code RATE_LIMIT_REFILL_PER_SECOND} (100). {@code SHUTDOWN_GRACE_SECONDS} (30, 0..3600): how long a stopping
 * server lets requests in flight finish.
 * Empty values count as unset.
 *
 * @param database where the data lives, including the pool size
 * @param httpPort port for the HTTP server, 0..65535
 * @param asOf     the pinned "now" for reproducible demos and tests, or {@code null} to use the real time
 * @param graphiql whether to serve the GraphiQL page
 * @param catchUpIntervalSeconds how often the server re-derives customers whose health time has changed, in the
 *                               background (reads catch up anyway; this keeps them fast); 0 = never
 * @param modelRefit how old a tenant's customer-base models may get before the scheduled refit fits them again;
 *                   null = no scheduled refit
 * @param corsAllowedOrigins the browser origins whose pages may call the API; empty = no cross-origin access
 * @param persistedQueries the in-memory cache and the document limit of automatic persisted queries
 * @param queryLimits what one operation may cost, how deep it may nest, and the parser's limits
 * @param rateLimit  every API key's bucket of cost points, unless the key has its own
 * @param metrics    whether metrics are kept and served at /metrics, and the token that guards them
 * @param shutdownGrace how long {@code Server.close()} (SIGTERM) waits for requests in flight before cutting them
 */
public record AppConfig(PostgresSettings database, int httpPort, Instant asOf, boolean graphiql,
                        int catchUpIntervalSeconds, Duration modelRefit,
                        List<String> corsAllowedOrigins, PersistedQuerySettings persistedQueries,
                        QueryLimits queryLimits, RateLimit rateLimit, MetricsSettings metrics,
                        Duration shutdownGrace) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final String DEFAULT_DATABASE = "customer_intel";
  public static final int DEFAULT_HTTP_PORT = 8080;
  public static final int MAX_POOL_SIZE = 1000;
  public static final int DEFAULT_CATCH_UP_INTERVAL_SECONDS = 60;
  public static final Duration DEFAULT_MODEL_REFIT = Duration.ofDays(1);
  static final Duration MIN_MODEL_REFIT = Duration.ofMinutes(1);
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);
  static final int MAX_SHUTDOWN_GRACE_SECONDS = 3600;

  public AppConfig {
    if (database == null) {
      throw new IllegalArgumentException("database settings are required");
    }
    if (httpPort < 0 || httpPort > 65535) {
      throw new IllegalArgumentException("httpPort must be from 0 to 65535, got " + httpPort);
    }
    if (catchUpIntervalSeconds < 0) {
      throw new IllegalArgumentException("catchUpIntervalSeconds must not be negative");
    }
    if (modelRefit != null && modelRefit.compareTo(MIN_MODEL_REFIT) < 0) {
      throw new IllegalArgumentException("modelRefit must be at least a minute");
    }
    corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
    if (persistedQueries == null || queryLimits == null || rateLimit == null) {
      throw new IllegalArgumentException("persisted query settings, query limits and the rate limit are required");
    }
    metrics = metrics == null ? MetricsSettings.DEFAULTS : metrics;
    if (shutdownGrace == null || shutdownGrace.isNegative()
        || shutdownGrace.compareTo(Duration.ofSeconds(MAX_SHUTDOWN_GRACE_SECONDS)) > 0) {
      throw new IllegalArgumentException("shutdownGrace must be from 0 to " + MAX_SHUTDOWN_GRACE_SECONDS + " seconds");
    }
  }

  /** With the default metrics (kept, /metrics open) and shutdown grace. */
  public AppConfig(PostgresSettings database, int httpPort, Instant asOf, boolean graphiql,
                   int catchUpIntervalSeconds, Duration modelRefit,
                   List<String> corsAllowedOrigins, PersistedQuerySettings persistedQueries,
                   QueryLimits queryLimits, RateLimit rateLimit) {
    this(database, httpPort, asOf, graphiql, catchUpIntervalSeconds, modelRefit, corsAllowedOrigins, persistedQueries,
        queryLimits, rateLimit, MetricsSettings.DEFAULTS, DEFAULT_SHUTDOWN_GRACE);
  }

  public AppConfig(PostgresSettings database, int httpPort, Instant asOf, boolean graphiql,
                   int catchUpIntervalSeconds, Duration modelRefit) {
    this(database, httpPort, asOf, graphiql, catchUpIntervalSeconds, modelRefit, List.of(),
        PersistedQuerySettings.DEFAULTS, QueryLimits.defaults(), RateLimit.DEFAULT);
  }

  public AppConfig(PostgresSettings database, int httpPort, Instant asOf, boolean graphiql,
                   int catchUpIntervalSeconds) {
    this(database, httpPort, asOf, graphiql, catchUpIntervalSeconds, DEFAULT_MODEL_REFIT);
  }

  public AppConfig(PostgresSettings database, int httpPort, Instant asOf, boolean graphiql) {
    this(database, httpPort, asOf, graphiql, DEFAULT_CATCH_UP_INTERVAL_SECONDS);
  }

  /** The clock every "as of now" computation uses: fixed at {@link #asOf()} when pinned. */
  public Clock clock() {
    return asOf == null ? Clock.systemUTC() : Clock.fixed(asOf, ZoneOffset.UTC);
  }

  /** Reads the process environment. */
  public static AppConfig fromSystemEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * Reads and validates {@code env}.
   *
   * @throws ConfigException naming the first invalid variable and why
   */
  public static AppConfig fromEnvironment(Map<String, String> env) {
    Env vars = new Env(env);
    PostgresSettings database = database(vars);
    int httpPort = vars.integer("PORT", DEFAULT_HTTP_PORT, 0, 65535, "a number from 0 to 65535");
    Instant asOf = vars.get("CUSTOMER_INTEL_AS_OF") == null ? null : instant(vars.get("CUSTOMER_INTEL_AS_OF"));
    boolean graphiql = vars.bool("GRAPHIQL", false);
    int catchUp = vars.integer("CATCH_UP_INTERVAL_SECONDS", DEFAULT_CATCH_UP_INTERVAL_SECONDS, 0, 86_400,
        "a number of seconds from 0 (off) to 86400");
    PersistedQuerySettings persistedQueries = new PersistedQuerySettings(
        vars.integer("PERSISTED_QUERY_CACHE_SIZE", PersistedQuerySettings.DEFAULT_CACHE_SIZE, 0,
            PersistedQuerySettings.MAX_CACHE_SIZE, "a number of documents from 0 to " + PersistedQuerySettings.MAX_CACHE_SIZE),
        vars.integer("PERSISTED_QUERY_MAX_CHARS", PersistedQuerySettings.DEFAULT_MAX_DOCUMENT_CHARS, 1,
            PersistedQuerySettings.MAX_DOCUMENT_CHARS,
            "a number of characters from 1 to " + PersistedQuerySettings.MAX_DOCUMENT_CHARS));
    return new AppConfig(database, httpPort, asOf, graphiql, catchUp, modelRefit(vars.get("MODEL_REFIT")),
        corsAllowedOrigins(vars.get("CORS_ALLOWED_ORIGINS")), persistedQueries, queryLimits(vars), rateLimit(vars),
        metrics(vars), Duration.ofSeconds(vars.integer("SHUTDOWN_GRACE_SECONDS",
            (int) DEFAULT_SHUTDOWN_GRACE.toSeconds(), 0, MAX_SHUTDOWN_GRACE_SECONDS,
            "a number of seconds from 0 to " + MAX_SHUTDOWN_GRACE_SECONDS)));
  }

  private static MetricsSettings metrics(Env vars) {
    String token = vars.get("METRICS_TOKEN");
    if (token != null && (token.length() < MetricsSettings.MIN_TOKEN_LENGTH || !token.matches("[\\x21-\\x7E]+"))) {
      throw new ConfigException("METRICS_TOKEN must be at least " + MetricsSettings.MIN_TOKEN_LENGTH
          + " printable characters without spaces");
    }
    return new MetricsSettings(vars.bool("METRICS_ENABLED", true), token);
  }

  private static List<String> corsAllowedOrigins(String text) {
    try {
      return CorsOrigins.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("CORS_ALLOWED_ORIGINS must be comma-separated origins: " + e.getMessage());
    }
  }

  private static QueryLimits queryLimits(Env vars) {
    return new QueryLimits(
        vars.integer("MAX_QUERY_COST", QueryLimits.DEFAULT_MAX_COST, 1, 10_000_000, "a number from 1 to 10000000"),
        vars.integer("MAX_QUERY_DEPTH", QueryLimits.DEFAULT_MAX_DEPTH, 1, 100, "a number from 1 to 100"),
        vars.integer("MAX_ALIASES", QueryLimits.DEFAULT_MAX_ALIASES, 0, 10_000, "a number from 0 to 10000"),
        vars.integer("MAX_DIRECTIVES_PER_FIELD", QueryLimits.DEFAULT_MAX_DIRECTIVES_PER_FIELD, 0, 100,
            "a number from 0 to 100"),
        vars.integer("MAX_QUERY_TOKENS", QueryLimits.DEFAULT_MAX_TOKENS, 10, 1_000_000, "a number from 10 to 1000000"),
        vars.integer("MAX_QUERY_CHARACTERS", QueryLimits.DEFAULT_MAX_CHARACTERS, 100, 10_000_000,
            "a number from 100 to 10000000"),
        vars.integer("MUTATION_COST", QueryLimits.DEFAULT_MUTATION_COST, 0, 1_000_000, "a number from 0 to 1000000"));
  }

  private static RateLimit rateLimit(Env vars) {
    return new RateLimit(
        vars.integer("RATE_LIMIT_CAPACITY", RateLimit.DEFAULT_CAPACITY, 1, 1_000_000_000,
            "a number of points from 1 to 1000000000"),
        vars.integer("RATE_LIMIT_REFILL_PER_SECOND", RateLimit.DEFAULT_REFILL_PER_SECOND, 1, 1_000_000_000,
            "a number of points from 1 to 1000000000"));
  }

  private static Duration modelRefit(String text) {
    if (text == null) {
      return DEFAULT_MODEL_REFIT;
    }
    switch (text.toLowerCase(Locale.ROOT)) {
      case "off":
        return null;
      case "daily":
        return Duration.ofDays(1);
      case "hourly":
        return Duration.ofHours(1);
      default:
        break;
    }
    try {
      Duration interval = Duration.parse(text);
      if (interval.compareTo(MIN_MODEL_REFIT) >= 0) {
        return interval;
      }
    } catch (DateTimeParseException notADuration) {
      // reported below with the accepted forms
    }
    throw new ConfigException("MODEL_REFIT must be off, daily, hourly or an ISO-8601 duration of at least a minute"
        + " such as PT6H, got '" + text + "'");
  }

  private static PostgresSettings database(Env vars) {
    String urlText = vars.get(DatabaseUrl.VARIABLE);
    DatabaseUrl url = urlText == null
        ? new DatabaseUrl(null, null, null, null, null, null)
        : DatabaseUrl.parse(urlText);
    String urlPrefix = urlText == null ? "" : " in " + DatabaseUrl.VARIABLE;

    String host = url.host() != null ? url.host() : vars.getOr("PGHOST", DEFAULT_HOST);
    if (host.startsWith("/") || host.contains(",")) {
      throw new ConfigException((url.host() != null ? "the host" + urlPrefix : "PGHOST")
          + " must be one TCP host name or address (unix-domain sockets and host lists are not supported), got '"
          + host + "'");
    }
    int port = url.port() != null
        ? url.port()
        : vars.integer("PGPORT", PostgresSettings.DEFAULT_PORT, 1, 65535, "a number from 1 to 65535");
    String database = url.database() != null ? url.database() : vars.getOr("PGDATABASE", DEFAULT_DATABASE);
    checkIdentifier(url.database() != null ? "the database name" + urlPrefix : "PGDATABASE", database);
    String user = first(url.user(), () -> vars.get("PGUSER"), () -> System.getProperty("user.name"));
    if (user == null) {
      throw new ConfigException("PGUSER is not set and the OS user name is unknown; set PGUSER");
    }
    checkIdentifier(url.user() != null ? "the user name" + urlPrefix : "PGUSER", user);
    // "user:@host" is as good as no password, so PGPASSWORD may fill that in too; an empty one means none
    String password = emptyToNull(url.password()) != null ? url.password() : emptyToNull(vars.raw("PGPASSWORD"));
    String sslMode = (url.sslMode() != null ? url.sslMode() : vars.getOr("PGSSLMODE", PostgresSettings.DEFAULT_SSL_MODE))
        .toLowerCase(Locale.ROOT);
    if (!PostgresSettings.SSL_MODES.contains(sslMode)) {
      throw new ConfigException((url.sslMode() != null ? "sslmode" + urlPrefix : "PGSSLMODE") + " must be one of "
          + String.join(", ", PostgresSettings.SSL_MODES) + ", got '" + sslMode + "'");
    }
    int poolSize = vars.integer("DB_POOL_SIZE", PostgresSettings.DEFAULT_POOL_SIZE, 1, MAX_POOL_SIZE,
        "a whole number from 1 to " + MAX_POOL_SIZE);
    return new PostgresSettings(host, port, database, user, password, sslMode, poolSize);
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notAnInstant) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException notAnOffsetDateTime) {
        try {
          return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
          throw new ConfigException("CUSTOMER_INTEL_AS_OF must be an ISO-8601 instant like 2026-01-31T00:00:00Z, got '"
              + text + "'");
        }
      }
    }
  }

  private static void checkIdentifier(String what, String value) {
    if (value.getBytes(StandardCharsets.UTF_8).length > 63) {
      throw new ConfigException(what + " must be at most 63 bytes long, got '" + value + "'");
    }
    if (value.indexOf('\0') >= 0) {
      throw new ConfigException(what + " must not contain a NUL character");
    }
  }

  @SafeVarargs
  private static String first(String value, Supplier<String>... fallbacks) {
    if (value != null) {
      return value;
    }
    for (Supplier<String> fallback : fallbacks) {
      String candidate = fallback.get();
      if (candidate != null && !candidate.isBlank()) {
        return candidate;
      }
    }
    return null;
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** Environment lookups where blank means unset, with the error wording shared by every variable. */
  private record Env(Map<String, String> values) {

    String raw(String name) {
      return values.get(name);
    }

    String get(String name) {
      String value = values.get(name);
      return value == null || value.isBlank() ? null : value.trim();
    }

    String getOr(String name, String fallback) {
      String value = get(name);
      return value == null ? fallback : value;
    }

    int integer(String name, int fallback, int min, int max, String expectation) {
      String value = get(name);
      if (value == null) {
        return fallback;
      }
      try {
        int parsed = Integer.parseInt(value);
        if (parsed >= min && parsed <= max) {
          return parsed;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new ConfigException(name + " must be " + expectation + ", got '" + value + "'");
    }

    boolean bool(String name, boolean fallback) {
      String value = get(name);
      if (value == null) {
        return fallback;
      }
      switch (value.toLowerCase(Locale.ROOT)) {
        case "true", "1", "yes", "on":
          return true;
        case "false", "0", "no", "off":
          return false;
        default:
          throw new ConfigException(name + " must be true or false, got '" + value + "'");
      }
    }
  }
}
