package io.customerintel.archfixture.bad.domain;

/** Deliberately broken: a domain class using Vert.x, for the architecture rules to catch. */
public class DomainUsingVertx {
  public io.vertx.core.json.JsonObject leak() {
    return new io.vertx.core.json.JsonObject();
  }
}
