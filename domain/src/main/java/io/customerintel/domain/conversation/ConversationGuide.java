package io.customerintel.domain.conversation;

import io.customerintel.domain.lifecycle.LifecycleStage;
import java.util.Objects;
import java.util.Optional;

/** The one question to ask a customer, chosen by the group their lifecycle stage puts them in. */
public record ConversationGuide(ConversationGroup group, String question) {
  public ConversationGuide {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(question, "question");
  }

  public static Optional<ConversationGuide> forStage(LifecycleStage stage) {
    switch (stage) {
      case NEW:
        return Optional.of(forGroup(ConversationGroup.FIRST_TIME_BUYER));
      case LOYAL:
        return Optional.of(forGroup(ConversationGroup.LOYAL));
      case LOST:
        return Optional.of(forGroup(ConversationGroup.LOST));
      default:
        return Optional.empty();
    }
  }

  public static ConversationGuide forGroup(ConversationGroup group) {
    switch (group) {
      case FIRST_TIME_BUYER:
        return new ConversationGuide(group, "What convinced you to use our product or service?");
      case LOYAL:
        return new ConversationGuide(group, "What is it about us that keeps you coming back?");
      default:
        return new ConversationGuide(group, "What one thing could we have done to earn your repeat business?");
    }
  }

  /** The stage whose customers form the group, for filtering. */
  public static LifecycleStage stageOf(ConversationGroup group) {
    switch (group) {
      case FIRST_TIME_BUYER:
        return LifecycleStage.NEW;
      case LOYAL:
        return LifecycleStage.LOYAL;
      default:
        return LifecycleStage.LOST;
    }
  }
}
