package io.customerintel.domain.savedesk;

import java.util.Collection;

/** Cancellation requests by status; the save rate leaves out the open ones and those not pursued. */
public record SaveDeskCounts(int requests, int saved, int lost, int notPursued, int open) {
  public static final SaveDeskCounts NONE = new SaveDeskCounts(0, 0, 0, 0, 0);

  public static SaveDeskCounts of(Collection<RequestTally> tallies) {
    int saved = 0;
    int lost = 0;
    int notPursued = 0;
    int open = 0;
    for (RequestTally tally : tallies) {
      switch (tally.status()) {
        case SAVED -> saved += tally.count();
        case LOST -> lost += tally.count();
        case NOT_PURSUED -> notPursued += tally.count();
        case OPEN -> open += tally.count();
      }
    }
    return new SaveDeskCounts(saved + lost + notPursued + open, saved, lost, notPursued, open);
  }

  /**
   * saved / (saved + lost), null when nothing was decided either way: a request not pursued was never an attempt to
   * save, so it does not count against the desk.
   */
  public Double saveRate() {
    int decided = saved + lost;
    return decided == 0 ? null : (double) saved / decided;
  }
}
