package io.customerintel.adapters.graphql.dto;

import io.customerintel.domain.analytics.FlowPeriod;
import io.customerintel.domain.analytics.FlowTotals;
import java.time.LocalDate;
import java.util.Currency;

/** The GraphQL CustomerFlowPeriod. */
public record CustomerFlowPeriodDto(LocalDate start, LocalDate end, int startingCustomers, int acquired, int wonBack,
                                    int lost, int lapsed, int endingCustomers, double churnRate, MoneyDto lostValue,
                                    MoneyDto revenueGained) {

  public static CustomerFlowPeriodDto of(FlowPeriod period, Currency currency) {
    FlowTotals flow = period.flow();
    return new CustomerFlowPeriodDto(period.period().start(), period.period().end(),
        Math.toIntExact(period.startingCustomers()), Math.toIntExact(flow.acquired()), Math.toIntExact(flow.wonBack()),
        Math.toIntExact(flow.lost()), Math.toIntExact(flow.lapsed()), Math.toIntExact(period.endingCustomers()),
        period.churnRate(), MoneyDto.of(flow.lostValue(), currency), MoneyDto.of(flow.revenueGained(), currency));
  }
}
