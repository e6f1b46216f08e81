package io.customerintel.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.domain.lifecycle.LifecycleStage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConversationGuideTest {

  @Test
  void newCustomersAreAskedWhatConvincedThem() {
    assertEquals(Optional.of(new ConversationGuide(ConversationGroup.FIRST_TIME_BUYER,
        "What convinced you to use our product or service?")), ConversationGuide.forStage(LifecycleStage.NEW));
  }

  @Test
  void loyalCustomersAreAskedWhatKeepsThemComingBack() {
    assertEquals(Optional.of(new ConversationGuide(ConversationGroup.LOYAL,
        "What is it about us that keeps you coming back?")), ConversationGuide.forStage(LifecycleStage.LOYAL));
  }

  @Test
  void lostCustomersAreAskedWhatWouldHaveEarnedTheirRepeatBusiness() {
    assertEquals(Optional.of(new ConversationGuide(ConversationGroup.LOST,
        "What one thing could we have done to earn your repeat business?")), ConversationGuide.forStage(LifecycleStage.LOST));
  }

  @ParameterizedTest
  @EnumSource(value = LifecycleStage.class, names = {"PROSPECT", "ACTIVE", "AT_RISK", "INACTIVE", "WON_BACK"})
  void otherStagesHaveNoQuestion(LifecycleStage stage) {
    assertEquals(Optional.empty(), ConversationGuide.forStage(stage));
  }

  @ParameterizedTest
  @EnumSource(ConversationGroup.class)
  void theGroupFilterSelectsExactlyTheStageThatGetsTheGroupsQuestion(ConversationGroup group) {
    LifecycleStage stage = ConversationGuide.stageOf(group);
    assertEquals(Optional.of(ConversationGuide.forGroup(group)), ConversationGuide.forStage(stage));
    for (LifecycleStage other : LifecycleStage.values()) {
      if (other != stage) {
        assertEquals(false, ConversationGuide.forStage(other).map(g -> g.group() == group).orElse(false));
      }
    }
  }

  @Test
  void aGuideNeedsAGroupAndAQuestion() {
    assertThrows(NullPointerException.class, () -> new ConversationGuide(null, "q"));
    assertThrows(NullPointerException.class, () -> new ConversationGuide(ConversationGroup.LOST, null));
  }
}
