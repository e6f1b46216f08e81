package io.customerintel.domain.winback;

import java.util.Map;
import java.util.Objects;

/** Win-back attempts of a period in total, by the list the customer was on, and by channel. */
public record WinBackStats(WinBackTally total, Map<WinBackKind, WinBackTally> byKind,
                           Map<WinBackChannel, WinBackTally> byChannel) {
  /** A purchase this many days after an attempt's day (the day itself included) still counts as won back. */
  public static final int WON_BACK_WINDOW_DAYS = 90;

  public WinBackStats {
    Objects.requireNonNull(total, "total");
    byKind = Map.copyOf(byKind);
    byChannel = Map.copyOf(byChannel);
  }
}
