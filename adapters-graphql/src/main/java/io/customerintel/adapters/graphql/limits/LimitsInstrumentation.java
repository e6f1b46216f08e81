package io.customerintel.adapters.graphql.limits;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.GoodFaithIntrospection;
import graphql.parser.ParserOptions;
import io.customerintel.adapters.graphql.http.ErrorCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The limits' side of execution: gives the refusals graphql-java makes itself (a parse cancelled at a limit,
 * introspection not in good faith) their stable codes, and puts the request's charge into {@code extensions.cost}.
 * It must run before the transport's instrumentation, which keeps a code that is already set.
 */
public final class LimitsInstrumentation implements Instrumentation {

  private static final String PARSE_REFUSAL = LimitsInstrumentation.class.getName() + ".parseRefusal";

  @Override
  public InstrumentationContext<graphql.language.Document> beginParse(InstrumentationExecutionParameters parameters,
                                                                      InstrumentationState state) {
    GraphQLContext context = parameters.getGraphQLContext();
    // The parse error that reaches the result no longer says which limit cancelled it; the exception here does.
    return SimpleInstrumentationContext.whenCompleted((document, failure) -> {
      Refusal refusal = failure == null ? null : ParseLimits.refusal(failure,
          context.getOrDefault(ParserOptions.class, ParserOptions.getDefaultOperationParserOptions()));
      if (refusal != null) {
        context.put(PARSE_REFUSAL, refusal);
      }
    });
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
    GraphQLContext context = parameters.getGraphQLContext();
    Refusal parseRefusal = context.get(PARSE_REFUSAL);
    QueryCharge charge = context.get(QueryCharge.KEY);
    List<GraphQLError> errors = result.getErrors().stream().map(error -> coded(error, parseRefusal)).toList();
    return CompletableFuture.completedFuture(result.transform(builder -> {
      builder.errors(errors);
      if (charge != null) {
        builder.addExtension("cost", charge.toExtension());
      }
    }));
  }

  private static GraphQLError coded(GraphQLError error, Refusal parseRefusal) {
    if (parseRefusal != null && error.getErrorType() == ErrorType.InvalidSyntax) {
      return withRefusal(error, parseRefusal);
    }
    if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
      return withRefusal(error, new Refusal(ErrorCode.INTROSPECTION_LIMIT_EXCEEDED, error.getMessage(), Map.of()));
    }
    return error;
  }

  private static GraphQLError withRefusal(GraphQLError error, Refusal refusal) {
    Map<String, Object> extensions = new LinkedHashMap<>(refusal.details());
    extensions.put("code", refusal.code().name());
    return GraphqlErrorBuilder.newError().message(refusal.message()).locations(error.getLocations())
        .errorType(error.getErrorType()).extensions(extensions).build();
  }
}
