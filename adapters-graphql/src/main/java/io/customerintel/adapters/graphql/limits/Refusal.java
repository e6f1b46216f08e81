package io.customerintel.adapters.graphql.limits;

import io.customerintel.adapters.graphql.http.ErrorCode;
import java.util.Map;

/** Why an operation may not run, with the figures a client needs to fix it (they go into the error's extensions). */
public record Refusal(ErrorCode code, String message, Map<String, Object> details) {
  public Refusal {
    details = Map.copyOf(details);
  }
}
