package io.customerintel.domain.prediction;

/** The customer-base models a tenant can fit: two for purchase counts, one for spend per purchase day. */
public enum ModelKind {
  /** Fader, Hardie & Lee (2005): one-time buyers are alive with probability 1. */
  BG_NBD,
  /** Batislam, Denizel & Filiztekin (2007): customers may also drop out right after their first purchase. */
  MBG_NBD,
  /** Fader, Hardie & Lee (2005) spend model: mean spend per repeat purchase day. */
  GAMMA_GAMMA;

  public boolean countsPurchases() {
    return this != GAMMA_GAMMA;
  }
}
