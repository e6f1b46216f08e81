package io.customerintel.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.port.in.ManageTenantsUseCase;
import io.customerintel.bootstrap.demo.DemoData.DemoTenant;
import io.customerintel.application.port.in.RecordPurchasesUseCase;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase;
import io.customerintel.application.port.in.UpsertCustomersUseCase;
import io.customerintel.domain.defection.DefaultDefectionReasons;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.CustomerHistory;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo data: loaded through the use cases, deterministic, valid, and covering every lifecycle stage. */
class DemoDataTest {
  /** As CUSTOMER_INTEL_AS_OF would pin it. */
  private static final Instant NOW = Instant.parse("2026-01-31T15:20:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final LifecyclePolicy POLICY = LifecyclePolicy.DEFAULT;

  private static DemoTenant load(FakeUseCases fakes) {
    return fakes.demoData().load().toCompletableFuture().join();
  }

  @Test
  void createsTheDemoTenantWithTheDocumentedKeyAndLoadsEverything() {
    FakeUseCases fakes = new FakeUseCases(CLOCK);
    DemoTenant demo = load(fakes);

    assertEquals(List.of(new ManageTenantsUseCase.CreateTenant("demo", "EUR", ZoneOffset.UTC)), fakes.creates);
    long tenantId = fakes.tenants.get("demo").id().value();
    assertEquals(List.of(tenantId + ":" + DemoData.API_KEY), fakes.installedKeys);
    assertTrue(Pattern.matches("[A-Za-z0-9_-]{16,128}", DemoData.API_KEY));

    assertEquals("demo", demo.name());
    assertEquals(DemoData.API_KEY, demo.apiKey());
    assertEquals(5000, demo.customers());
    assertEquals(demo.customers(), fakes.customers.size());
    assertEquals(demo.purchases(), fakes.purchases.size());
    assertEquals(demo.purchases(), demo.newlyRecordedPurchases());
    assertEquals(demo.surveyResponses(), fakes.surveyResponses.size());
    assertEquals(demo.defections(), fakes.defections.size());
    assertFalse(demo.alreadyLoaded());
    assertTrue(demo.purchases() >= 30_000 && demo.purchases() <= 50_000, "purchases: " + demo.purchases());
    assertTrue(demo.surveyResponses() >= 5_000, "survey responses: " + demo.surveyResponses());
    assertTrue(demo.defections() >= 500 && demo.defections() <= 750, "defections: " + demo.defections());
    assertTrue(fakes.purchaseCommands.stream().allMatch(c -> c.tenant().name().equals("demo")));
    System.out.println(demo.summary());
  }

  @Test
  void twoRunsWithTheSameClockSendIdenticalCommands() {
    FakeUseCases first = new FakeUseCases(CLOCK);
    FakeUseCases second = new FakeUseCases(CLOCK);
    assertEquals(load(first), load(second));
    assertEquals(first.customerCommands, second.customerCommands);
    assertEquals(first.purchaseCommands, second.purchaseCommands);
    assertEquals(first.surveyCommands, second.surveyCommands);
    assertEquals(first.defectionCommands, second.defectionCommands);
  }

  @Test
  void theTimeOfDayDoesNotMatterOnlyTheDay() {
    Instant morning = LocalDate.ofInstant(NOW, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(1);
    Instant evening = morning.plus(23, ChronoUnit.HOURS);
    DemoDataset early = DemoData.generate(Clock.fixed(morning, ZoneOffset.UTC), ZoneOffset.UTC);
    assertEquals(early, DemoData.generate(Clock.fixed(evening, ZoneOffset.UTC), ZoneOffset.UTC));

    DemoDataset nextDay = DemoData.generate(Clock.fixed(evening.plus(1, ChronoUnit.DAYS), ZoneOffset.UTC),
        ZoneOffset.UTC);
    assertNotEquals(early, nextDay);
    assertTrue(ids(early).equals(ids(nextDay)), "the same customers, purchases and defections, a day later");
    assertEquals(early.purchases().get(0).occurredAt().plus(1, ChronoUnit.DAYS), nextDay.purchases().get(0).occurredAt());
  }

  private static List<String> ids(DemoDataset data) {
    List<String> ids = new ArrayList<>();
    data.customers().forEach(c -> ids.add(c.externalId()));
    data.purchases().forEach(p -> ids.add(p.externalId()));
    data.defections().forEach(d -> ids.add(d.customerExternalId() + "/" + d.reasonCode()));
    return ids;
  }

  @Test
  void batchesStayWithinTheLimitAndNeverSplitACustomersPurchases() {
    FakeUseCases fakes = new FakeUseCases(CLOCK);
    load(fakes);
    assertTrue(fakes.customerCommands.stream().allMatch(c -> c.items().size() <= 1000));
    assertTrue(fakes.purchaseCommands.stream().allMatch(c -> c.items().size() <= 1000));
    assertTrue(fakes.surveyCommands.stream().allMatch(c -> c.items().size() <= 1000));
    Map<String, Set<Integer>> batches = new HashMap<>();
    for (int b = 0; b < fakes.purchaseCommands.size(); b++) {
      for (RecordPurchasesUseCase.Item item : fakes.purchaseCommands.get(b).items()) {
        batches.computeIfAbsent(item.customerExternalId(), c -> new HashSet<>()).add(b);
      }
    }
    assertTrue(batches.values().stream().allMatch(s -> s.size() == 1), "a customer's purchases span batches");
    assertTrue(fakes.customerCommands.size() >= 5 && fakes.purchaseCommands.size() >= 30);
  }

  @Test
  void nothingHappensAfterNowNorToday() {
    DemoDataset data = DemoData.generate(CLOCK, ZoneOffset.UTC);
    Instant today = LocalDate.ofInstant(NOW, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Instant> times = new ArrayList<>();
    data.customers().forEach(c -> times.add(c.firstSeenAt()));
    data.purchases().forEach(p -> times.add(p.occurredAt()));
    data.surveyResponses().forEach(s -> {
      times.add(s.sentAt());
      if (s.respondedAt() != null) {
        times.add(s.respondedAt());
        assertFalse(s.respondedAt().isBefore(s.sentAt()));
      }
    });
    data.defections().forEach(d -> times.add(d.occurredAt()));
    assertTrue(times.stream().allMatch(t -> t != null && t.isBefore(today)), "every time is before today");
    Instant earliest = times.stream().min(Instant::compareTo).orElseThrow();
    assertTrue(earliest.isAfter(today.minus(3 * 365 + 40, ChronoUnit.DAYS)), "about three years: " + earliest);
  }

  @Test
  void timesStayBeforeNowInAnyTenantZoneEvenOnADaylightSavingDay() {
    // 2026-03-29 is the spring-forward day in Berlin; "now" just after local midnight
    Instant now = Instant.parse("2026-03-28T23:30:00Z");
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    FakeUseCases fakes = new FakeUseCases(Clock.fixed(now, ZoneOffset.UTC), null, berlin);
    fakes.addTenant("demo", berlin);
    DemoTenant demo = load(fakes); // the fakes refuse anything after now
    assertEquals(demo.purchases(), demo.newlyRecordedPurchases());
    assertTrue(fakes.creates.isEmpty());
  }

  @Test
  void aSecondRunStoresNothingNewAndDoesNotResendDefections() {
    FakeUseCases fakes = new FakeUseCases(CLOCK);
    DemoTenant first = load(fakes);
    int surveyCalls = fakes.surveyCommands.size();
    int defectionCalls = fakes.defectionCommands.size();
    int purchaseCalls = fakes.purchaseCommands.size();

    DemoTenant second = load(fakes);
    assertEquals(1, fakes.creates.size(), "the tenant is created once");
    assertEquals(2, fakes.installedKeys.size(), "the key is installed again, idempotently");
    assertEquals(fakes.installedKeys.get(0), fakes.installedKeys.get(1));
    assertEquals(0, second.newlyRecordedPurchases());
    assertTrue(second.alreadyLoaded());
    assertEquals(first.purchases(), second.purchases());
    assertEquals(first.purchases(), fakes.purchases.size());
    assertEquals(2 * purchaseCalls, fakes.purchaseCommands.size());
    assertEquals(surveyCalls, fakes.surveyCommands.size());
    assertEquals(defectionCalls, fakes.defectionCommands.size());
    assertTrue(second.summary().contains("nothing new"), second.summary());
  }

  @Test
  void aRunOnALaterDayDoesNotDuplicateAnything() {
    FakeUseCases fakes = new FakeUseCases(CLOCK);
    DemoTenant first = load(fakes);
    FakeUseCases later = new FakeUseCases(Clock.fixed(NOW.plus(40, ChronoUnit.DAYS), ZoneOffset.UTC));
    // the same store, seen 40 days later
    later.tenants.putAll(fakes.tenants);
    later.customers.addAll(fakes.customers);
    later.purchases.addAll(fakes.purchases);
    later.surveyResponses.addAll(fakes.surveyResponses);
    later.defections.addAll(fakes.defections);
    DemoTenant second = load(later);
    assertEquals(0, second.newlyRecordedPurchases());
    assertEquals(first.defections(), later.defections.size());
    assertEquals(first.surveyResponses(), later.surveyResponses.size());
  }

  @Test
  void anInterruptedFirstLoadIsCompletedByTheNextRun() {
    FakeUseCases fakes = new FakeUseCases(CLOCK);
    fakes.failingPurchaseBatch = 3;
    assertFails(fakes);
    fakes.failingPurchaseBatch = -1;
    DemoTenant demo = load(fakes);
    assertTrue(demo.newlyRecordedPurchases() > 0 && demo.newlyRecordedPurchases() < demo.purchases(),
        demo.summary());
    assertEquals(demo.purchases(), fakes.purchases.size());
    assertEquals(demo.defections(), fakes.defections.size());
    assertEquals(demo.surveyResponses(), fakes.surveyResponses.size());
  }

  private static FakeUseCases assertFails(FakeUseCases fakes) {
    CompletionException error = assertThrows(CompletionException.class, () -> load(fakes));
    assertInstanceOf(IllegalStateException.class, error.getCause());
    assertTrue(error.getCause().getMessage().contains("made to fail"), error.getCause().getMessage());
    assertTrue(fakes.surveyCommands.isEmpty() && fakes.defectionCommands.isEmpty(), "stops at the first refusal");
    assertTrue(fakes.purchaseCommands.size() <= 3 + DemoData.CONCURRENCY, "starts no more batches after it");
    return fakes;
  }

  @Test
  void userErrorsFailTheLoadLoudly() {
    FakeUseCases fakes = new FakeUseCases(CLOCK);
    fakes.failingPurchaseBatch = 3;
    assertFails(fakes);
  }

  @Test
  void asynchronousUseCasesSeeAtMostTwoRequestsAtOnceAndTheSameData() throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(4);
    try {
      FakeUseCases async = new FakeUseCases(CLOCK, executor, ZoneOffset.UTC);
      DemoTenant demo = async.demoData().load().toCompletableFuture().get(60, TimeUnit.SECONDS);
      FakeUseCases sync = new FakeUseCases(CLOCK);
      assertEquals(load(sync), demo);
      assertEquals(sync.purchases, async.purchases);
      assertEquals(sync.defections, async.defections);
      assertTrue(async.maxInFlight.get() <= DemoData.CONCURRENCY, "in flight: " + async.maxInFlight.get());
      assertEquals(DemoData.CONCURRENCY, async.maxInFlight.get(), "uses the concurrency it may");

      FakeUseCases failing = new FakeUseCases(CLOCK, executor, ZoneOffset.UTC);
      failing.failingPurchaseBatch = 5;
      Exception error = assertThrows(Exception.class,
          () -> failing.demoData().load().toCompletableFuture().get(60, TimeUnit.SECONDS));
      assertInstanceOf(IllegalStateException.class, error.getCause());
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void aTenantCreatedConcurrentlyIsUsed() {
    FakeUseCases fakes = new FakeUseCases(CLOCK);
    fakes.conflictOnCreate = true;
    DemoTenant demo = load(fakes);
    assertEquals(1, fakes.creates.size());
    assertEquals(demo.purchases(), fakes.purchases.size());
  }

  @Test
  void everyLifecyclePatternIsPresent() {
    DemoDataset data = DemoData.generate(CLOCK, ZoneOffset.UTC);
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    Map<String, List<RecordPurchasesUseCase.Item>> purchases = new HashMap<>();
    data.purchases().forEach(p -> purchases.computeIfAbsent(p.customerExternalId(), c -> new ArrayList<>()).add(p));
    Map<String, Instant> defectionAt = new HashMap<>();
    data.defections().forEach(d -> defectionAt.merge(d.customerExternalId(), d.occurredAt(),
        (a, b) -> a.isAfter(b) ? a : b));

    int prospects = 0;
    int oneRecentPurchase = 0;
    int loyalPattern = 0;
    int inactive = 0;
    int returnedAfterGap = 0;
    int defected = defectionAt.size();
    int boughtAfterDefection = 0;
    Map<LifecycleStage, Integer> stages = new EnumMap<>(LifecycleStage.class);
    for (UpsertCustomersUseCase.Item customer : data.customers()) {
      List<RecordPurchasesUseCase.Item> bought = purchases.getOrDefault(customer.externalId(), List.of());
      TreeMap<LocalDate, List<RecordPurchasesUseCase.Item>> byDay = new TreeMap<>();
      bought.forEach(p -> byDay.computeIfAbsent(LocalDate.ofInstant(p.occurredAt(), ZoneOffset.UTC),
          d -> new ArrayList<>()).add(p));
      Instant defection = defectionAt.get(customer.externalId());
      if (bought.isEmpty()) {
        prospects++;
        assertTrue(customer.firstSeenAt() != null, "prospects have firstSeenAt");
      } else {
        LocalDate first = byDay.firstKey();
        LocalDate last = byDay.lastKey();
        assertFalse(customer.firstSeenAt().isAfter(bought.get(0).occurredAt()), "seen before the first purchase");
        if (byDay.size() == 1 && ChronoUnit.DAYS.between(first, today) <= 90) {
          oneRecentPurchase++;
        }
        if (byDay.size() >= 3 && ChronoUnit.DAYS.between(first, today) >= 365) {
          loyalPattern++;
        }
        if (ChronoUnit.DAYS.between(last, today) > 182) {
          inactive++;
        }
        LocalDate previous = null;
        for (LocalDate day : byDay.keySet()) {
          if (previous != null && ChronoUnit.DAYS.between(previous, day) > 182) {
            returnedAfterGap++;
            break;
          }
          previous = day;
        }
        if (defection != null && bought.stream().anyMatch(p -> p.occurredAt().isAfter(defection))) {
          boughtAfterDefection++;
        }
      }
      List<PurchaseDayTotal> days = new ArrayList<>();
      byDay.forEach((day, items) -> days.add(new PurchaseDayTotal(day, items.size(),
          items.stream().map(RecordPurchasesUseCase.Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
          items.stream().map(RecordPurchasesUseCase.Item::occurredAt).min(Instant::compareTo).orElseThrow(),
          items.stream().map(RecordPurchasesUseCase.Item::occurredAt).max(Instant::compareTo).orElseThrow())));
      CustomerFacts facts = POLICY.summarize(new CustomerHistory(days, Optional.ofNullable(defection)));
      stages.merge(POLICY.stageOn(facts, today), 1, Integer::sum);
    }
    System.out.println("stages today: " + stages);
    System.out.printf("patterns: prospects %d, one recent purchase %d, loyal %d, inactive %d, returned after a gap %d,"
        + " defected %d, bought after defecting %d%n", prospects, oneRecentPurchase, loyalPattern, inactive,
        returnedAfterGap, defected, boughtAfterDefection);

    int customers = data.customers().size();
    assertTrue(prospects >= 100 && prospects <= 400, "a few prospects: " + prospects);
    assertTrue(oneRecentPurchase >= 200, "new: " + oneRecentPurchase);
    assertTrue(loyalPattern >= 1000, "loyal: " + loyalPattern);
    assertTrue(inactive >= 500, "inactive: " + inactive);
    assertTrue(returnedAfterGap >= 50, "returned after a gap: " + returnedAfterGap);
    assertTrue(defected >= customers / 10 && defected <= customers * 15 / 100, "10-15% defected: " + defected);
    assertTrue(boughtAfterDefection >= 100, "won back after defecting: " + boughtAfterDefection);
    for (LifecycleStage stage : List.of(LifecycleStage.PROSPECT, LifecycleStage.NEW, LifecycleStage.ACTIVE,
        LifecycleStage.LOYAL, LifecycleStage.INACTIVE, LifecycleStage.LOST, LifecycleStage.WON_BACK)) {
      assertTrue(stages.getOrDefault(stage, 0) >= customers / 50, stage + ": " + stages);
    }
  }

  @Test
  void valuesSurveysAndDefectionsLookRealistic() {
    DemoDataset data = DemoData.generate(CLOCK, ZoneOffset.UTC);

    // ids and amounts
    assertEquals("C00001", data.customers().get(0).externalId());
    assertEquals("C05000", data.customers().get(4999).externalId());
    assertTrue(data.customers().get(0).name().contains("Example 1"));
    assertEquals(data.purchases().size(), data.purchases().stream().map(RecordPurchasesUseCase.Item::externalId)
        .distinct().count());
    assertTrue(data.purchases().stream().allMatch(p -> p.externalId().matches("P\\d{5}-\\d+")
        && p.externalId().substring(1, 6).equals(p.customerExternalId().substring(1))));
    assertTrue(data.purchases().stream().allMatch(p -> p.amount().scale() == 2 && p.amount().signum() > 0));
    Set<Object> segments = new HashSet<>();
    data.customers().forEach(c -> segments.add(c.attributes().get("segment")));
    assertEquals(Set.of("retail", "business"), segments);
    assertTrue(data.customers().stream().allMatch(c -> c.attributes().containsKey("region")));

    Map<String, BigDecimal> revenue = new HashMap<>();
    data.purchases().forEach(p -> revenue.merge(p.customerExternalId(), p.amount(), BigDecimal::add));
    List<BigDecimal> sorted = revenue.values().stream().sorted().toList();
    BigDecimal median = sorted.get(sorted.size() / 2);
    BigDecimal top = sorted.get(sorted.size() - 1);
    assertTrue(top.compareTo(median.multiply(BigDecimal.valueOf(20))) > 0, "heavy tail: top " + top + ", median " + median);

    // surveys: invitations without answers, a spread of scores, the other answers
    List<RecordSurveyResponsesUseCase.Item> surveys = data.surveyResponses();
    long unanswered = surveys.stream().filter(s -> s.respondedAt() == null).count();
    assertTrue(unanswered > surveys.size() / 5 && unanswered < surveys.size() * 7 / 10, "unanswered: " + unanswered);
    Map<Integer, Long> scores = new TreeMap<>();
    surveys.stream().filter(s -> s.likelihoodToRecommend() != null)
        .forEach(s -> scores.merge(s.likelihoodToRecommend(), 1L, Long::sum));
    assertEquals(11, scores.size(), "every score 0-10 occurs: " + scores);
    long scored = scores.values().stream().mapToLong(Long::longValue).sum();
    long promoters = scores.entrySet().stream().filter(e -> e.getKey() >= 9).mapToLong(Map.Entry::getValue).sum();
    long detractors = scores.entrySet().stream().filter(e -> e.getKey() <= 6).mapToLong(Map.Entry::getValue).sum();
    double nps = 100.0 * (promoters - detractors) / scored;
    System.out.printf("surveys: %d, unanswered %d, scores %s, NPS %.1f%n", surveys.size(), unanswered, scores, nps);
    assertTrue(nps > 0 && nps < 60, "NPS " + nps);
    assertTrue(detractors > scored / 10, "detractors " + detractors);
    for (java.util.function.Function<RecordSurveyResponsesUseCase.Item, Boolean> answer : List.<java.util.function
        .Function<RecordSurveyResponsesUseCase.Item, Boolean>>of(RecordSurveyResponsesUseCase.Item::satisfied,
        RecordSurveyResponsesUseCase.Item::wouldPurchaseAgain, RecordSurveyResponsesUseCase.Item::wantsContact)) {
      Set<Boolean> values = new HashSet<>();
      surveys.stream().filter(s -> s.respondedAt() != null).forEach(s -> values.add(answer.apply(s)));
      assertTrue(values.containsAll(Set.of(true, false)), "yes and no answers");
    }
    assertTrue(surveys.stream().anyMatch(s -> s.comment() != null));
    assertTrue(surveys.stream().map(RecordSurveyResponsesUseCase.Item::surveyId).distinct().count() >= 12);

    // defections: every default reason, spread over the months, competitors only where they apply
    Set<String> reasons = new HashSet<>();
    Set<YearMonth> months = new HashSet<>();
    data.defections().forEach(d -> {
      reasons.add(d.reasonCode());
      months.add(YearMonth.from(d.occurredAt().atZone(ZoneOffset.UTC)));
      assertTrue(d.competitor() == null || d.reasonCode().equals("SWITCHED_TO_COMPETITOR"));
      assertTrue(d.lostAnnualValue() == null || d.lostAnnualValue().scale() == 2);
    });
    assertEquals(DefaultDefectionReasons.ALL.stream().map(DefectionReason::code).collect(java.util.stream.Collectors
        .toSet()), reasons);
    assertTrue(months.size() >= 30, "months: " + months.size());
  }

  @Test
  void generationIsFast() {
    DemoData.generate(CLOCK, ZoneOffset.UTC); // warm up
    long start = System.nanoTime();
    DemoDataset data = DemoData.generate(CLOCK, ZoneOffset.UTC);
    long generated = System.nanoTime();
    load(new FakeUseCases(CLOCK));
    long loaded = System.nanoTime();
    System.out.printf("generated %d customers, %d purchases, %d survey rows, %d defections in %d ms;"
            + " loaded into in-memory fakes in %d ms%n", data.customers().size(), data.purchases().size(),
        data.surveyResponses().size(), data.defections().size(), (generated - start) / 1_000_000,
        (loaded - generated) / 1_000_000);
    assertTrue(generated - start < TimeUnit.SECONDS.toNanos(5));
  }
}
