package io.customerintel.application.port.out;

import java.util.Objects;

/** Order of a customer listing; ties are broken by the internal id so pages never overlap. */
public record CustomerSort(Field field, boolean descending) {
  public CustomerSort {
    Objects.requireNonNull(field, "field");
  }

  /** Sortable keys. TENURE sorts prospects as the shortest tenure. */
  public enum Field {
    LIFETIME_REVENUE,
    HEALTH_SCORE,
    TENURE,
    LAST_PURCHASE_AT,
    EXTERNAL_ID
  }
}
