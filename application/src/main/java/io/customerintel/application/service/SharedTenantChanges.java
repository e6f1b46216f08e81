package io.customerintel.application.service;

import io.customerintel.application.StoreUnavailableException;
import io.customerintel.application.port.out.TenantChangeFeed;
import io.customerintel.application.port.out.TenantChangeFeed.Change;
import io.customerintel.domain.tenant.TenantId;
import java.util.Objects;

/**
 * This instance's report caches kept in step with every instance's writes: a local write invalidates here at once and
 * is announced to the others; their announcements invalidate here. While announcements may have been missed,
 * everything is invalidated, so a lost notification costs a recomputation, never a stale answer after reconnection.
 */
public final class SharedTenantChanges implements TenantChangeFeed.Listener {
  private static final System.Logger LOG = System.getLogger(SharedTenantChanges.class.getName());

  private final TenantChangeFeed feed;
  private final AnalyticsCache reports;
  private final AnalyticsCache rankings;

  /**
   * @param reports  the cache of every tenant-wide report
   * @param rankings the cache of revenue rankings, which only purchases change
   */
  public SharedTenantChanges(TenantChangeFeed feed, AnalyticsCache reports, AnalyticsCache rankings) {
    this.feed = Objects.requireNonNull(feed, "feed");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.rankings = Objects.requireNonNull(rankings, "rankings");
    feed.listen(this);
  }

  /** What write services tell after a write that changes reports. */
  public TenantDataChanges anyChange() {
    return tenantId -> announce(tenantId, Change.OTHER);
  }

  /** What write services tell after recording purchases. */
  public TenantDataChanges purchases() {
    return tenantId -> announce(tenantId, Change.PURCHASES);
  }

  private void announce(TenantId tenantId, Change change) {
    changed(tenantId, change);
    feed.publish(tenantId, change).whenComplete((done, failure) -> {
      if (failure != null) {
        // during an outage the write failed as well, most likely, and every listener invalidates all on reconnection
        boolean outage = failure instanceof StoreUnavailableException
            || failure.getCause() instanceof StoreUnavailableException;
        LOG.log(outage ? System.Logger.Level.DEBUG : System.Logger.Level.WARNING, "could not announce a change of"
            + " tenant " + tenantId.value() + " to the other instances; their cached reports may lag until its next"
            + " write: " + failure);
      }
    });
  }

  @Override
  public void changed(TenantId tenantId, Change change) {
    reports.changed(tenantId);
    if (change == Change.PURCHASES) {
      rankings.changed(tenantId);
    }
  }

  @Override
  public void missed() {
    reports.changedAll();
    rankings.changedAll();
  }
}
