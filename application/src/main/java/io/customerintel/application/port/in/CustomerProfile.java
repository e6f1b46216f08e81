package io.customerintel.application.port.in;

import io.customerintel.domain.conversation.ConversationGuide;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.tenure.Tenure;
import io.customerintel.domain.value.CustomerValue;
import java.util.Objects;
import java.util.Optional;

/** A customer as the API shows them today: stored data plus stage, tenure, value and the question to ask. */
public record CustomerProfile(Customer customer, LifecycleStage lifecycleStage, Tenure tenure, CustomerValue value,
                              Optional<ConversationGuide> conversationGuide) {
  public CustomerProfile {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(lifecycleStage, "lifecycleStage");
    Objects.requireNonNull(tenure, "tenure");
    Objects.requireNonNull(value, "value");
    conversationGuide = conversationGuide == null ? Optional.empty() : conversationGuide;
  }
}
