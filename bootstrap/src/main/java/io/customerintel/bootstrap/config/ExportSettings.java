package io.customerintel.bootstrap.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where bulk exports write (EXPORT_DIR; several instances must share it, docs/bulk-export.md), the secret their
 * download links are signed with (EXPORT_SIGNING_SECRET, at least 16 characters; null: random per process, so links
 * hold only on the instance that made them) and how many customers an export handles at a time (EXPORT_BATCH_SIZE).
 */
public record ExportSettings(Path directory, byte[] signingSecret, int batchSize) {
  public static final int DEFAULT_BATCH_SIZE = 1_000;
  static final int MIN_SECRET_LENGTH = 16;

  public ExportSettings {
    if (batchSize < 1 || batchSize > 100_000) {
      throw new ConfigException("EXPORT_BATCH_SIZE must be a number from 1 to 100000");
    }
    if (signingSecret != null && signingSecret.length < MIN_SECRET_LENGTH) {
      throw new ConfigException("EXPORT_SIGNING_SECRET must be at least " + MIN_SECRET_LENGTH + " characters");
    }
  }

  /** A directory of its own under the system's temporary directory, a random secret, the default batch size. */
  public static ExportSettings defaults() {
    return new ExportSettings(defaultDirectory(), null, DEFAULT_BATCH_SIZE);
  }

  public static ExportSettings fromSystemEnvironment() {
    return fromEnvironment(System.getenv());
  }

  public static ExportSettings fromEnvironment(Map<String, String> env) {
    String dir = blankToNull(env.get("EXPORT_DIR"));
    String secret = blankToNull(env.get("EXPORT_SIGNING_SECRET"));
    String batch = blankToNull(env.get("EXPORT_BATCH_SIZE"));
    int batchSize;
    try {
      batchSize = batch == null ? DEFAULT_BATCH_SIZE : Integer.parseInt(batch);
    } catch (NumberFormatException e) {
      throw new ConfigException("EXPORT_BATCH_SIZE must be a number from 1 to 100000");
    }
    return new ExportSettings(dir == null ? defaultDirectory() : Path.of(dir),
        secret == null ? null : secret.getBytes(StandardCharsets.UTF_8), batchSize);
  }

  private static Path defaultDirectory() {
    return Path.of(System.getProperty("java.io.tmpdir"), "customer-intel-exports");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
