package io.customerintel.adapters.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import io.customerintel.application.UseCaseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns refusals from the use cases into GraphQL errors with their stable extensions.code.
 * Anything else is left to the transport, which logs it and shows only "Internal server error".
 */
final class ErrorMapping implements DataFetcherExceptionHandler {
  private final DataFetcherExceptionHandler fallback = new SimpleDataFetcherExceptionHandler();

  @Override
  public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
      DataFetcherExceptionHandlerParameters parameters) {
    Throwable cause = unwrap(parameters.getException());
    if (cause instanceof UseCaseException refusal) {
      Map<String, Object> extensions = new LinkedHashMap<>(refusal.details());
      extensions.put("code", refusal.code());
      GraphQLError error = GraphqlErrorBuilder.newError()
          .message(refusal.getMessage())
          .path(parameters.getPath())
          .location(parameters.getSourceLocation())
          .errorType(ErrorClassification.errorClassification(refusal.code()))
          .extensions(extensions)
          .build();
      return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }
    return fallback.handleException(parameters);
  }

  private static Throwable unwrap(Throwable exception) {
    Throwable current = exception;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
