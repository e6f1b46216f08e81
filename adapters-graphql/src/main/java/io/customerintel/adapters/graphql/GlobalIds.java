package io.customerintel.adapters.graphql;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Opaque global ids ("Type:internalId", base64url). Clients must not build them, so the encoding
 * can change; a malformed id is INVALID_ID, an unknown or foreign one is simply not found.
 */
public final class GlobalIds {
  public static final String CUSTOMER = "Customer";
  public static final String DEFECTION = "Defection";
  public static final String PURCHASE = "Purchase";
  public static final String SURVEY_RESPONSE = "SurveyResponse";
  public static final String API_KEY = "ApiKey";
  public static final String CANCELLATION_REQUEST = "CancellationRequest";
  public static final String LOSS_REVIEW_CALL = "LossReviewCall";
  public static final String REVIEW_ISSUE = "ReviewIssue";
  public static final String BULK_EXPORT = "BulkExport";
  private static final Set<String> TYPES = Set.of(CUSTOMER, DEFECTION, PURCHASE, SURVEY_RESPONSE, API_KEY,
      CANCELLATION_REQUEST, LOSS_REVIEW_CALL, REVIEW_ISSUE, BULK_EXPORT);

  private GlobalIds() {}

  public static String encode(String type, long id) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
  }

  public static Decoded decode(String globalId) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
      int colon = raw.indexOf(':');
      if (colon > 0) {
        String type = raw.substring(0, colon);
        long id = Long.parseLong(raw.substring(colon + 1));
        if (TYPES.contains(type) && id > 0) {
          return new Decoded(type, id);
        }
      }
    } catch (IllegalArgumentException e) {
      // every malformed id gets the same answer below
    }
    throw new UseCaseException(ErrorCodes.INVALID_ID, "'" + abbreviate(globalId) + "' is not a valid id");
  }

  private static String abbreviate(String value) {
    return value.length() > 64 ? value.substring(0, 64) + "..." : value;
  }

  /** A decoded global id. */
  public record Decoded(String type, long id) {}
}
