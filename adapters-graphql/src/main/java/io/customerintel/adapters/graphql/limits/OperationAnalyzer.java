package io.customerintel.adapters.graphql.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ParseAndValidate;
import graphql.execution.AbortExecutionException;
import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.customerintel.adapters.graphql.http.ErrorCode;
import java.util.List;
import java.util.Map;

/**
 * Decides, before execution, whether an operation keeps the {@link QueryLimits} and what it costs: parse within the
 * token and character limits, count aliases and directives, validate against the schema, then depth and cost on
 * graphql-java's normalized operation (fragments expanded, skip/include applied, variables resolved). A document
 * that fails to parse or validate for other reasons is left to execution, which reports it as it always has.
 */
public final class OperationAnalyzer {
  private static final int MAX_DOCUMENTS = 2_000;

  private final GraphQLSchema schema;
  private final QueryLimits limits;
  private final ParserOptions parserOptions;
  private final CostCalculator calculator;
  // Clients repeat the same few documents; only ones that passed every document check are kept.
  private final Cache<String, Document> checked = Caffeine.newBuilder().maximumSize(MAX_DOCUMENTS).recordStats()
      .build();

  public OperationAnalyzer(GraphQLSchema schema, QueryLimits limits) {
    this.schema = schema;
    this.limits = limits;
    this.parserOptions = limits.parserOptions();
    this.calculator = new CostCalculator(schema, limits.mutationCost());
  }

  /** Reports the hit ratio and size of the checked-documents cache to the registry under the cache name given. */
  public void monitorCache(MeterRegistry registry, String name) {
    CaffeineCacheMetrics.monitor(registry, checked, name);
  }

  /** The parser options execution must use too, so a limit holds wherever a document is parsed. */
  public ParserOptions parserOptions() {
    return parserOptions;
  }

  /** The verdict on one request's operation; client input never makes it throw. */
  public Analysis analyze(String query, String operationName, Map<String, Object> variables) {
    Document document = checked.getIfPresent(query);
    if (document == null) {
      Document parsed;
      try {
        parsed = Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions)
            .build());
      } catch (InvalidSyntaxException e) {
        return parseFailure(e);
      }
      Refusal shape = shapeRefusal(DocumentShape.of(parsed));
      if (shape != null) {
        return Analysis.refused(shape, 0).in(parsed, operationName);
      }
      if (!ParseAndValidate.validate(schema, parsed).isEmpty()) {
        return Analysis.unpriced().in(parsed, operationName);
      }
      checked.put(query, parsed);
      document = parsed;
    }
    return price(document, operationName, variables).in(document, operationName);
  }

  private Analysis price(Document document, String operationName, Map<String, Object> variables) {
    ExecutableNormalizedOperation operation;
    try {
      operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(schema,
          document, operationName, RawVariables.of(variables == null ? Map.of() : variables),
          ExecutableNormalizedOperationFactory.Options.defaultOptions().maxFieldsCount(limits.maxTokens()));
    } catch (AbortExecutionException tooManyFields) {
      return Analysis.refused(new Refusal(ErrorCode.MAX_FIELDS_EXCEEDED, "The operation expands through its fragments"
          + " to more than " + limits.maxTokens() + " fields", Map.of("maxFields", limits.maxTokens())), 0);
    } catch (RuntimeException unknownOperationOrBadVariables) {
      return Analysis.unpriced();
    }
    int depth = depth(operation.getTopLevelFields());
    if (depth > limits.maxDepth()) {
      return Analysis.refused(new Refusal(ErrorCode.MAX_DEPTH_EXCEEDED, "The operation nests " + depth
          + " fields deep; at most " + limits.maxDepth() + " are allowed",
          Map.of("depth", depth, "maxDepth", limits.maxDepth())), 0);
    }
    long cost;
    try {
      cost = calculator.price(operation);
    } catch (CostCalculator.PageSizeRefused e) {
      return Analysis.refused(e.refusal(), 0);
    }
    if (cost > limits.maxCost()) {
      return Analysis.refused(maxCostExceeded(cost, limits.maxCost()), cost);
    }
    return Analysis.priced(cost);
  }

  /** The refusal of an operation dearer than {@code maxCost} (the server's limit, or a key's smaller bucket). */
  public static Refusal maxCostExceeded(long cost, long maxCost) {
    return new Refusal(ErrorCode.MAX_COST_EXCEEDED, "The operation costs " + cost + " points; at most " + maxCost
        + " are allowed. Ask for smaller pages (first) or fewer nested fields",
        Map.of("cost", cost, "maxCost", maxCost));
  }

  /** Fields below an introspection entry point are not counted: good-faith introspection bounds their depth. */
  private static int depth(List<ExecutableNormalizedField> fields) {
    int deepest = 0;
    for (ExecutableNormalizedField field : fields) {
      deepest = Math.max(deepest, Introspection.isRoot(field) ? 1 : 1 + depth(field.getChildren()));
    }
    return deepest;
  }

  private Analysis parseFailure(InvalidSyntaxException e) {
    Refusal refusal = ParseLimits.refusal(e, parserOptions);
    return refusal == null ? Analysis.unpriced() : Analysis.refused(refusal, 0);
  }

  private Refusal shapeRefusal(DocumentShape shape) {
    if (shape.aliases() > limits.maxAliases()) {
      return new Refusal(ErrorCode.MAX_ALIASES_EXCEEDED, "The document has " + shape.aliases() + " aliases; at most "
          + limits.maxAliases() + " are allowed",
          Map.of("aliases", shape.aliases(), "maxAliases", limits.maxAliases()));
    }
    if (shape.mostDirectives() > limits.maxDirectivesPerField()) {
      return new Refusal(ErrorCode.MAX_DIRECTIVES_EXCEEDED, "A field has " + shape.mostDirectives()
          + " directives; at most " + limits.maxDirectivesPerField() + " are allowed on one",
          Map.of("directives", shape.mostDirectives(), "maxDirectives", limits.maxDirectivesPerField()));
    }
    return null;
  }
}
