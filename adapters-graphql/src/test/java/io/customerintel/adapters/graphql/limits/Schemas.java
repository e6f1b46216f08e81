package io.customerintel.adapters.graphql.limits;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.customerintel.adapters.graphql.GraphQLApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The served schema without resolvers: enough to analyze operations against. */
final class Schemas {
  static final GraphQLSchema SERVED = load();

  private Schemas() {
  }

  private static GraphQLSchema load() {
    try (InputStream in = GraphQLApi.class.getResourceAsStream(GraphQLApi.SDL_RESOURCE)) {
      String sdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
