package io.customerintel.adapters.graphql.http;

import java.util.concurrent.CompletionStage;

/** Whether the service can serve requests (the database answers). */
@FunctionalInterface
public interface ReadinessCheck {
  CompletionStage<Boolean> ready();
}
