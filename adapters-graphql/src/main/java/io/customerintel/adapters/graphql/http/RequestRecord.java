package io.customerintel.adapters.graphql.http;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What the handlers of one /graphql request learn about it as it passes them (operation, cost, error codes), kept
 * for its metrics and its access log line once the response has ended. Written and read on the request's event loop.
 */
final class RequestRecord {

  static final String KEY = RequestRecord.class.getName();
  /** Stands for an error that went out without an {@code extensions.code}. */
  static final String UNCODED = "UNCODED";

  private final long startNanos;
  private String operationName;
  private String operationType;
  private Long cost;
  private final List<String> errorCodes = new ArrayList<>();
  private final List<String> userErrorCodes = new ArrayList<>();

  RequestRecord(long startNanos) {
    this.startNanos = startNanos;
  }

  /** The record of this request, or {@code null} when it is not observed (another route, or no observer mounted). */
  static RequestRecord of(RoutingContext rc) {
    return rc.get(KEY);
  }

  long startNanos() {
    return startNanos;
  }

  /** The operation as the client named it; replaced by what the document says once it is analysed. */
  void operation(String type, String name) {
    if (type != null) {
      operationType = type;
    }
    if (name != null) {
      operationName = name;
    }
  }

  String operationName() {
    return operationName;
  }

  String operationType() {
    return operationType;
  }

  /** The calculated cost of the operation, known once it was priced. */
  void cost(long cost) {
    this.cost = cost;
  }

  Long cost() {
    return cost;
  }

  void errorCode(String code) {
    errorCodes.add(code == null ? UNCODED : code);
  }

  List<String> errorCodes() {
    return errorCodes;
  }

  void userErrorCode(String code) {
    userErrorCodes.add(code);
  }

  List<String> userErrorCodes() {
    return userErrorCodes;
  }
}
