package io.customerintel.adapters.graphql;

import io.customerintel.adapters.graphql.dto.CustomerPredictionDto;
import io.customerintel.domain.customer.Customer;
import io.customerintel.adapters.graphql.dto.ConnectionDto;
import io.customerintel.adapters.graphql.dto.CustomerDto;
import io.customerintel.adapters.graphql.dto.DefectionDto;
import io.customerintel.adapters.graphql.dto.HealthPointDto;
import io.customerintel.adapters.graphql.dto.OpenFollowUpDto;
import io.customerintel.adapters.graphql.dto.PurchaseDto;
import io.customerintel.adapters.graphql.dto.SurveyResponseDto;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.Connection;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.health.HealthTrend;
import io.customerintel.domain.purchase.PurchaseId;
import io.customerintel.domain.survey.SurveyResponseId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.MappedBatchLoader;

/**
 * The per-request data loaders: each request gets its own registry (and so its own cache and
 * tenant), and every list of N customers costs one use-case call per loader, not N.
 */
public final class Loaders {
  public static final String CUSTOMERS = "customers";
  public static final String DEFECTIONS = "defections";
  public static final String REASONS = "defectionReasons";
  public static final String PURCHASES_OF = "purchasesOf";
  public static final String RESPONSES_OF = "surveyResponsesOf";
  public static final String PURCHASES = "purchases";
  public static final String RESPONSES = "surveyResponses";
  public static final String HEALTH_TRENDS = "healthTrends";
  public static final String HEALTH_HISTORY = "healthHistory";
  public static final String PREDICTIONS = "predictions";
  public static final String OPEN_FOLLOW_UPS_OF = "openFollowUpsOf";

  private Loaders() {}

  /** A customer's page of a per-customer list: loads of the same page arguments are batched together. */
  public record PagedKey(CustomerId customer, PageArgs page) {}

  /** A customer's current score, whose trend against 30 days ago is asked for. */
  public record TrendKey(CustomerId customer, int score) {}

  /** A customer's health line over the last days; loads of the same length are batched together. */
  public record HistoryKey(CustomerId customer, int days) {}

  public static DataLoaderRegistry registry(UseCases useCases, AuthenticatedTenant tenant) {
    Currency currency = Currency.getInstance(tenant.currency());
    DataLoaderRegistry registry = new DataLoaderRegistry();
    registry.register(CUSTOMERS, mapped((Set<CustomerId> ids) -> useCases.customers().byIds(tenant, ids)
        .thenApply(found -> mapValues(found, CustomerDto::of))));
    registry.register(DEFECTIONS, mapped((Set<DefectionId> ids) -> useCases.defections().defectionsByIds(tenant, ids)
        .thenApply(found -> mapValues(found, d -> DefectionDto.of(d, currency)))));
    registry.register(REASONS, mapped((Set<String> codes) -> useCases.defectionReasons().defectionReasons(tenant)
        .thenApply(Loaders::byCode)));
    registry.register(PURCHASES, mapped((Set<PurchaseId> ids) -> useCases.purchases().purchasesByIds(tenant, ids)
        .thenApply(found -> mapValues(found, p -> PurchaseDto.of(p, currency)))));
    registry.register(RESPONSES, mapped((Set<SurveyResponseId> ids) -> useCases.surveyResponses()
        .responsesByIds(tenant, ids).thenApply(found -> mapValues(found, SurveyResponseDto::of))));
    registry.register(PURCHASES_OF, mapped(perPage(
        (customers, page) -> useCases.purchases().purchasesOf(tenant, customers, page),
        p -> PurchaseDto.of(p, currency))));
    registry.register(RESPONSES_OF, mapped(perPage(
        (customers, page) -> useCases.surveyResponses().responsesOf(tenant, customers, page),
        SurveyResponseDto::of)));
    registry.register(HEALTH_TRENDS, mapped((Set<TrendKey> keys) -> {
      Map<CustomerId, Integer> scores = new HashMap<>();
      keys.forEach(key -> scores.put(key.customer(), key.score()));
      return useCases.healthHistory().trends(tenant, scores).thenApply(trends -> {
        Map<TrendKey, HealthTrend> byKey = new HashMap<>();
        keys.forEach(key -> byKey.put(key, trends.get(key.customer())));
        return byKey;
      });
    }));
    registry.register(HEALTH_HISTORY, mapped(grouped(HistoryKey::customer, HistoryKey::days,
        (days, customer) -> new HistoryKey(customer, days),
        (customers, days) -> useCases.healthHistory().history(tenant, customers, days),
        points -> points.stream().map(HealthPointDto::of).toList())));
    registry.register(PREDICTIONS, mapped((Set<Customer> customers) -> {
      List<Customer> page = List.copyOf(customers);
      return useCases.forecasts().forecasts(tenant, page).thenApply(forecasts -> {
        Map<Customer, CustomerPredictionDto> byCustomer = new HashMap<>();
        for (int i = 0; i < page.size(); i++) {
          Customer customer = page.get(i);
          forecasts.get(i).ifPresent(f -> byCustomer.put(customer, new CustomerPredictionDto(f, currency)));
        }
        return byCustomer;
      });
    }));
    registry.register(OPEN_FOLLOW_UPS_OF, mapped((Set<CustomerId> customers) -> useCases.openFollowUps()
        .openFollowUpsOf(tenant, customers).thenApply(found -> mapValues(found,
            open -> open.stream().map(OpenFollowUpDto::of).toList()))));
    return registry;
  }

  private static <K, V> DataLoader<K, V> mapped(MappedBatchLoader<K, V> loader) {
    return DataLoaderFactory.newMappedDataLoader(loader);
  }

  private static Map<String, DefectionReason> byCode(List<DefectionReason> reasons) {
    Map<String, DefectionReason> byCode = new HashMap<>();
    reasons.forEach(reason -> byCode.put(reason.code(), reason));
    return byCode;
  }

  private static <K, A, B> Map<K, B> mapValues(Map<K, A> map, Function<A, B> mapper) {
    Map<K, B> result = new LinkedHashMap<>();
    map.forEach((key, value) -> result.put(key, mapper.apply(value)));
    return result;
  }

  /** Groups keys by page arguments (usually one group) and loads each group with one call. */
  private static <S, T> MappedBatchLoader<PagedKey, ConnectionDto<T>> perPage(
      BiFunction<Collection<CustomerId>, PageArgs, CompletionStage<Map<CustomerId, Connection<S>>>> load,
      Function<S, T> mapper) {
    return grouped(PagedKey::customer, PagedKey::page, (page, customer) -> new PagedKey(customer, page), load,
        connection -> ConnectionDto.of(connection, mapper));
  }

  /**
   * Keys are a customer and an argument (page, days): groups the keys by argument (usually one group) and loads each
   * group's customers with one call.
   */
  private static <K, A, S, T> MappedBatchLoader<K, T> grouped(
      Function<K, CustomerId> customerOf, Function<K, A> argumentOf, BiFunction<A, CustomerId, K> keyOf,
      BiFunction<Collection<CustomerId>, A, CompletionStage<Map<CustomerId, S>>> load, Function<S, T> mapper) {
    return keys -> {
      Map<A, List<CustomerId>> groups = new LinkedHashMap<>();
      keys.forEach(key -> groups.computeIfAbsent(argumentOf.apply(key), a -> new ArrayList<>()).add(customerOf.apply(key)));
      List<CompletableFuture<Map<K, T>>> parts = new ArrayList<>();
      groups.forEach((argument, customers) -> parts.add(load.apply(customers, argument).thenApply(loaded -> {
        Map<K, T> part = new HashMap<>();
        loaded.forEach((customer, value) -> part.put(keyOf.apply(argument, customer), mapper.apply(value)));
        return part;
      }).toCompletableFuture()));
      return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(done -> {
        Map<K, T> all = new HashMap<>();
        parts.forEach(part -> all.putAll(part.join()));
        return all;
      });
    };
  }
}
