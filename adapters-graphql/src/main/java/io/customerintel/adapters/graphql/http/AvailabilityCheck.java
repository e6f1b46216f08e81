package io.customerintel.adapters.graphql.http;

/** Whether the database can be reached right now; while it cannot, GraphQL requests are refused with 503 at once. */
@FunctionalInterface
public interface AvailabilityCheck {
  /** Always available: for embedding and tests without a monitor. */
  AvailabilityCheck ALWAYS = () -> true;

  boolean available();
}
