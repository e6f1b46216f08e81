package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.TenantId;
import java.util.concurrent.CompletionStage;

/**
 * Tells every server instance on the database that a tenant's data changed, so no instance keeps serving an answer
 * computed before another instance's write (docs/operations.md, scaling out).
 */
public interface TenantChangeFeed {

  /** What changed: purchases move revenues (and so value tiers); everything else moves only the reports. */
  enum Change { PURCHASES, OTHER }

  /** Announces a committed change to every instance, this one included; best effort (a failure is only logged). */
  CompletionStage<Void> publish(TenantId tenantId, Change change);

  /** Hears every instance's announcements from now on. */
  void listen(Listener listener);

  /** Receives the announcements. */
  interface Listener {
    void changed(TenantId tenantId, Change change);

    /** Announcements may have been missed (the feed lost its connection, or just regained it). */
    void missed();
  }
}
