package io.customerintel.adapters.graphql.http;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.SerializationError;
import graphql.execution.MissingRootTypeException;
import graphql.execution.UnknownOperationException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Codes GraphQL errors for clients, flags request errors for a 400, and hides unhandled resolver exceptions (they carry SQL, class names). */
final class TransportInstrumentation implements Instrumentation {

  private static final System.Logger LOG = System.getLogger(TransportInstrumentation.class.getName());

  static final String INTERNAL_ERROR_MESSAGE = "Internal server error";

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
    GraphQLContext context = parameters.getGraphQLContext();
    ExecutionOutcome outcome = context.get(ExecutionOutcome.KEY);
    if (outcome != null) {
      UserErrorCodes.of(result.getData()).forEach(outcome::userErrorCode);
    }
    if (result.getErrors().isEmpty()) {
      return CompletableFuture.completedFuture(result);
    }
    String requestId = context.get(RequestKeys.REQUEST_ID);
    // Without data the operation never ran: the request itself was wrong.
    boolean requestError = !result.isDataPresent();
    List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
    for (GraphQLError error : result.getErrors()) {
      errors.add(requestError ? withCode(error, requestErrorCode(error), requestId) : sanitized(error, requestId));
    }
    if (outcome != null) {
      if (requestError) {
        outcome.markRequestError();
      } else if (failedWhollyForTheDatabase(result, errors)) {
        outcome.markDatabaseUnavailable();
      }
      for (GraphQLError error : errors) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        outcome.errorCode(code == null ? null : code.toString());
      }
    }
    return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
  }

  /** Every error is DATABASE_UNAVAILABLE and no root field got a value: the request as a whole failed for it. */
  private static boolean failedWhollyForTheDatabase(ExecutionResult result, List<GraphQLError> errors) {
    for (GraphQLError error : errors) {
      if (error.getExtensions() == null
          || !ErrorCode.DATABASE_UNAVAILABLE.name().equals(error.getExtensions().get("code"))) {
        return false;
      }
    }
    Object data = result.getData();
    return data == null || data instanceof Map<?, ?> fields && fields.values().stream().allMatch(v -> v == null);
  }

  static ErrorCode requestErrorCode(GraphQLError error) {
    if (error.getErrorType() == ErrorType.InvalidSyntax) {
      return ErrorCode.GRAPHQL_PARSE_FAILED;
    }
    if (error instanceof ValidationError
        || error instanceof UnknownOperationException
        || error instanceof MissingRootTypeException) {
      return ErrorCode.GRAPHQL_VALIDATION_FAILED;
    }
    // What remains classified ValidationError before execution are the variable coercion failures.
    if (error.getErrorType() == ErrorType.ValidationError) {
      return ErrorCode.BAD_USER_INPUT;
    }
    return ErrorCode.BAD_REQUEST;
  }

  private static GraphQLError sanitized(GraphQLError error, String requestId) {
    Throwable cause = null;
    if (error instanceof ExceptionWhileDataFetching) {
      Throwable exception = ((ExceptionWhileDataFetching) error).getException();
      // A GraphQLError exception was thrown on purpose for the client to see; anything else is a bug or an outage.
      if (exception instanceof GraphQLError) {
        return error;
      }
      cause = exception;
    } else if (error instanceof SerializationError) {
      cause = ((SerializationError) error).getException();
    } else {
      return error;
    }
    LOG.log(Level.ERROR, "Request " + requestId + ": resolver failure at " + error.getPath(), cause);
    return GraphqlErrorBuilder.newError()
        .message(INTERNAL_ERROR_MESSAGE)
        .locations(error.getLocations())
        .path(error.getPath())
        .errorType(ErrorType.DataFetchingException)
        .extensions(codeExtensions(null, ErrorCode.INTERNAL_ERROR, requestId))
        .build();
  }

  private static GraphQLError withCode(GraphQLError error, ErrorCode code, String requestId) {
    return GraphqlErrorBuilder.newError()
        .message(error.getMessage())
        .locations(error.getLocations())
        .path(error.getPath())
        .errorType(error.getErrorType())
        .extensions(codeExtensions(error.getExtensions(), code, requestId))
        .build();
  }

  private static Map<String, Object> codeExtensions(Map<String, Object> existing, ErrorCode code, String requestId) {
    Map<String, Object> extensions = existing == null ? new LinkedHashMap<>() : new LinkedHashMap<>(existing);
    // A code set deliberately upstream is more specific than our classification.
    extensions.putIfAbsent("code", code.name());
    if (requestId != null) {
      extensions.put("requestId", requestId);
    }
    return extensions;
  }
}
