package io.customerintel.domain.health;

/** Why an at-risk customer is drifting away without saying so; it tells the tenant how to approach them. */
public enum QuietDefectorType {
  /** Had no complaint, simply lost interest: answers fewer surveys and stopped buying. */
  COLLECTOR,
  /** Had a bad experience, said so, and left without asking for help. */
  DASHER,
  /** Asked to be contacted, heard nothing, and went quiet: guessing whether anyone cares. */
  GUESSER,
  /** Says things are fine (a passive, or satisfied but not buying again) yet engages less. */
  SATISFIED
}
