package io.customerintel.adapters.postgres.setup;

import io.vertx.core.net.ClientSSLOptions;
import io.vertx.core.net.TrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;

import javax.net.ssl.TrustManagerFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;

/**
 * One description of "which PostgreSQL database, as whom", shared by the Vert.x pool and the JDBC-only setup steps
 * so both always talk to the same place with the same TLS rules.
 *
 * <p>{@code sslMode} follows libpq: {@code disable}, {@code allow}, {@code prefer} (default), {@code require},
 * {@code verify-ca}, {@code verify-full}. As in libpq, {@code allow}/{@code prefer}/{@code require} encrypt without
 * checking the certificate; the {@code verify-*} modes check it against the JVM's default trust store.
 *
 * @param host     host name or IP address (IPv6 without brackets)
 * @param port     TCP port, 1..65535
 * @param database database name
 * @param user     role to log in as
 * @param password password, or {@code null} when the server does not ask for one (trust/peer auth)
 * @param sslMode  libpq sslmode; {@code null} means {@link #DEFAULT_SSL_MODE}
 * @param poolSize maximum connections in the Vert.x pool, at least 1
 */
public record PostgresSettings(
    String host, int port, String database, String user, String password, String sslMode, int poolSize) {

  public static final String DEFAULT_SSL_MODE = "prefer";
  public static final int DEFAULT_POOL_SIZE = 8;
  public static final int DEFAULT_PORT = 5432;
  /** The sslmode values libpq accepts, in libpq's order. */
  public static final List<String> SSL_MODES =
      List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

  /** PostgreSQL silently truncates longer identifiers, which would make "does it exist?" checks lie. */
  private static final int MAX_IDENTIFIER_BYTES = 63;

  public PostgresSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be from 1 to 65535, got " + port);
    }
    requireIdentifier("database", database);
    requireIdentifier("user", user);
    sslMode = sslMode == null ? DEFAULT_SSL_MODE : sslMode.trim().toLowerCase(Locale.ROOT);
    if (!SSL_MODES.contains(sslMode)) {
      throw new IllegalArgumentException(
          "sslMode must be one of " + String.join(", ", SSL_MODES) + ", got '" + sslMode + "'");
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("poolSize must be at least 1, got " + poolSize);
    }
  }

  /** Settings with the default sslmode and pool size. */
  public static PostgresSettings of(String host, int port, String database, String user, String password) {
    return new PostgresSettings(host, port, database, user, password, DEFAULT_SSL_MODE, DEFAULT_POOL_SIZE);
  }

  public PostgresSettings withDatabase(String otherDatabase) {
    return new PostgresSettings(host, port, otherDatabase, user, password, sslMode, poolSize);
  }

  public PostgresSettings withPoolSize(int otherPoolSize) {
    return new PostgresSettings(host, port, database, user, password, sslMode, otherPoolSize);
  }

  /** {@code host:port} as people write it, with IPv6 hosts in brackets; safe to log. */
  public String address() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  /** {@code host:port/database}; the shape every error message uses to say which database it means. */
  public String target() {
    return address() + "/" + database;
  }

  /** Options for the Vert.x reactive client; callers add pooling and caching choices on top. */
  public PgConnectOptions toConnectOptions() {
    PgConnectOptions options = new PgConnectOptions()
        .setHost(host)
        .setPort(port)
        .setDatabase(database)
        .setUser(user)
        // vertx rejects null; an empty password is what "none" means on the wire
        .setPassword(password == null ? "" : password)
        .setSslMode(SslMode.of(sslMode))
        .addProperty("application_name", "customer-intel")
        // Request-sized statements (lookups, pages, writes) must not pay for starting parallel workers: that start
        // cost ten times what an at-risk page by revenue needs. Tenant-wide reports allow them (Sql.runTenantWide).
        .addProperty("max_parallel_workers_per_gather", "0");
    ClientSSLOptions ssl = new ClientSSLOptions();
    switch (sslMode) {
      case "allow", "prefer", "require" -> ssl.setTrustAll(true).setHostnameVerificationAlgorithm("");
      case "verify-ca" -> ssl.setTrustOptions(jvmDefaultTrust()).setHostnameVerificationAlgorithm("");
      case "verify-full" -> ssl.setTrustOptions(jvmDefaultTrust()).setHostnameVerificationAlgorithm("HTTPS");
      default -> { } // disable: never used
    }
    return options.setSslOptions(ssl);
  }

  /**
   * A pgjdbc URL for the JDBC-only steps (provisioning, Flyway). Credentials are deliberately not in it, so it can
   * be logged; pass {@link #user()} and {@link #password()} as connection properties.
   */
  public String jdbcUrl() {
    StringBuilder url = new StringBuilder("jdbc:postgresql://")
        .append(address())
        .append('/')
        .append(encode(database))
        .append("?sslmode=").append(sslMode)
        .append("&ApplicationName=customer-intel")
        .append("&connectTimeout=10");
    if (sslMode.startsWith("verify-")) {
      // same trust source as the Vert.x side instead of pgjdbc's ~/.postgresql/root.crt
      url.append("&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory");
    }
    return url.toString();
  }

  @Override
  public String toString() {
    return "PostgresSettings[host=" + host + ", port=" + port + ", database=" + database + ", user=" + user
        + ", password=" + (password == null ? "<none>" : "***") + ", sslMode=" + sslMode
        + ", poolSize=" + poolSize + "]";
  }

  private static void requireIdentifier(String what, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(what + " must not contain a NUL character");
    }
    if (value.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
      throw new IllegalArgumentException(
          what + " must be at most " + MAX_IDENTIFIER_BYTES + " bytes, got '" + value + "'");
    }
  }

  private static String encode(String pathSegment) {
    // URLEncoder is for forms: '+' would come back as a space, so spell spaces as %20
    return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static TrustOptions jvmDefaultTrust() {
    try {
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init((KeyStore) null);
      return TrustOptions.wrap(factory);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the JVM's default trust store: " + e.getMessage(), e);
    }
  }
}
