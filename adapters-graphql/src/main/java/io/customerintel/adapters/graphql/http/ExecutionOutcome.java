package io.customerintel.adapters.graphql.http;

/** Carries the instrumentation's verdict on a result back to the HTTP layer, which alone can set the status. */
final class ExecutionOutcome {

  static final String KEY = ExecutionOutcome.class.getName();

  // Written wherever graphql-java completes the result, read on the event loop after it.
  private volatile boolean requestError;
  private volatile boolean databaseUnavailable;

  void markRequestError() {
    requestError = true;
  }

  boolean isRequestError() {
    return requestError;
  }

  /** Nothing of the operation could be answered because the database could not be reached. */
  void markDatabaseUnavailable() {
    databaseUnavailable = true;
  }

  boolean isDatabaseUnavailable() {
    return databaseUnavailable;
  }
}
