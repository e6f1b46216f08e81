package io.customerintel.adapters.graphql.schema;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import io.customerintel.adapters.graphql.GraphQLApi;
import io.customerintel.adapters.graphql.UseCases;
import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** The schema exactly as the server builds it (SDL and wiring), and its SDL as graphql-java prints it. */
final class ServedSchema {
  private ServedSchema() {}

  static GraphQLSchema build() {
    return new GraphQLApi(unusableUseCases()).graphQL().getGraphQLSchema();
  }

  /** Printed from the built schema, so the comparison sees what introspection shows, not the file's layout. */
  static String printed() {
    return print(build());
  }

  private static String print(GraphQLSchema schema) {
    // the only directive definitions are graphql-java's built-ins, which change with its version, not with our API
    return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
        .includeDirectiveDefinitions(false)
        .includeScalarTypes(true)).print(schema);
  }

  /**
   * Building the schema only wires data fetchers; nothing is executed. Stubs made from the record's components keep
   * this working whatever use cases are added later.
   */
  private static UseCases unusableUseCases() {
    RecordComponent[] components = UseCases.class.getRecordComponents();
    Object[] stubs = Arrays.stream(components).map(component -> stub(component.getType())).toArray();
    try {
      Constructor<UseCases> constructor = UseCases.class.getDeclaredConstructor(
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return constructor.newInstance(stubs);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object stub(Class<?> port) {
    return Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
      throw new UnsupportedOperationException("schema tests execute nothing: " + method);
    });
  }
}
