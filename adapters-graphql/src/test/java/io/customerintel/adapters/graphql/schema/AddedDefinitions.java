package io.customerintel.adapters.graphql.schema;

import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.NonNullType;
import graphql.language.TypeDefinition;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The additions SchemaDiff does not report because they break nothing: new types, new optional arguments and new
 * optional input fields. The CHANGELOG lists them all, so the comparison lists them too.
 */
final class AddedDefinitions {
  private AddedDefinitions() {}

  static List<String> between(TypeDefinitionRegistry old, TypeDefinitionRegistry next) {
    List<String> added = new ArrayList<>();
    Set<String> oldNames = namedTypes(old);
    namedTypes(next).stream().filter(name -> !oldNames.contains(name))
        .forEach(name -> added.add("ADDITION " + name + ": new type"));
    for (TypeDefinition<?> type : next.types().values()) {
      Optional<TypeDefinition> was = old.getType(type.getName());
      if (type instanceof InputObjectTypeDefinition input && was.orElse(null) instanceof InputObjectTypeDefinition w) {
        optionalNew(input.getInputValueDefinitions(), w.getInputValueDefinitions())
            .forEach(name -> added.add("ADDITION " + type.getName() + "." + name + ": new optional input field"));
      } else if (type instanceof ImplementingTypeDefinition<?> object
          && was.orElse(null) instanceof ImplementingTypeDefinition<?> w) {
        Map<String, FieldDefinition> wasFields = byName(w.getFieldDefinitions(), FieldDefinition::getName);
        for (FieldDefinition field : object.getFieldDefinitions()) {
          FieldDefinition wasField = wasFields.get(field.getName());
          if (wasField != null) {
            optionalNew(field.getInputValueDefinitions(), wasField.getInputValueDefinitions()).forEach(name ->
                added.add("ADDITION " + type.getName() + "." + field.getName() + ": new optional argument " + name));
          }
        }
      }
    }
    return added;
  }

  private static Set<String> namedTypes(TypeDefinitionRegistry registry) {
    Set<String> names = new TreeSet<>(registry.types().keySet());
    names.addAll(registry.scalars().keySet());
    names.removeAll(ScalarInfo.GRAPHQL_SPECIFICATION_SCALARS_DEFINITIONS.keySet());
    return names;
  }

  /** A new required one is SchemaDiff's to report, as breaking. */
  private static List<String> optionalNew(List<InputValueDefinition> now, List<InputValueDefinition> before) {
    Set<String> known = byName(before, InputValueDefinition::getName).keySet();
    return now.stream().filter(value -> !known.contains(value.getName()))
        .filter(value -> !(value.getType() instanceof NonNullType)).map(InputValueDefinition::getName).toList();
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    return items.stream().collect(Collectors.toMap(name, Function.identity()));
  }
}
