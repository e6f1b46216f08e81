package io.customerintel.domain.conversation;

/** The groups that each get one question worth asking them. */
public enum ConversationGroup {
  FIRST_TIME_BUYER,
  LOYAL,
  LOST
}
