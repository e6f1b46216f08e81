package io.customerintel.domain.tenant;

/** What an API key may do: read data, write data, or administer the tenant (keys, model fits). */
public enum ApiKeyScope {
  READ,
  WRITE,
  ADMIN
}
