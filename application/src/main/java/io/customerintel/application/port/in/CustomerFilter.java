package io.customerintel.application.port.in;

import io.customerintel.domain.conversation.ConversationGroup;
import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.health.QuietDefectorType;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import java.util.Set;

/** Which customers to list; null criteria match everyone, criteria combine with AND, values within one with OR. */
public record CustomerFilter(Set<LifecycleStage> lifecycleStages, Set<ValueTier> valueTiers,
                             Set<TenureBand> tenureBands, Set<HealthBand> healthBands,
                             Set<QuietDefectorType> quietDefectorTypes, ConversationGroup conversationGroup) {
  public static final CustomerFilter ALL = new CustomerFilter(null, null, null, null, null, null);

  public CustomerFilter {
    lifecycleStages = lifecycleStages == null ? null : Set.copyOf(lifecycleStages);
    valueTiers = valueTiers == null ? null : Set.copyOf(valueTiers);
    tenureBands = tenureBands == null ? null : Set.copyOf(tenureBands);
    healthBands = healthBands == null ? null : Set.copyOf(healthBands);
    quietDefectorTypes = quietDefectorTypes == null ? null : Set.copyOf(quietDefectorTypes);
  }

  /** A filter without the health criteria. */
  public CustomerFilter(Set<LifecycleStage> lifecycleStages, Set<ValueTier> valueTiers, Set<TenureBand> tenureBands,
                        ConversationGroup conversationGroup) {
    this(lifecycleStages, valueTiers, tenureBands, null, null, conversationGroup);
  }
}
