package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.winback.WinBackChannel;
import io.customerintel.domain.winback.WinBackKind;
import io.customerintel.domain.winback.WinBackStats;
import io.customerintel.domain.winback.WinBackTally;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** WinBackStats with every kind and channel listed, in declaration order, zero where nothing happened. */
public record WinBackStatsDto(LocalDate from, LocalDate to, WinBackTally total, List<KindTally> byKind,
                              List<ChannelTally> byChannel) {

  /** One list's tally. */
  public record KindTally(String kind, WinBackTally tally) {}

  /** One channel's tally. */
  public record ChannelTally(String channel, WinBackTally tally) {}

  public static WinBackStatsDto of(LocalDate from, LocalDate to, WinBackStats stats) {
    return new WinBackStatsDto(from, to, stats.total(),
        Arrays.stream(WinBackKind.values())
            .map(k -> new KindTally(k.name(), stats.byKind().getOrDefault(k, WinBackTally.NONE))).toList(),
        Arrays.stream(WinBackChannel.values())
            .map(c -> new ChannelTally(c.name(), stats.byChannel().getOrDefault(c, WinBackTally.NONE))).toList());
  }
}
