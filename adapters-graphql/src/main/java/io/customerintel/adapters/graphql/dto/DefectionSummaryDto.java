package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.analytics.DefectionPeriod;
import io.customerintel.domain.analytics.DefectionSummary;
import io.customerintel.domain.analytics.LossShare;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The GraphQL DefectionSummary. The domain summary and currency stay with it for trend, which takes an argument;
 * each count's key (reason, category, value tier, tenure band) is wired by name onto ShareDto.key.
 */
public record DefectionSummaryDto(LocalDate from, LocalDate to, int customersLost, MoneyDto lostValue,
                                  List<ShareDto> byReason, List<ShareDto> byCategory, double avoidableShare,
                                  List<ShareDto> byValueTier, List<ShareDto> byTenureBand, DefectionSummary summary,
                                  Currency currency) {

  public static DefectionSummaryDto of(DefectionSummary summary, Currency currency) {
    return new DefectionSummaryDto(summary.range().start(), summary.range().end(),
        Math.toIntExact(summary.total().customers()), MoneyDto.of(summary.total().lostValue(), currency),
        ShareDto.of(summary.byReason(), currency), ShareDto.of(summary.byCategory(), currency),
        summary.avoidableShare(), ShareDto.of(summary.byValueTier(), currency),
        ShareDto.of(summary.byTenureBand(), currency), summary, currency);
  }

  /** ReasonCount, CategoryCount, TierCount, TenureBandCount: one group of defections and its share. */
  public record ShareDto(Object key, int customers, MoneyDto lostValue, double share) {
    static List<ShareDto> of(List<? extends LossShare<?>> shares, Currency currency) {
      return shares.stream().map(s -> new ShareDto(s.key(), Math.toIntExact(s.customers()),
          MoneyDto.of(s.lostValue(), currency), s.share())).toList();
    }
  }

  /** The GraphQL DefectionPeriod. */
  public record PeriodDto(LocalDate start, LocalDate end, int customersLost, MoneyDto lostValue, int avoidable) {
    public static PeriodDto of(DefectionPeriod period, Currency currency) {
      return new PeriodDto(period.period().start(), period.period().end(), Math.toIntExact(period.customersLost()),
          MoneyDto.of(period.lostValue(), currency), Math.toIntExact(period.avoidable()));
    }
  }
}
