package io.customerintel.adapters.graphql.export;

import graphql.ParseAndValidate;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.customerintel.adapters.graphql.limits.Analysis;
import io.customerintel.adapters.graphql.limits.OperationAnalyzer;
import io.customerintel.adapters.graphql.limits.QueryLimits;
import io.customerintel.adapters.graphql.wiring.QueryWiring;
import io.customerintel.application.port.in.BulkExportUseCase.ExportQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a bulk export's query is one customers(...) listing the API can answer, selecting edges { node } or
 * nodes, without variables or paging; and reads its filter, order and the top-level keys of each customer's JSON.
 */
public final class BulkQueryParser {
  public static final String INVALID_BULK_QUERY = "INVALID_BULK_QUERY";
  private static final String ROOT_FIELD = "customers";
  private static final Set<String> PAGING = Set.of("first", "after");
  /** Criteria of CustomerFilter that are lists: a single value written for one is a list of one, as in GraphQL. */
  private static final Set<String> SINGLE_VALUED = Set.of("conversationGroup");

  private final GraphQLSchema schema;
  private final OperationAnalyzer limits;

  /** With the default query limits (depth, aliases, fields, cost of a default page of customers). */
  public BulkQueryParser(GraphQLSchema schema) {
    this(schema, QueryLimits.defaults());
  }

  /**
   * @param limits what one page of the query may cost: an export runs the selection of a default page (20
   *               customers) over and over, so whatever a page may not select, an export may not either
   */
  public BulkQueryParser(GraphQLSchema schema, QueryLimits limits) {
    this.schema = schema;
    this.limits = new OperationAnalyzer(schema, limits);
  }

  /** The query's parts, or why it cannot be exported. */
  public sealed interface Parsed permits Accepted, Refused {}

  /** An exportable query. */
  public record Accepted(ExportQuery query) implements Parsed {}

  /** A query that cannot be exported, and why (for the INVALID_BULK_QUERY userError). */
  public record Refused(String reason) implements Parsed {}

  public Parsed parse(String text) {
    try {
      return new Accepted(accept(text));
    } catch (RefusedQuery refused) {
      return new Refused(refused.getMessage());
    }
  }

  private ExportQuery accept(String text) {
    if (text == null || text.isBlank()) {
      throw new RefusedQuery("the query is empty");
    }
    Document document;
    try {
      document = Parser.parse(text);
    } catch (InvalidSyntaxException e) {
      throw new RefusedQuery("not a GraphQL document: " + e.getMessage());
    }
    OperationDefinition operation = singleQuery(document);
    if (!operation.getVariableDefinitions().isEmpty()) {
      throw new RefusedQuery("variables are not accepted: write the values inline");
    }
    List<ValidationError> errors = ParseAndValidate.validate(schema, document);
    if (!errors.isEmpty()) {
      throw new RefusedQuery(errors.get(0).getDescription());
    }
    Field customers = rootField(operation);
    Map<String, Object> arguments = new HashMap<>();
    customers.getArguments().forEach(argument -> {
      if (PAGING.contains(argument.getName())) {
        throw new RefusedQuery("'" + argument.getName() + "' does not apply: an export reads every customer");
      }
      arguments.put(argument.getName(), literal(argument.getValue()));
    });
    Analysis analysis = limits.analyze(text, null, Map.of());
    if (analysis.refused()) {
      throw new RefusedQuery(analysis.refusal().message());
    }
    Map<String, FragmentDefinition> fragments = fragments(document);
    SelectionSet node = nodeSelection(customers.getSelectionSet());
    Set<String> columns = new LinkedHashSet<>();
    collectKeys(node, fragments, columns, new HashSet<>());
    return new ExportQuery(text, QueryWiring.filter(filter(arguments.get("filter"))),
        QueryWiring.sort(object(arguments.get("orderBy"))), List.copyOf(columns));
  }

  private static OperationDefinition singleQuery(Document document) {
    OperationDefinition found = null;
    for (Definition<?> definition : document.getDefinitions()) {
      if (definition instanceof OperationDefinition operation) {
        if (found != null) {
          throw new RefusedQuery("one operation only");
        }
        found = operation;
      } else if (!(definition instanceof FragmentDefinition)) {
        throw new RefusedQuery("only a query and its fragments");
      }
    }
    if (found == null || found.getOperation() != OperationDefinition.Operation.QUERY) {
      throw new RefusedQuery("the document must be a query");
    }
    return found;
  }

  private static Field rootField(OperationDefinition operation) {
    List<Selection> selections = operation.getSelectionSet().getSelections();
    if (selections.size() != 1 || !(selections.get(0) instanceof Field field) || !ROOT_FIELD.equals(field.getName())) {
      throw new RefusedQuery("the query's only top-level field must be customers");
    }
    if (!field.getDirectives().isEmpty()) {
      throw new RefusedQuery("directives on customers are not accepted");
    }
    return field;
  }

  /** edges { node { ... } } or nodes { ... }: the selection of one customer. */
  private static SelectionSet nodeSelection(SelectionSet connection) {
    List<Selection> selections = connection.getSelections();
    if (selections.size() != 1 || !(selections.get(0) instanceof Field field)) {
      throw new RefusedQuery("select exactly one of edges { node { ... } } or nodes { ... } on customers");
    }
    if (field.getAlias() != null) {
      throw new RefusedQuery("no alias on " + field.getName());
    }
    if ("nodes".equals(field.getName())) {
      return field.getSelectionSet();
    }
    if ("edges".equals(field.getName())) {
      List<Selection> edge = field.getSelectionSet().getSelections();
      if (edge.size() == 1 && edge.get(0) instanceof Field node && "node".equals(node.getName())
          && node.getAlias() == null) {
        return node.getSelectionSet();
      }
      throw new RefusedQuery("edges may select only node (an export has no cursors)");
    }
    throw new RefusedQuery("'" + field.getName() + "' cannot be exported: select edges { node { ... } } or nodes");
  }

  /** The response keys of a customer, in the order the API writes them (first occurrence). */
  private static void collectKeys(SelectionSet selectionSet, Map<String, FragmentDefinition> fragments,
                                  Set<String> keys, Set<String> visiting) {
    for (Selection<?> selection : selectionSet.getSelections()) {
      if (selection instanceof Field field) {
        keys.add(field.getResultKey());
      } else if (selection instanceof InlineFragment inline) {
        collectKeys(inline.getSelectionSet(), fragments, keys, visiting);
      } else if (selection instanceof FragmentSpread spread && visiting.add(spread.getName())) {
        collectKeys(fragments.get(spread.getName()).getSelectionSet(), fragments, keys, visiting);
      }
    }
  }

  private static Map<String, FragmentDefinition> fragments(Document document) {
    Map<String, FragmentDefinition> fragments = new HashMap<>();
    document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    return fragments;
  }

  /** A filter literal as the wiring receives it: list criteria written as one value become lists of one. */
  private static Map<String, Object> filter(Object value) {
    Map<String, Object> filter = object(value);
    if (filter == null) {
      return null;
    }
    Map<String, Object> lists = new LinkedHashMap<>();
    filter.forEach((key, criterion) -> lists.put(key,
        criterion == null || criterion instanceof List || SINGLE_VALUED.contains(key) ? criterion : List.of(criterion)));
    return lists;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  /** A validated literal as plain Java: enums as their names, lists, maps. */
  private static Object literal(Value<?> value) {
    if (value instanceof NullValue) {
      return null;
    }
    if (value instanceof EnumValue e) {
      return e.getName();
    }
    if (value instanceof StringValue s) {
      return s.getValue();
    }
    if (value instanceof BooleanValue b) {
      return b.isValue();
    }
    if (value instanceof IntValue i) {
      return i.getValue().intValue();
    }
    if (value instanceof ArrayValue array) {
      List<Object> list = new ArrayList<>();
      array.getValues().forEach(element -> list.add(literal(element)));
      return list;
    }
    if (value instanceof ObjectValue object) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (ObjectField field : object.getObjectFields()) {
        map.put(field.getName(), literal(field.getValue()));
      }
      return map;
    }
    if (value instanceof VariableReference) {
      throw new RefusedQuery("variables are not accepted: write the values inline");
    }
    throw new RefusedQuery("unexpected argument value " + value);
  }

  /** Ends the parse with the reason the query is refused. */
  private static final class RefusedQuery extends RuntimeException {
    RefusedQuery(String reason) {
      super(reason, null, false, false);
    }
  }
}
