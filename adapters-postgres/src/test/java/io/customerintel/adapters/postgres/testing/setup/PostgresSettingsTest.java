package io.customerintel.adapters.postgres.testing.setup;

import io.customerintel.adapters.postgres.setup.PostgresSettings;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pins how one set of settings is rendered for Vert.x and for JDBC, and that the password never leaks. */
class PostgresSettingsTest {

  private final PostgresSettings settings =
      new PostgresSettings("db.example", 6543, "customer_intel", "app", "s3cret", "require", 5);

  @Test
  void defaultsApplyWhenUnset() {
    PostgresSettings defaults = PostgresSettings.of("127.0.0.1", 5432, "x", "me", null);
    assertEquals("prefer", defaults.sslMode());
    assertEquals(8, defaults.poolSize());
    assertEquals("prefer", new PostgresSettings("h", 1, "d", "u", null, null, 1).sslMode());
  }

  @Test
  void toStringNeverShowsThePassword() {
    assertFalse(settings.toString().contains("s3cret"), settings.toString());
    assertTrue(settings.toString().contains("password=***"));
    assertTrue(settings.withDatabase("d").toString().contains("password=***"));
    assertTrue(PostgresSettings.of("h", 1, "d", "u", null).toString().contains("password=<none>"));
  }

  @Test
  void withDatabaseKeepsEverythingElse() {
    PostgresSettings other = settings.withDatabase("postgres");
    assertEquals("postgres", other.database());
    assertEquals(new PostgresSettings("db.example", 6543, "postgres", "app", "s3cret", "require", 5), other);
  }

  @Test
  void connectOptionsCarryEverySetting() {
    PgConnectOptions options = settings.toConnectOptions();
    assertEquals("db.example", options.getHost());
    assertEquals(6543, options.getPort());
    assertEquals("customer_intel", options.getDatabase());
    assertEquals("app", options.getUser());
    assertEquals("s3cret", options.getPassword());
    assertEquals(SslMode.REQUIRE, options.getSslMode());
    assertTrue(options.getSslOptions().isTrustAll(), "libpq's require does not verify the certificate");
    assertEquals("customer-intel", options.getProperties().get("application_name"));
  }

  @Test
  void missingPasswordBecomesEmptyForVertx() {
    assertEquals("", PostgresSettings.of("h", 1, "d", "u", null).toConnectOptions().getPassword());
  }

  @Test
  void verifyModesCheckTheCertificate() {
    PgConnectOptions full = settings.withDatabase("d").toConnectOptions();
    PgConnectOptions verifyFull = new PostgresSettings("h", 1, "d", "u", null, "verify-full", 1).toConnectOptions();
    assertTrue(full.getSslOptions().isTrustAll());
    assertEquals(SslMode.VERIFY_FULL, verifyFull.getSslMode());
    assertFalse(verifyFull.getSslOptions().isTrustAll());
    assertNotNull(verifyFull.getSslOptions().getTrustOptions());
    assertEquals("HTTPS", verifyFull.getSslOptions().getHostnameVerificationAlgorithm());
    PgConnectOptions verifyCa = new PostgresSettings("h", 1, "d", "u", null, "VERIFY-CA", 1).toConnectOptions();
    assertEquals(SslMode.VERIFY_CA, verifyCa.getSslMode());
    assertNotNull(verifyCa.getSslOptions().getTrustOptions());
  }

  @Test
  void jdbcUrlHasNoCredentials() {
    assertEquals("jdbc:postgresql://db.example:6543/customer_intel?sslmode=require&ApplicationName=customer-intel"
        + "&connectTimeout=10", settings.jdbcUrl());
    assertFalse(settings.jdbcUrl().contains("s3cret"));
    assertFalse(settings.jdbcUrl().contains("app"));
  }

  @Test
  void jdbcUrlEncodesTheDatabaseName() {
    String url = settings.withDatabase("a b+c/d?é&\"x\"").jdbcUrl();
    assertTrue(url.startsWith("jdbc:postgresql://db.example:6543/a%20b%2Bc%2Fd%3F%C3%A9%26%22x%22?sslmode="), url);
  }

  @Test
  void ipv6HostsAreBracketed() {
    PostgresSettings v6 = PostgresSettings.of("::1", 5432, "d", "u", null);
    assertEquals("[::1]:5432", v6.address());
    assertTrue(v6.jdbcUrl().startsWith("jdbc:postgresql://[::1]:5432/d?"), v6.jdbcUrl());
    assertEquals("[::1]:5432/d", v6.target());
  }

  @Test
  void verifyModesUseTheJvmTrustStoreOverJdbcToo() {
    assertTrue(new PostgresSettings("h", 1, "d", "u", null, "verify-full", 1).jdbcUrl()
        .contains("sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
  void everyLibpqSslModeIsAccepted(String mode) {
    PostgresSettings s = new PostgresSettings("h", 1, "d", "u", null, mode, 1);
    assertEquals(mode, s.sslMode());
    assertEquals(SslMode.of(mode), s.toConnectOptions().getSslMode());
    assertTrue(s.jdbcUrl().contains("sslmode=" + mode));
  }

  @Test
  void invalidValuesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new PostgresSettings(" ", 1, "d", "u", null, null, 1));
    assertThrows(IllegalArgumentException.class, () -> new PostgresSettings("h", 0, "d", "u", null, null, 1));
    assertThrows(IllegalArgumentException.class, () -> new PostgresSettings("h", 65536, "d", "u", null, null, 1));
    assertThrows(IllegalArgumentException.class, () -> new PostgresSettings("h", 1, "", "u", null, null, 1));
    assertThrows(IllegalArgumentException.class, () -> new PostgresSettings("h", 1, "d", null, null, null, 1));
    assertThrows(IllegalArgumentException.class, () -> new PostgresSettings("h", 1, "d", "u", null, "bogus", 1));
    assertThrows(IllegalArgumentException.class, () -> new PostgresSettings("h", 1, "d", "u", null, null, 0));
    assertThrows(IllegalArgumentException.class, () -> new PostgresSettings("h", 1, "x".repeat(64), "u", null, null, 1));
    assertThrows(IllegalArgumentException.class, () -> new PostgresSettings("h", 1, "a\0b", "u", null, null, 1));
  }
}
