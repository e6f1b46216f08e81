package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.refusal;
import static io.customerintel.application.fakes.Fakes.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.CustomerFilter;
import io.customerintel.application.port.in.CustomerProfile;
import io.customerintel.application.port.in.FindCustomersUseCase.Query;
import io.customerintel.application.port.in.Page;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.application.port.out.CustomerPosition;
import io.customerintel.application.port.out.CustomerSearch;
import io.customerintel.application.port.out.CustomerSort;
import io.customerintel.domain.conversation.ConversationGroup;
import io.customerintel.domain.conversation.ConversationGuide;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.CustomerHistory;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import io.customerintel.domain.tenure.Tenure;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import io.customerintel.domain.value.ValueTierThresholds;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerQueryServiceTest {
  static final LocalDate TODAY = LocalDate.ofInstant(Fakes.NOW, ZoneOffset.UTC);

  Fakes fakes;
  CustomerQueryService service;

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    service = new CustomerQueryService(fakes.customers, fakes.ranking, fakes.catchUp, Fakes.CLOCK);
  }

  /** Facts of one purchase per given day (noon UTC), each for the given amount. */
  static CustomerFacts bought(String amount, LocalDate... days) {
    return boughtThenDefected(amount, null, days);
  }

  static CustomerFacts boughtThenDefected(String amount, Instant defection, LocalDate... days) {
    TreeMap<LocalDate, PurchaseDayTotal> totals = new TreeMap<>();
    for (LocalDate day : days) {
      Instant at = day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
      totals.put(day, new PurchaseDayTotal(day, 1, new BigDecimal(amount), at, at));
    }
    return LifecyclePolicy.DEFAULT.summarize(new CustomerHistory(new ArrayList<>(totals.values()),
        Optional.ofNullable(defection)));
  }

  Customer seed(String externalId, CustomerFacts facts) {
    return fakes.store.seedCustomer(TENANT_ID, externalId, facts, LifecyclePolicy.DEFAULT);
  }

  CustomerProfile profile(String externalId) {
    return await(service.byExternalId(tenant(), externalId)).orElseThrow();
  }

  Page<CustomerProfile> list(CustomerFilter filter, CustomerSort sort, int first, String after) {
    return await(service.list(new Query(tenant(), filter, sort, PageArgs.of(first, after))));
  }

  CustomerSearch lastSearch() {
    return fakes.customers.searches.get(fakes.customers.searches.size() - 1);
  }

  @Test
  void aRecentFirstTimeBuyerIsNewInTheirFirstTenureBandWithTheFirstTimeBuyerQuestion() {
    seed("fresh", bought("100", TODAY.minusDays(10)));
    CustomerProfile profile = profile("fresh");
    assertEquals(LifecycleStage.NEW, profile.lifecycleStage());
    assertEquals(new Tenure(10, TenureBand.FIRST_90_DAYS), profile.tenure());
    assertEquals(Optional.of(ConversationGuide.forGroup(ConversationGroup.FIRST_TIME_BUYER)), profile.conversationGuide());
    assertEquals(0, new BigDecimal("100").compareTo(profile.value().lifetimeRevenue().amount()));
    assertEquals("EUR", profile.value().lifetimeRevenue().currency().getCurrencyCode());
  }

  @Test
  void aRegularOfMoreThanAYearIsLoyal() {
    seed("regular", bought("10", TODAY.minusDays(400), TODAY.minusDays(200), TODAY.minusDays(30)));
    CustomerProfile profile = profile("regular");
    assertEquals(LifecycleStage.LOYAL, profile.lifecycleStage());
    assertEquals(new Tenure(400, TenureBand.ONE_TO_3_YEARS), profile.tenure());
    assertEquals(ConversationGroup.LOYAL, profile.conversationGuide().orElseThrow().group());
    assertEquals(3, profile.value().purchaseCount());
  }

  @Test
  void aProspectHasNoTenureNoTierAndNoQuestion() {
    seed("prospect", CustomerFacts.NONE);
    CustomerProfile profile = profile("prospect");
    assertEquals(LifecycleStage.PROSPECT, profile.lifecycleStage());
    assertEquals(new Tenure(0, TenureBand.NONE), profile.tenure());
    assertEquals(ValueTier.NONE, profile.value().tier());
    assertNull(profile.value().averageOrderValue());
    assertEquals(Optional.empty(), profile.conversationGuide());
  }

  @Test
  void aDefectedCustomerIsLostWithTheLostQuestion() {
    seed("gone", boughtThenDefected("10", Fakes.NOW.minusSeconds(3600), TODAY.minusDays(50)));
    CustomerProfile profile = profile("gone");
    assertEquals(LifecycleStage.LOST, profile.lifecycleStage());
    assertEquals(ConversationGroup.LOST, profile.conversationGuide().orElseThrow().group());
  }

  @Test
  void theTierComesFromTheTenantsRevenueRanking() {
    for (int i = 1; i <= 20; i++) {
      seed("c" + (100 + i), bought(String.valueOf(i), TODAY.minusDays(5)));
    }
    Map<ValueTier, Integer> counts = new java.util.EnumMap<>(ValueTier.class);
    for (int i = 1; i <= 20; i++) {
      counts.merge(profile("c" + (100 + i)).value().tier(), 1, Integer::sum);
    }
    // percentile = share strictly below: 20 -> 95% TOP; 17..19 -> 80..90% HIGH; 11..16 -> 50..75% MEDIUM.
    assertEquals(Map.of(ValueTier.TOP, 1, ValueTier.HIGH, 3, ValueTier.MEDIUM, 6, ValueTier.LOW, 10), counts);
  }

  @Test
  void theStageIsJudgedOnTheTenantsCalendarDay() {
    // 12:00 UTC on 15 March is already 16 March in Auckland (UTC+13).
    Instant noonUtc = Instant.parse("2025-03-15T12:00:00Z");
    LocalDate firstPurchase = LocalDate.of(2025, 3, 15).minusDays(90);
    seed("edge", bought("10", firstPurchase));
    CustomerQueryService at = new CustomerQueryService(fakes.customers, fakes.ranking, fakes.catchUp, Clock.fixed(noonUtc, ZoneOffset.UTC));
    AuthenticatedTenant utc = tenant();
    AuthenticatedTenant auckland = Fakes.tenantIn(ZoneId.of("Pacific/Auckland"));
    assertEquals(LifecycleStage.NEW, await(at.byExternalId(utc, "edge")).orElseThrow().lifecycleStage());
    CustomerProfile inAuckland = await(at.byExternalId(auckland, "edge")).orElseThrow();
    assertEquals(LifecycleStage.ACTIVE, inAuckland.lifecycleStage());
    assertEquals(91, inAuckland.tenure().days());
    await(at.list(new Query(auckland, CustomerFilter.ALL, null, PageArgs.of(10, null))));
    assertEquals(LocalDate.of(2025, 3, 16), lastSearch().today());
  }

  @Test
  void theTenantsOwnWindowsDecideTheStage() {
    seed("one", bought("10", TODAY.minusDays(40)));
    LifecyclePolicy shortNew = new LifecyclePolicy(30, 182, 90, 365, 3);
    assertEquals(LifecycleStage.NEW, profile("one").lifecycleStage());
    assertEquals(LifecycleStage.ACTIVE,
        await(service.byExternalId(Fakes.tenantWith(shortNew), "one")).orElseThrow().lifecycleStage());
  }

  @Test
  void anUnknownCustomerIsNotFoundWithoutRankingAnybody() {
    assertEquals(Optional.empty(), await(service.byExternalId(tenant(), "ghost")));
    assertEquals(0, fakes.ranking.calls);
  }

  @Test
  void customersAreLoadedByIdsAndAnEmptyRequestAsksNothing() {
    Customer a = seed("a", bought("10", TODAY.minusDays(3)));
    seed("b", CustomerFacts.NONE);
    Map<CustomerId, CustomerProfile> found = await(service.byIds(tenant(), List.of(a.id(), new CustomerId(999_999))));
    assertEquals(Set.of(a.id()), found.keySet());
    assertEquals(LifecycleStage.NEW, found.get(a.id()).lifecycleStage());
    assertEquals(Map.of(), await(service.byIds(tenant(), List.of())));
    assertEquals(1, fakes.customers.byIdsCalls);
  }

  // --- filters: the API's criteria translated into storage terms by the domain rules

  @Test
  void withoutFiltersEveryCriterionIsOpenAndTheOrderIsByExternalId() {
    list(CustomerFilter.ALL, null, 20, null);
    CustomerSearch search = lastSearch();
    assertNull(search.stages());
    assertNull(search.revenue());
    assertNull(search.firstPurchase());
    assertEquals(TODAY, search.today());
    assertEquals(new CustomerSort(CustomerSort.Field.EXTERNAL_ID, false), search.sort());
    assertEquals(21, search.limit(), "one more than the page, to know whether another follows");
    assertEquals(Optional.empty(), search.after());
    assertEquals(TENANT_ID, search.tenantId());
  }

  @Test
  void theFirstTimeBuyerGroupSelectsNewCustomers() {
    list(new CustomerFilter(null, null, null, ConversationGroup.FIRST_TIME_BUYER), null, 20, null);
    assertEquals(Set.of(LifecycleStage.NEW), lastSearch().stages());
  }

  @Test
  void theLoyalAndLostGroupsSelectTheirStages() {
    list(new CustomerFilter(null, null, null, ConversationGroup.LOYAL), null, 20, null);
    assertEquals(Set.of(LifecycleStage.LOYAL), lastSearch().stages());
    list(new CustomerFilter(null, null, null, ConversationGroup.LOST), null, 20, null);
    assertEquals(Set.of(LifecycleStage.LOST), lastSearch().stages());
  }

  @Test
  void aGroupAndStagesTogetherSelectTheirIntersection() {
    list(new CustomerFilter(Set.of(LifecycleStage.NEW, LifecycleStage.ACTIVE), null, null,
        ConversationGroup.FIRST_TIME_BUYER), null, 20, null);
    assertEquals(Set.of(LifecycleStage.NEW), lastSearch().stages());
    seed("fresh", bought("10", TODAY));
    Page<CustomerProfile> page = list(new CustomerFilter(Set.of(LifecycleStage.ACTIVE), null, null,
        ConversationGroup.FIRST_TIME_BUYER), null, 20, null);
    assertEquals(Set.of(), lastSearch().stages());
    assertTrue(page.edges().isEmpty(), "no customer is both ACTIVE and a first-time buyer");
  }

  @Test
  void stagesAreSelectedAsGiven() {
    list(new CustomerFilter(Set.of(LifecycleStage.INACTIVE, LifecycleStage.WON_BACK), null, null, null), null, 20, null);
    assertEquals(Set.of(LifecycleStage.INACTIVE, LifecycleStage.WON_BACK), lastSearch().stages());
  }

  @Test
  void valueTiersBecomeRevenueRangesOfTheCurrentRanking() {
    for (int i = 1; i <= 100; i++) {
      seed("c" + (1000 + i), bought(String.valueOf(i), TODAY.minusDays(5)));
    }
    ValueTierThresholds thresholds = await(fakes.ranking.thresholds(TENANT_ID));
    list(new CustomerFilter(null, Set.of(ValueTier.TOP, ValueTier.MEDIUM), null, null), null, 20, null);
    CustomerSearch.RevenueCriterion revenue = lastSearch().revenue();
    assertEquals(Set.of(thresholds.rangeOf(ValueTier.TOP).orElseThrow(), thresholds.rangeOf(ValueTier.MEDIUM).orElseThrow()),
        new HashSet<>(revenue.ranges()));
    assertFalse(revenue.includeZero());
  }

  @Test
  void tierNoneSelectsZeroRevenue() {
    list(new CustomerFilter(null, Set.of(ValueTier.NONE), null, null), null, 20, null);
    assertEquals(new CustomerSearch.RevenueCriterion(List.of(), true), lastSearch().revenue());
  }

  @Test
  void aTierNobodyCanReachSelectsNobody() {
    seed("only", bought("10", TODAY));
    Page<CustomerProfile> page = list(new CustomerFilter(null, Set.of(ValueTier.TOP), null, null), null, 20, null);
    assertEquals(new CustomerSearch.RevenueCriterion(List.of(), false), lastSearch().revenue());
    assertTrue(page.edges().isEmpty());
  }

  @Test
  void tenureBandsBecomeFirstPurchaseDayRanges() {
    list(new CustomerFilter(null, null, Set.of(TenureBand.FIRST_90_DAYS, TenureBand.OVER_3_YEARS), null), null, 20, null);
    CustomerSearch.FirstPurchaseCriterion criterion = lastSearch().firstPurchase();
    assertEquals(Set.of(new TenureBand.DayRange(TODAY.minusDays(90), null), new TenureBand.DayRange(null, TODAY.minusDays(1095))),
        new HashSet<>(criterion.ranges()));
    assertFalse(criterion.includeNone());
  }

  @Test
  void tenureBandNoneSelectsCustomersWithoutAPurchase() {
    list(new CustomerFilter(null, null, Set.of(TenureBand.NONE), null), null, 20, null);
    assertEquals(new CustomerSearch.FirstPurchaseCriterion(List.of(), true), lastSearch().firstPurchase());
  }

  @Test
  void countAppliesTheSameFilters() {
    seed("fresh", bought("10", TODAY));
    seed("old", bought("10", TODAY.minusDays(500)));
    seed("prospect", CustomerFacts.NONE);
    assertEquals(3L, await(service.count(tenant(), CustomerFilter.ALL)));
    assertEquals(1L, await(service.count(tenant(), new CustomerFilter(null, null, null, ConversationGroup.FIRST_TIME_BUYER))));
    assertEquals(2L, await(service.count(tenant(), new CustomerFilter(null, Set.of(ValueTier.LOW, ValueTier.MEDIUM), null, null))));
    assertEquals(1L, await(service.count(tenant(), new CustomerFilter(null, null, Set.of(TenureBand.NONE), null))));
  }

  /**
   * Over a random customer base, the listing for each stage, tier, band and group holds exactly the
   * customers whose profile shows it: the filter translations agree with how profiles are judged.
   */
  @Test
  void eachFilterListsExactlyTheCustomersWhoseProfileMatches() {
    Random random = new Random(77);
    String[] amounts = {"0", "5", "10", "10", "20", "50", "100", "250"};
    for (int i = 0; i < 250; i++) {
      int days = random.nextInt(6);
      List<LocalDate> purchaseDays = new ArrayList<>();
      for (int d = 0; d < days; d++) {
        purchaseDays.add(TODAY.minusDays(random.nextInt(1500)));
      }
      Instant defection = random.nextInt(6) == 0 ? Fakes.NOW.minusSeconds(86_400L * random.nextInt(800)) : null;
      seed(String.format("c%04d", i), boughtThenDefected(amounts[random.nextInt(amounts.length)], defection,
          purchaseDays.stream().distinct().toArray(LocalDate[]::new)));
    }
    List<CustomerProfile> everyone = listAll(CustomerFilter.ALL);
    assertEquals(250, everyone.size());
    Set<LifecycleStage> stagesSeen = EnumSet.noneOf(LifecycleStage.class);
    for (LifecycleStage stage : LifecycleStage.values()) {
      List<String> expected = everyone.stream().filter(p -> p.lifecycleStage() == stage).map(CustomerQueryServiceTest::id).toList();
      assertEquals(expected, listAll(new CustomerFilter(Set.of(stage), null, null, null)).stream().map(CustomerQueryServiceTest::id).toList(), stage.name());
      if (!expected.isEmpty()) {
        stagesSeen.add(stage);
      }
    }
    assertTrue(stagesSeen.size() >= 6, "the random base covers most stages: " + stagesSeen);
    for (ValueTier tier : ValueTier.values()) {
      List<String> expected = everyone.stream().filter(p -> p.value().tier() == tier).map(CustomerQueryServiceTest::id).toList();
      assertEquals(expected, listAll(new CustomerFilter(null, Set.of(tier), null, null)).stream().map(CustomerQueryServiceTest::id).toList(), tier.name());
    }
    for (TenureBand band : TenureBand.values()) {
      List<String> expected = everyone.stream().filter(p -> p.tenure().band() == band).map(CustomerQueryServiceTest::id).toList();
      assertEquals(expected, listAll(new CustomerFilter(null, null, Set.of(band), null)).stream().map(CustomerQueryServiceTest::id).toList(), band.name());
    }
    for (ConversationGroup group : ConversationGroup.values()) {
      List<String> expected = everyone.stream()
          .filter(p -> p.conversationGuide().map(g -> g.group() == group).orElse(false)).map(CustomerQueryServiceTest::id).toList();
      assertEquals(expected, listAll(new CustomerFilter(null, null, null, group)).stream().map(CustomerQueryServiceTest::id).toList(), group.name());
    }
  }

  static String id(CustomerProfile profile) {
    return profile.customer().externalId();
  }

  List<CustomerProfile> listAll(CustomerFilter filter) {
    List<CustomerProfile> all = new ArrayList<>();
    String after = null;
    while (true) {
      Page<CustomerProfile> page = list(filter, null, 37, after);
      page.edges().forEach(edge -> all.add(edge.node()));
      if (!page.hasNextPage()) {
        return all;
      }
      after = page.edges().get(page.edges().size() - 1).cursor();
    }
  }

  // --- paging

  @Test
  void pagesFollowOneAnotherByCursorWithoutGapsOrRepeats() {
    for (int i = 0; i < 7; i++) {
      seed("c" + i, bought(String.valueOf(10 + i), TODAY.minusDays(i)));
    }
    Page<CustomerProfile> first = list(CustomerFilter.ALL, null, 3, null);
    assertEquals(List.of("c0", "c1", "c2"), first.edges().stream().map(e -> id(e.node())).toList());
    assertTrue(first.hasNextPage());
    assertFalse(first.hasPreviousPage());
    Page<CustomerProfile> second = list(CustomerFilter.ALL, null, 3, first.edges().get(2).cursor());
    assertEquals(List.of("c3", "c4", "c5"), second.edges().stream().map(e -> id(e.node())).toList());
    assertTrue(second.hasPreviousPage());
    Page<CustomerProfile> last = list(CustomerFilter.ALL, null, 3, second.edges().get(2).cursor());
    assertEquals(List.of("c6"), last.edges().stream().map(e -> id(e.node())).toList());
    assertFalse(last.hasNextPage());
  }

  @Test
  void aCursorCarriesTheStoresPositionBackToTheStore() {
    seed("a", bought("10", TODAY));
    seed("b", bought("20", TODAY));
    CustomerSort byRevenue = new CustomerSort(CustomerSort.Field.LIFETIME_REVENUE, true);
    Page<CustomerProfile> first = list(CustomerFilter.ALL, byRevenue, 1, null);
    assertEquals("b", id(first.edges().get(0).node()));
    Page<CustomerProfile> second = list(CustomerFilter.ALL, byRevenue, 1, first.edges().get(0).cursor());
    CustomerPosition position = lastSearch().after().orElseThrow();
    assertEquals(fakes.store.customer(TENANT_ID, "b").orElseThrow().id().value(), position.id());
    assertEquals("a", id(second.edges().get(0).node()));
  }

  @Test
  void aCursorFromAnotherOrderIsRefused() {
    seed("a", CustomerFacts.NONE);
    seed("b", CustomerFacts.NONE);
    String cursor = list(CustomerFilter.ALL, null, 1, null).edges().get(0).cursor();
    for (CustomerSort other : List.of(new CustomerSort(CustomerSort.Field.EXTERNAL_ID, true),
        new CustomerSort(CustomerSort.Field.LIFETIME_REVENUE, false), new CustomerSort(CustomerSort.Field.TENURE, false))) {
      assertEquals(ErrorCodes.INVALID_CURSOR, refusal(() -> service.list(
          new Query(tenant(), CustomerFilter.ALL, other, PageArgs.of(1, cursor)))).code(), other.toString());
    }
  }

  @Test
  void aGarbageCursorIsRefused() {
    for (String garbage : List.of("", "garbage", "!!!", "aGVsbG8", "YzEfRVhURVJOQUxfSUQfQVNDH3gfaw")) {
      assertEquals(ErrorCodes.INVALID_CURSOR,
          refusal(() -> service.list(new Query(tenant(), CustomerFilter.ALL, null, PageArgs.of(5, garbage)))).code(),
          garbage);
    }
    assertTrue(fakes.customers.searches.isEmpty(), "a refused cursor never reaches the store");
  }
}
