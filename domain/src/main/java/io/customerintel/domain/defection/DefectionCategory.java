package io.customerintel.domain.defection;

/** Broad families of reasons customers leave, for reporting across tenants' own reason codes. */
public enum DefectionCategory {
  INDIFFERENCE,
  SERVICE_QUALITY,
  PRODUCT_FIT,
  PRICE,
  COMPETITOR,
  NO_LONGER_NEEDED,
  OTHER
}
