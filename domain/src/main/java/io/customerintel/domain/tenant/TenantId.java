package io.customerintel.domain.tenant;

/** Identity of a tenant: the company whose customers we analyse. Every stored row belongs to one. */
public record TenantId(long value) {
  public TenantId {
    if (value <= 0) {
      throw new IllegalArgumentException("tenant id must be positive");
    }
  }
}
