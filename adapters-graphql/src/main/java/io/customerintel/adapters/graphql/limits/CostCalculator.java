package io.customerintel.adapters.graphql.limits;

import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.customerintel.adapters.graphql.http.ErrorCode;
import io.customerintel.application.port.in.PageArgs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Prices an operation before it runs, in the spirit of Shopify's calculated cost and GitHub's node limit: scalars and
 * enums 0, an object 1, a connection 2 plus its page size with each node's selection counted once per node, a list
 * its {@link ListSizes size} times its elements, a mutation field a fixed cost plus its payload. Where a selection
 * depends on the runtime type (interfaces), the dearest type counts. Arithmetic saturates instead of overflowing.
 */
final class CostCalculator {
  private final GraphQLSchema schema;
  private final long mutationCost;

  CostCalculator(GraphQLSchema schema, long mutationCost) {
    this.schema = schema;
    this.mutationCost = mutationCost;
  }

  /** The operation's cost; a connection asked for a page size outside 1..100 is a {@link PageSizeRefused}. */
  long price(ExecutableNormalizedOperation operation) {
    if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
      return selection(operation.getTopLevelFields(), field -> plus(mutationCost, selection(field.getChildren())));
    }
    return selection(operation.getTopLevelFields(), this::field);
  }

  private long field(ExecutableNormalizedField field) {
    if (Introspection.isRoot(field)) {
      // the schema is answered from memory; graphql-java's good-faith checks bound what may be asked of it
      return 1;
    }
    GraphQLOutputType type = field.getType(schema);
    GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
    if (!(named instanceof GraphQLCompositeType)) {
      return 0;
    }
    if (isConnection(field, named)) {
      return connection(field);
    }
    long each = plus(1, selection(field.getChildren()));
    return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type)) ? times(ListSizes.of(field), each) : each;
  }

  /** The page's nodes are the "+ page size"; what is selected of each node counts once per node, the rest once. */
  private long connection(ExecutableNormalizedField connection) {
    long pageSize = pageSize(connection);
    long children = selection(connection.getChildren(), child -> switch (child.getFieldName()) {
      case "nodes" -> times(pageSize, selection(child.getChildren()));
      case "edges" -> times(pageSize, selection(child.getChildren(), edgeField ->
          "node".equals(edgeField.getFieldName()) ? selection(edgeField.getChildren()) : field(edgeField)));
      default -> field(child);
    });
    return plus(2 + pageSize, children);
  }

  private long selection(List<ExecutableNormalizedField> fields) {
    return selection(fields, this::field);
  }

  /** Sums the fields per runtime type (a field of an interface or fragment applies to several); the dearest counts. */
  private static long selection(List<ExecutableNormalizedField> fields,
                                ToLongFunction<ExecutableNormalizedField> cost) {
    Map<String, Long> byType = new HashMap<>();
    for (ExecutableNormalizedField field : fields) {
      long price = cost.applyAsLong(field);
      for (String type : field.getObjectTypeNames()) {
        byType.merge(type, price, CostCalculator::plus);
      }
    }
    return byType.values().stream().mapToLong(Long::longValue).max().orElse(0);
  }

  private boolean isConnection(ExecutableNormalizedField field, GraphQLNamedType type) {
    if (!type.getName().endsWith("Connection")) {
      return false;
    }
    List<GraphQLFieldDefinition> definitions = field.getFieldDefinitions(schema);
    return !definitions.isEmpty() && definitions.get(0).getArgument("first") != null;
  }

  private static long pageSize(ExecutableNormalizedField connection) {
    Object first = connection.getResolvedArguments().get("first");
    if (first == null) {
      return PageArgs.DEFAULT_SIZE;
    }
    int size = ((Number) first).intValue();
    if (size < 1 || size > PageArgs.MAX_SIZE) {
      throw new PageSizeRefused(new Refusal(ErrorCode.BAD_USER_INPUT,
          "first must be between 1 and " + PageArgs.MAX_SIZE + ", got " + size + " (on "
              + connection.getResultKey() + ")",
          Map.of("argument", "first", "max", PageArgs.MAX_SIZE)));
    }
    return size;
  }

  static long plus(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  static long times(long a, long b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }

  /** A page size the API would refuse anyway: the operation is refused before it runs, as BAD_USER_INPUT. */
  static final class PageSizeRefused extends RuntimeException {
    private final transient Refusal refusal;

    PageSizeRefused(Refusal refusal) {
      super(refusal.message(), null, false, false);
      this.refusal = refusal;
    }

    Refusal refusal() {
      return refusal;
    }
  }
}
