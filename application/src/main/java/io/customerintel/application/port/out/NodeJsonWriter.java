package io.customerintel.application.port.out;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.CustomerProfile;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Renders customers as the API would answer for them: one JSON text per customer, for an export's document. */
public interface NodeJsonWriter {

  /** One line per customer, in order, without line breaks; fails if the document cannot be answered. */
  CompletionStage<List<String>> write(AuthenticatedTenant tenant, String document, List<CustomerProfile> customers);
}
