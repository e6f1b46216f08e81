package io.customerintel.adapters.graphql.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Carries the instrumentation's verdict on a result back to the HTTP layer, which alone can set the status, and the
 * result's error codes to its metrics and access log.
 */
final class ExecutionOutcome {

  static final String KEY = ExecutionOutcome.class.getName();

  // Written wherever graphql-java completes the result, read on the event loop after it.
  private volatile boolean requestError;
  private final List<String> errorCodes = new CopyOnWriteArrayList<>();
  private final List<String> userErrorCodes = new CopyOnWriteArrayList<>();
  private volatile boolean databaseUnavailable;

  void markRequestError() {
    requestError = true;
  }

  boolean isRequestError() {
    return requestError;
  }

  /** The {@code extensions.code} of each error in the result, as the client gets them (for metrics and logs). */
  void errorCode(String code) {
    errorCodes.add(code == null ? RequestRecord.UNCODED : code);
  }

  List<String> errorCodes() {
    return errorCodes;
  }

  /** The {@code code} of a user error in a mutation payload: input the mutation refused, in data, not an error. */
  void userErrorCode(String code) {
    userErrorCodes.add(code);
  }

  List<String> userErrorCodes() {
    return userErrorCodes;
  }

  /** Nothing of the operation could be answered because the database could not be reached. */
  void markDatabaseUnavailable() {
    databaseUnavailable = true;
  }

  boolean isDatabaseUnavailable() {
    return databaseUnavailable;
  }
}
