package io.customerintel.adapters.graphql.http;

import io.customerintel.domain.query.DocumentHash;
import io.vertx.core.json.JsonObject;

/** Apollo's automatic persisted query marker, {@code extensions.persistedQuery = {version: 1, sha256Hash}}. */
final class PersistedQueryExtension {

  static final String KEY = "persistedQuery";
  static final int VERSION = 1;

  private PersistedQueryExtension() {
  }

  /** Whether the request names a persisted query, so that it may come without a query text. */
  static boolean present(Object extensions) {
    return extensions instanceof JsonObject && ((JsonObject) extensions).getValue(KEY) != null;
  }

  /** Whether the raw {@code extensions} URL parameter names a persisted query; text that is not JSON does not. */
  static boolean presentIn(String extensions) {
    if (extensions == null) {
      return false;
    }
    try {
      return present(new JsonObject(extensions));
    } catch (RuntimeException notAJsonObject) {
      return false;
    }
  }

  /** The hash the marker names; {@link Refusal} when the marker is malformed or of another protocol version. */
  static DocumentHash hash(Object marker) {
    if (!(marker instanceof JsonObject persistedQuery)) {
      throw new Refusal(ErrorCode.BAD_REQUEST, "'extensions.persistedQuery' must be a JSON object");
    }
    Object version = persistedQuery.getValue("version");
    if (!(version instanceof Number number) || number.doubleValue() != VERSION) {
      throw new Refusal(ErrorCode.PERSISTED_QUERY_VERSION_NOT_SUPPORTED,
          "Unsupported persisted query version; only version " + VERSION + " is supported");
    }
    Object hash = persistedQuery.getValue("sha256Hash");
    try {
      return DocumentHash.parse((String) hash);
    } catch (RuntimeException notAHash) {
      throw new Refusal(ErrorCode.BAD_REQUEST,
          "'extensions.persistedQuery.sha256Hash' must be the query's SHA-256 in 64 hex digits");
    }
  }

  /** A marker the server will not act on: answered with 400 and the code. */
  static final class Refusal extends RuntimeException {
    private final ErrorCode code;

    Refusal(ErrorCode code, String message) {
      super(message, null, false, false);
      this.code = code;
    }

    ErrorCode code() {
      return code;
    }
  }
}
