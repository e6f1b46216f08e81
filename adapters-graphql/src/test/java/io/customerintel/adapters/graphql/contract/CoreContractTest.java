package io.customerintel.adapters.graphql.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.NonNullType;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.customerintel.adapters.graphql.GraphQLApi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The served schema keeps every name of the core contract (../shared/contract/core.graphqls) with the same types:
 * types, fields, arguments, input fields and enum values may be added, never removed, renamed or retyped.
 */
class CoreContractTest {
  /**
   * Contract parts a later capability serves (issue 4, customer-base models); each leaves this list when it lands.
   * Everything else in the contract must be served as written.
   */
  /** Contract parts that need a capability not built yet; empty since issue 4 (customer-base models). */
  private static final Set<String> NOT_YET_SERVED = Set.of();

  private static TypeDefinitionRegistry served() throws IOException {
    try (InputStream in = GraphQLApi.class.getResourceAsStream(GraphQLApi.SDL_RESOURCE)) {
      return new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyNameOfTheCoreContractIsServedWithItsType() throws IOException {
    TypeDefinitionRegistry contract = new SchemaParser().parse(Files.readString(RepositoryFiles.coreContract()));
    TypeDefinitionRegistry served = served();
    List<String> broken = new ArrayList<>();
    for (TypeDefinition<?> wanted : contract.types().values()) {
      if (NOT_YET_SERVED.contains(wanted.getName())) {
        continue;
      }
      Optional<TypeDefinition> have = served.getType(wanted.getName());
      if (have.isEmpty() || have.get().getClass() != wanted.getClass()) {
        broken.add(wanted.getName() + ": missing or of another kind");
        continue;
      }
      if (wanted instanceof ImplementingTypeDefinition<?> type) {
        compareFields(type, (ImplementingTypeDefinition<?>) have.get(), broken);
      } else if (wanted instanceof InputObjectTypeDefinition input) {
        compareInputs(input.getName(), input.getInputValueDefinitions(),
            ((InputObjectTypeDefinition) have.get()).getInputValueDefinitions(), broken);
      } else if (wanted instanceof EnumTypeDefinition enumType) {
        Set<String> values = ((EnumTypeDefinition) have.get()).getEnumValueDefinitions().stream()
            .map(EnumValueDefinition::getName).collect(Collectors.toSet());
        enumType.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName)
            .filter(value -> !values.contains(value))
            .forEach(value -> broken.add(enumType.getName() + "." + value + ": enum value missing"));
      }
    }
    for (String scalar : contract.scalars().keySet()) {
      if (!served.scalars().containsKey(scalar)) {
        broken.add("scalar " + scalar + " missing");
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void theNotYetServedListNamesOnlyContractPartsThatAreReallyMissing() throws IOException {
    TypeDefinitionRegistry served = served();
    for (String name : NOT_YET_SERVED) {
      String[] parts = name.split("\\.");
      Optional<TypeDefinition> type = served.getType(parts[0]);
      boolean present = parts.length == 1 ? type.isPresent()
          : type.map(t -> ((ImplementingTypeDefinition<?>) t).getFieldDefinitions().stream()
              .anyMatch(f -> f.getName().equals(parts[1]))).orElse(false);
      assertTrue(!present, name + " is served now: take it off NOT_YET_SERVED so the contract checks it");
    }
  }

  private static void compareFields(ImplementingTypeDefinition<?> wanted, ImplementingTypeDefinition<?> have,
                                    List<String> broken) {
    Map<String, FieldDefinition> fields = have.getFieldDefinitions().stream()
        .collect(Collectors.toMap(FieldDefinition::getName, f -> f));
    Set<String> interfaces = have.getImplements().stream().map(AstPrinter::printAst).collect(Collectors.toSet());
    wanted.getImplements().stream().map(AstPrinter::printAst).filter(i -> !interfaces.contains(i))
        .forEach(i -> broken.add(wanted.getName() + " no longer implements " + i));
    for (FieldDefinition field : wanted.getFieldDefinitions()) {
      String path = wanted.getName() + "." + field.getName();
      if (NOT_YET_SERVED.contains(path)) {
        continue;
      }
      FieldDefinition served = fields.get(field.getName());
      if (served == null) {
        broken.add(path + ": field missing");
        continue;
      }
      if (!AstPrinter.printAst(field.getType()).equals(AstPrinter.printAst(served.getType()))) {
        broken.add(path + ": type " + AstPrinter.printAst(served.getType()) + " instead of "
            + AstPrinter.printAst(field.getType()));
      }
      compareInputs(path, field.getInputValueDefinitions(), served.getInputValueDefinitions(), broken);
      // an argument the contract does not know must be optional, or existing calls break
      Set<String> known = field.getInputValueDefinitions().stream().map(InputValueDefinition::getName)
          .collect(Collectors.toSet());
      served.getInputValueDefinitions().stream()
          .filter(arg -> !known.contains(arg.getName()))
          .filter(arg -> arg.getType() instanceof NonNullType && arg.getDefaultValue() == null)
          .forEach(arg -> broken.add(path + "(" + arg.getName() + "): a new required argument"));
    }
  }

  private static void compareInputs(String owner, List<InputValueDefinition> wanted, List<InputValueDefinition> have,
                                    List<String> broken) {
    Map<String, InputValueDefinition> served = have.stream()
        .collect(Collectors.toMap(InputValueDefinition::getName, v -> v));
    for (InputValueDefinition value : wanted) {
      InputValueDefinition mine = served.get(value.getName());
      if (mine == null) {
        broken.add(owner + "." + value.getName() + ": missing");
      } else if (!AstPrinter.printAst(value.getType()).equals(AstPrinter.printAst(mine.getType()))) {
        broken.add(owner + "." + value.getName() + ": type " + AstPrinter.printAst(mine.getType()) + " instead of "
            + AstPrinter.printAst(value.getType()));
      }
    }
  }
}
