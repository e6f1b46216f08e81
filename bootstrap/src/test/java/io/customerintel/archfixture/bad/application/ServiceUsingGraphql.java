package io.customerintel.archfixture.bad.application;

/** Deliberately broken: an application class using graphql-java and an adapter. */
public class ServiceUsingGraphql {
  public Object leak() {
    return graphql.schema.GraphQLSchema.class.getName()
        + io.customerintel.archfixture.bad.adapters.postgres.PostgresThing.class.getName();
  }
}
