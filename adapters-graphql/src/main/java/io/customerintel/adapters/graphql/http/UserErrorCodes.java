package io.customerintel.adapters.graphql.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the codes of the user errors in a result's mutation payloads ({@code data.<mutation>.userErrors[].code}),
 * where the client selected them, for the metrics and the access log. Only the top level is read: every payload of
 * ours carries its userErrors there, and walking the whole result would cost as much as the result is large.
 */
final class UserErrorCodes {

  private UserErrorCodes() {
  }

  static List<String> of(Object data) {
    if (!(data instanceof Map<?, ?> fields)) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (Object payload : fields.values()) {
      if (payload instanceof Map<?, ?> map && map.get("userErrors") instanceof List<?> userErrors) {
        for (Object userError : userErrors) {
          if (userError instanceof Map<?, ?> error && error.get("code") instanceof String code) {
            codes.add(code);
          }
        }
      }
    }
    return codes;
  }
}
