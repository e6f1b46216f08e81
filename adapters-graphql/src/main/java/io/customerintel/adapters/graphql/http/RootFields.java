package io.customerintel.adapters.graphql.http;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operation a request would run and the root fields it selects, fragments on the root included, read from the
 * document alone. Fields under @skip/@include count too: the verdict must not depend on variables.
 */
record RootFields(OperationDefinition.Operation operation, Set<String> fieldNames) {

  /**
   * Empty when the document does not parse or names no operation to run: execution reports those in the GraphQL error
   * format, and runs nothing.
   */
  static Optional<RootFields> of(String query, String operationName) {
    Document document;
    try {
      // Execution's own options (token and depth limits): a document is refused here exactly when it is refused there.
      document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
          .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    OperationDefinition selected = select(document.getDefinitionsOfType(OperationDefinition.class), operationName);
    if (selected == null) {
      return Optional.empty();
    }
    Map<String, FragmentDefinition> fragments = new HashMap<>();
    for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
      fragments.putIfAbsent(fragment.getName(), fragment);
    }
    Set<String> names = new LinkedHashSet<>();
    collect(selected.getSelectionSet(), fragments, new HashSet<>(), names);
    return Optional.of(new RootFields(selected.getOperation(), Set.copyOf(names)));
  }

  /** The same choice graphql-java makes: the named operation, or the only one when no name is given. */
  private static OperationDefinition select(List<OperationDefinition> operations, String operationName) {
    if (operationName == null || operationName.isEmpty()) {
      return operations.size() == 1 ? operations.get(0) : null;
    }
    return operations.stream().filter(operation -> operationName.equals(operation.getName())).findFirst().orElse(null);
  }

  // A fragment is entered once: a cycle (invalid, refused at validation) must not loop here.
  private static void collect(SelectionSet selections, Map<String, FragmentDefinition> fragments, Set<String> entered,
                              Set<String> names) {
    if (selections == null) {
      return;
    }
    for (Selection<?> selection : selections.getSelections()) {
      if (selection instanceof Field field) {
        names.add(field.getName());
      } else if (selection instanceof InlineFragment inline) {
        collect(inline.getSelectionSet(), fragments, entered, names);
      } else if (selection instanceof FragmentSpread spread && entered.add(spread.getName())) {
        FragmentDefinition fragment = fragments.get(spread.getName());
        if (fragment != null) {
          collect(fragment.getSelectionSet(), fragments, entered, names);
        }
      }
    }
  }
}
