package io.customerintel.adapters.graphql.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/** Chooses the response media type per GraphQL over HTTP: the new type only for clients that say they understand it. */
final class ResponseMediaType {

  static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json; charset=utf-8";
  static final String JSON = "application/json";

  private static final String GRAPHQL_RESPONSE_TYPE = "application/graphql-response+json";

  private ResponseMediaType() {
  }

  /**
   * The status of a request error (the document is refused before it runs): 400 for clients of the new media type,
   * 200 with application/json, where legacy clients read only 2xx bodies as GraphQL responses (the spec's rule).
   */
  static int requestErrorStatus(RoutingContext rc) {
    return GRAPHQL_RESPONSE_JSON.equals(of(rc)) ? 400 : 200;
  }

  static String of(RoutingContext rc) {
    return negotiate(rc.request().getHeader(HttpHeaders.ACCEPT));
  }

  static String negotiate(String accept) {
    if (accept == null) {
      return JSON;
    }
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      if (parts[0].trim().toLowerCase(Locale.ROOT).equals(GRAPHQL_RESPONSE_TYPE) && !refused(parts)) {
        return GRAPHQL_RESPONSE_JSON;
      }
    }
    return JSON;
  }

  // q=0 means "not acceptable" (RFC 9110 §12.4.2), so such a range must not select the type.
  private static boolean refused(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2).trim()) <= 0.0;
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    return false;
  }
}
