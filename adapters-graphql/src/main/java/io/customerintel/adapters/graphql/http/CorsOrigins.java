package io.customerintel.adapters.graphql.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the browser origins allowed to call the API: exact {@code scheme://host[:port]} values, written as browsers
 * send them in the Origin header (lower case, no default port), so matching them is a plain comparison.
 */
public final class CorsOrigins {

  private CorsOrigins() {
  }

  /**
   * The origins of a comma-separated list; blank entries are skipped, so an empty list allows no origin.
   *
   * @throws IllegalArgumentException naming the first entry that is not an exact http(s) origin
   */
  public static List<String> parse(String commaSeparated) {
    Set<String> origins = new LinkedHashSet<>();
    if (commaSeparated != null) {
      for (String entry : commaSeparated.split(",")) {
        if (!entry.isBlank()) {
          origins.add(origin(entry.trim()));
        }
      }
    }
    return List.copyOf(origins);
  }

  /** The origin in the form browsers send it, e.g. {@code https://app.example.com:8443}. */
  public static String origin(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw invalid(value);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
        || !uri.getRawPath().isEmpty() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw invalid(value);
    }
    int port = uri.getPort();
    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }

  private static IllegalArgumentException invalid(String value) {
    return new IllegalArgumentException("'" + value + "' is not an origin: write scheme://host or scheme://host:port"
        + " with scheme http or https, without a path, a trailing slash or wildcards");
  }
}
