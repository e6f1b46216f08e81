package io.customerintel.application.port.in;

import io.customerintel.domain.conversation.ConversationGuide;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.health.HealthAssessment;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.tenure.Tenure;
import io.customerintel.domain.value.CustomerValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer as the API shows them today: stored data plus stage, tenure, value, the question to ask, and health
 * (its quiet defector type only while the customer is AT_RISK).
 */
public record CustomerProfile(Customer customer, LifecycleStage lifecycleStage, Tenure tenure, CustomerValue value,
                              Optional<ConversationGuide> conversationGuide, HealthAssessment health) {
  public CustomerProfile {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(lifecycleStage, "lifecycleStage");
    Objects.requireNonNull(tenure, "tenure");
    Objects.requireNonNull(value, "value");
    conversationGuide = conversationGuide == null ? Optional.empty() : conversationGuide;
    Objects.requireNonNull(health, "health");
  }
}
