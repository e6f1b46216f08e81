package io.customerintel.bootstrap.config;

import io.customerintel.adapters.graphql.limits.QueryLimits;
import io.customerintel.adapters.postgres.setup.PostgresSettings;
import io.customerintel.domain.tenant.RateLimit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every variable, its default and its error line, so operators get the same answers the README promises. */
class AppConfigTest {

  private static AppConfig config(String... keyValues) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      env.put(keyValues[i], keyValues[i + 1]);
    }
    return AppConfig.fromEnvironment(env);
  }

  private static String error(String... keyValues) {
    ConfigException e = assertThrows(ConfigException.class, () -> config(keyValues));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    return e.getMessage();
  }

  @Test
  void defaultsWithAnEmptyEnvironment() {
    AppConfig config = config();
    PostgresSettings db = config.database();
    assertEquals("127.0.0.1", db.host());
    assertEquals(5432, db.port());
    assertEquals("customer_intel", db.database());
    assertEquals(System.getProperty("user.name"), db.user());
    assertNull(db.password());
    assertEquals("prefer", db.sslMode());
    assertEquals(8, db.poolSize());
    assertEquals(8080, config.httpPort());
    assertNull(config.asOf());
    assertFalse(config.graphiql());
    assertEquals(Clock.systemUTC(), config.clock());
  }

  @Test
  void metricsAreOnAndOpenByDefaultAndCanBeGuardedOrTurnedOff() {
    assertEquals(new MetricsSettings(true, null), config().metrics());
    assertEquals(new MetricsSettings(false, null), config("METRICS_ENABLED", "false").metrics());
    assertEquals("0123456789abcdef!", config("METRICS_TOKEN", "0123456789abcdef!").metrics().token());
  }

  @Test
  void aShortOrSpacedMetricsTokenIsRefusedWithoutEchoingIt() {
    String shortToken = error("METRICS_TOKEN", "short-token");
    assertTrue(shortToken.startsWith("METRICS_TOKEN must be at least 16 printable characters"), shortToken);
    assertFalse(shortToken.contains("short-token"));
    assertTrue(error("METRICS_TOKEN", "0123456789 abcdef").startsWith("METRICS_TOKEN must be"));
    assertTrue(error("METRICS_ENABLED", "maybe").startsWith("METRICS_ENABLED must be true or false"));
  }

  @Test
  void blankValuesCountAsUnset() {
    AppConfig config = config("PGHOST", " ", "PORT", "", "GRAPHIQL", "", "DB_POOL_SIZE", "  ", "PGPASSWORD", "");
    assertEquals("127.0.0.1", config.database().host());
    assertEquals(8080, config.httpPort());
    assertNull(config.database().password());
  }

  @Nested
  class LibpqVariables {

    @Test
    void allRead() {
      PostgresSettings db = config("PGHOST", "db.internal", "PGPORT", "6432", "PGDATABASE", "ci",
          "PGUSER", "app", "PGPASSWORD", "p@ss word", "PGSSLMODE", "REQUIRE", "DB_POOL_SIZE", "20").database();
      assertEquals(new PostgresSettings("db.internal", 6432, "ci", "app", "p@ss word", "require", 20), db);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "65536", "-1", "5432x"})
    void badPgport(String value) {
      assertEquals("PGPORT must be a number from 1 to 65535, got '" + value + "'", error("PGPORT", value));
    }

    @Test
    void badSslMode() {
      assertEquals("PGSSLMODE must be one of disable, allow, prefer, require, verify-ca, verify-full, got 'sometimes'",
          error("PGSSLMODE", "sometimes"));
    }

    @Test
    void socketDirectoryHostIsRejected() {
      assertTrue(error("PGHOST", "/var/run/postgresql").startsWith("PGHOST must be one TCP host name or address"));
      assertTrue(error("PGHOST", "a,b").startsWith("PGHOST must be one TCP host"));
    }

    @Test
    void overlongDatabaseName() {
      assertTrue(error("PGDATABASE", "x".repeat(64)).startsWith("PGDATABASE must be at most 63 bytes long"));
    }

    @Test
    void overlongUser() {
      assertTrue(error("PGUSER", "u".repeat(64)).startsWith("PGUSER must be at most 63 bytes long"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "many", "1001"})
    void badPoolSize(String value) {
      assertEquals("DB_POOL_SIZE must be a whole number from 1 to 1000, got '" + value + "'",
          error("DB_POOL_SIZE", value));
    }
  }

  @Nested
  class DatabaseUrlVariable {

    @Test
    void fullUrl() {
      PostgresSettings db = config("DATABASE_URL", "postgres://alice:s3cret@db.example:6543/sales?sslmode=require")
          .database();
      assertEquals(new PostgresSettings("db.example", 6543, "sales", "alice", "s3cret", "require", 8), db);
    }

    @Test
    void postgresqlSchemeToo() {
      assertEquals("db", config("DATABASE_URL", "postgresql://u@db/x").database().host());
      assertEquals("db", config("DATABASE_URL", "PostgreSQL://u@db/x").database().host());
    }

    @Test
    void percentEncodedUserAndPasswordAreDecoded() {
      PostgresSettings db = config("DATABASE_URL", "postgres://al%40ice:p%40ss%3Aw%2Fo+rd%25%C3%A9@db/x").database();
      assertEquals("al@ice", db.user());
      assertEquals("p@ss:w/o+rd%é", db.password());
    }

    @Test
    void urlWinsOverPgVariables() {
      PostgresSettings db = config("DATABASE_URL", "postgres://alice:pw@url-host:1111/url_db?sslmode=disable",
          "PGHOST", "pg-host", "PGPORT", "2222", "PGDATABASE", "pg_db", "PGUSER", "bob", "PGPASSWORD", "other",
          "PGSSLMODE", "require").database();
      assertEquals(new PostgresSettings("url-host", 1111, "url_db", "alice", "pw", "disable", 8), db);
    }

    @Test
    void pgPasswordFillsInAMissingPassword() {
      assertEquals("fromenv", config("DATABASE_URL", "postgres://alice@db/x", "PGPASSWORD", "fromenv")
          .database().password());
      assertEquals("fromenv", config("DATABASE_URL", "postgres://alice:@db/x", "PGPASSWORD", "fromenv")
          .database().password());
    }

    @Test
    void pgVariablesFillInOtherMissingParts() {
      PostgresSettings db = config("DATABASE_URL", "postgres://db", "PGUSER", "bob", "PGDATABASE", "d",
          "PGPORT", "7000", "PGSSLMODE", "disable").database();
      assertEquals(new PostgresSettings("db", 7000, "d", "bob", null, "disable", 8), db);
      PostgresSettings defaults = config("DATABASE_URL", "postgres:///only_db").database();
      assertEquals("127.0.0.1", defaults.host());
      assertEquals(5432, defaults.port());
      assertEquals("only_db", defaults.database());
      assertEquals(System.getProperty("user.name"), defaults.user());
    }

    @Test
    void unusedPgVariablesAreNotValidated() {
      assertEquals(1111, config("DATABASE_URL", "postgres://u@h:1111/d", "PGPORT", "nonsense").database().port());
    }

    @Test
    void hostsWithUnderscoresAndIpv6() {
      assertEquals("my_db", config("DATABASE_URL", "postgres://u@my_db:5433/x").database().host());
      PostgresSettings v6 = config("DATABASE_URL", "postgres://u@[::1]:5433/x").database();
      assertEquals("::1", v6.host());
      assertEquals(5433, v6.port());
    }

    @Test
    void databaseNameIsDecoded() {
      assertEquals("my db", config("DATABASE_URL", "postgres://u@h/my%20db").database().database());
    }

    @Test
    void queryParametersLikeLibpq() {
      PostgresSettings db = config("DATABASE_URL",
          "postgres://h/d?user=q%40user&password=pw&connect_timeout=10&application_name=x&port=5555").database();
      assertEquals("q@user", db.user());
      assertEquals("pw", db.password());
      assertEquals(5555, db.port());
    }

    @Test
    void passwordIsNeverEchoedInErrors() {
      String message = error("DATABASE_URL", "postgres://alice:topsecret@db:99999/x");
      assertEquals("DATABASE_URL is not a valid postgres:// URL: port '99999' is not a number from 1 to 65535", message);
      assertFalse(message.contains("topsecret"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mysql://u@h/d | it must start with postgres:// or postgresql://",
        "db.example:5432 | it must start with postgres:// or postgresql://",
        "postgres://u@h:abc/d | port 'abc' is not a number from 1 to 65535",
        "postgres://u@h1,h2/d | several hosts are not supported",
        "postgres://u@::1/d | an IPv6 host must be written in brackets, like [::1]",
        "postgres://u@[::1/d | an IPv6 host must end with ']'",
        "postgres://u:p%zz@h/d | bad percent-encoding in the password",
        "postgres://u:p%4@h/d | bad percent-encoding in the password",
        "postgres://u:%C3%28@h/d | the password is not percent-encoded UTF-8",
        "postgres://u@h/d/e | the path must be only the database name",
        "postgres://u@h/d#frag | it must not contain a '#' fragment (percent-encode '#' in a password as %23)",
        "postgres://u@h/d?sslmode | query parameter 'sslmode' has no value",
    })
    void invalidUrls(String url, String reason) {
      assertEquals("DATABASE_URL is not a valid postgres:// URL: " + reason, error("DATABASE_URL", url));
    }

    @Test
    void badSslModeInUrl() {
      assertEquals("sslmode in DATABASE_URL must be one of disable, allow, prefer, require, verify-ca, verify-full,"
          + " got 'always'", error("DATABASE_URL", "postgres://u@h/d?sslmode=always"));
    }
  }

  @Nested
  class HttpAndFeatures {

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "8081", "65535"})
    void port(String value) {
      assertEquals(Integer.parseInt(value), config("PORT", value).httpPort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "65536", "80.5", "99999999999"})
    void badPort(String value) {
      assertEquals("PORT must be a number from 0 to 65535, got '" + value + "'", error("PORT", value));
    }

    @Test
    void badPortExampleFromTheDocs() {
      assertEquals("PORT must be a number from 0 to 65535, got 'abc'", error("PORT", "abc"));
    }

    @ParameterizedTest
    @CsvSource({"true,true", "TRUE,true", "1,true", "yes,true", "false,false", "False,false", "0,false", "no,false"})
    void graphiql(String value, boolean expected) {
      assertEquals(expected, config("GRAPHIQL", value).graphiql());
    }

    @Test
    void badGraphiql() {
      assertEquals("GRAPHIQL must be true or false, got 'maybe'", error("GRAPHIQL", "maybe"));
    }

    @Test
    void theBackgroundCatchUpRunsEveryMinuteUnlessSetOrTurnedOff() {
      assertEquals(60, config().catchUpIntervalSeconds());
      assertEquals(5, config("CATCH_UP_INTERVAL_SECONDS", "5").catchUpIntervalSeconds());
      assertEquals(0, config("CATCH_UP_INTERVAL_SECONDS", "0").catchUpIntervalSeconds());
      assertEquals("CATCH_UP_INTERVAL_SECONDS must be a number of seconds from 0 (off) to 86400, got '-1'",
          error("CATCH_UP_INTERVAL_SECONDS", "-1"));
    }

    @Test
    void aStoppingServerWaitsThirtySecondsForRequestsInFlightUnlessSet() {
      assertEquals(java.time.Duration.ofSeconds(30), config().shutdownGrace());
      assertEquals(java.time.Duration.ofSeconds(5), config("SHUTDOWN_GRACE_SECONDS", "5").shutdownGrace());
      assertEquals(java.time.Duration.ZERO, config("SHUTDOWN_GRACE_SECONDS", "0").shutdownGrace());
      assertEquals("SHUTDOWN_GRACE_SECONDS must be a number of seconds from 0 to 3600, got '-1'",
          error("SHUTDOWN_GRACE_SECONDS", "-1"));
      assertEquals("SHUTDOWN_GRACE_SECONDS must be a number of seconds from 0 to 3600, got 'soon'",
          error("SHUTDOWN_GRACE_SECONDS", "soon"));
    }

    @Test
    void modelsAreRefittedDailyUnlessSetOtherwiseOrTurnedOff() {
      assertEquals(java.time.Duration.ofDays(1), config().modelRefit());
      assertEquals(java.time.Duration.ofHours(1), config("MODEL_REFIT", "hourly").modelRefit());
      assertEquals(java.time.Duration.ofDays(1), config("MODEL_REFIT", "Daily").modelRefit());
      assertEquals(java.time.Duration.ofHours(6), config("MODEL_REFIT", "PT6H").modelRefit());
      assertEquals(null, config("MODEL_REFIT", "off").modelRefit());
      assertEquals("MODEL_REFIT must be off, daily, hourly or an ISO-8601 duration of at least a minute such as PT6H,"
          + " got 'PT30S'", error("MODEL_REFIT", "PT30S"));
      assertEquals("MODEL_REFIT must be off, daily, hourly or an ISO-8601 duration of at least a minute such as PT6H,"
          + " got 'weekly'", error("MODEL_REFIT", "weekly"));
    }

    @Test
    void persistedQueriesKeepTwoThousandDocumentsOfAtMostTwentyThousandCharactersUnlessSet() {
      assertEquals(new PersistedQuerySettings(2_000, 20_000), config().persistedQueries());
      assertEquals(500, config("PERSISTED_QUERY_CACHE_SIZE", "500").persistedQueries().cacheSize());
      assertEquals(0, config("PERSISTED_QUERY_CACHE_SIZE", "0").persistedQueries().cacheSize());
      assertEquals(4_000, config("PERSISTED_QUERY_MAX_CHARS", "4000").persistedQueries().maxDocumentChars());
      assertEquals("PERSISTED_QUERY_CACHE_SIZE must be a number of documents from 0 to 1000000, got '-1'",
          error("PERSISTED_QUERY_CACHE_SIZE", "-1"));
      assertEquals("PERSISTED_QUERY_MAX_CHARS must be a number of characters from 1 to 1048576, got '0'",
          error("PERSISTED_QUERY_MAX_CHARS", "0"));
    }

    @Test
    void asOfPinsTheClock() {
      AppConfig config = config("CUSTOMER_INTEL_AS_OF", "2026-01-31T00:00:00Z");
      Instant expected = Instant.parse("2026-01-31T00:00:00Z");
      assertEquals(expected, config.asOf());
      assertEquals(expected, config.clock().instant());
      assertEquals(expected, config.clock().instant(), "a fixed clock does not move");
      assertEquals(java.time.ZoneOffset.UTC, config.clock().getZone());
    }

    @Test
    void asOfAcceptsOffsetsAndPlainDates() {
      assertEquals(Instant.parse("2026-01-30T23:00:00Z"),
          config("CUSTOMER_INTEL_AS_OF", "2026-01-31T00:00:00+01:00").asOf());
      assertEquals(Instant.parse("2026-01-31T00:00:00Z"), config("CUSTOMER_INTEL_AS_OF", "2026-01-31").asOf());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-13-01", "2026-01-31T25:00:00Z", "1700000000"})
    void badAsOf(String value) {
      assertEquals("CUSTOMER_INTEL_AS_OF must be an ISO-8601 instant like 2026-01-31T00:00:00Z, got '" + value + "'",
          error("CUSTOMER_INTEL_AS_OF", value));
    }
  }

  @Nested
  class CorsAllowedOrigins {

    @Test
    void noOriginUnlessConfigured() {
      assertEquals(java.util.List.of(), config().corsAllowedOrigins());
      assertEquals(java.util.List.of(), config("CORS_ALLOWED_ORIGINS", " ").corsAllowedOrigins());
    }

    @Test
    void commaSeparatedOriginsAreReadAsBrowsersSendThem() {
      assertEquals(java.util.List.of("https://app.example.com", "http://localhost:3000"),
          config("CORS_ALLOWED_ORIGINS", "https://App.Example.com:443, http://localhost:3000").corsAllowedOrigins());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "https://app.example.com/", "app.example.com", "https://*.example.com"})
    void anythingButExactOriginsIsRefused(String value) {
      assertEquals("CORS_ALLOWED_ORIGINS must be comma-separated origins: '" + value + "' is not an origin: write"
          + " scheme://host or scheme://host:port with scheme http or https, without a path, a trailing slash or"
          + " wildcards", error("CORS_ALLOWED_ORIGINS", "https://ok.example.com," + value));
    }
  }

  @Nested
  class Limits {

    @Test
    void defaultsAreTheDocumentedOnes() {
      AppConfig config = config();
      assertEquals(new QueryLimits(1_000, 12, 30, 5, 2_000, 20_000, 10), config.queryLimits());
      assertEquals(new RateLimit(2_000, 100), config.rateLimit());
    }

    @Test
    void allRead() {
      AppConfig config = config("MAX_QUERY_COST", "500", "MAX_QUERY_DEPTH", "8", "MAX_ALIASES", "0",
          "MAX_DIRECTIVES_PER_FIELD", "2", "MAX_QUERY_TOKENS", "5000", "MAX_QUERY_CHARACTERS", "50000",
          "MUTATION_COST", "25", "RATE_LIMIT_CAPACITY", "10000", "RATE_LIMIT_REFILL_PER_SECOND", "500");
      assertEquals(new QueryLimits(500, 8, 0, 2, 5_000, 50_000, 25), config.queryLimits());
      assertEquals(new RateLimit(10_000, 500), config.rateLimit());
    }

    @ParameterizedTest
    @CsvSource({
        "MAX_QUERY_COST, 0, a number from 1 to 10000000",
        "MAX_QUERY_DEPTH, 101, a number from 1 to 100",
        "MAX_ALIASES, -1, a number from 0 to 10000",
        "MAX_DIRECTIVES_PER_FIELD, many, a number from 0 to 100",
        "MAX_QUERY_TOKENS, 9, a number from 10 to 1000000",
        "MAX_QUERY_CHARACTERS, 99, a number from 100 to 10000000",
        "MUTATION_COST, -5, a number from 0 to 1000000",
        "RATE_LIMIT_CAPACITY, 0, a number of points from 1 to 1000000000",
        "RATE_LIMIT_REFILL_PER_SECOND, 1.5, a number of points from 1 to 1000000000"})
    void badValues(String variable, String value, String expectation) {
      assertEquals(variable + " must be " + expectation + ", got '" + value + "'", error(variable, value));
    }
  }

  @Test
  void toStringHidesThePassword() {
    String text = config("PGPASSWORD", "hunter2").toString();
    assertFalse(text.contains("hunter2"), text);
    assertTrue(text.contains("***"), text);
  }
}
