package io.customerintel.bootstrap.config;

/**
 * Whether the server keeps metrics and serves them at {@code GET /metrics}, and who may read them
 * (docs/operations-metrics.md).
 *
 * @param enabled whether metrics are kept and /metrics is served ({@code METRICS_ENABLED}, default true)
 * @param token   when set, /metrics needs {@code Authorization: Bearer <token>} ({@code METRICS_TOKEN}); when not, it
 *                is open like /health, and must only be reachable from the operator's network
 */
public record MetricsSettings(boolean enabled, String token) {
  /** Short tokens can be guessed by a scraper-shaped brute force. */
  public static final int MIN_TOKEN_LENGTH = 16;
  public static final MetricsSettings DEFAULTS = new MetricsSettings(true, null);

  public MetricsSettings {
    if (token != null && token.length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException("a metrics token has at least " + MIN_TOKEN_LENGTH + " characters");
    }
  }
}
