package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.PURCHASES;
import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customer;
import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static io.customerintel.bootstrap.e2e.Fixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.domain.prediction.BgNbd;
import io.customerintel.domain.prediction.GammaGamma;
import io.customerintel.domain.prediction.RepeatHistory;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole path of issue 4 over HTTP: the CDNOW sample loaded through the API, the models fitted through
 * {@code fitCustomerBaseModels}, the published numbers read back from {@code customerBaseModels}, and predictions on
 * customers. Published: Fader, Hardie & Lee (2005), ../shared/datasets/cdnow/README.md.
 */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class CustomerBaseModelsEndToEndTest {
  static final String FIT = "mutation($in:FitModelsInput){fitCustomerBaseModels(input:$in){"
      + "models{kind calibrationEnd period customers logLikelihood parameters{name value} drivesPredictions"
      + " holdoutValidation{holdoutEnd periods predictedPurchases actualPurchases"
      + "   byCalibrationPurchases{calibrationPurchases andMore customers predictedPerCustomer actualPerCustomer}}}"
      + " userErrors{field code message}}}";
  static final String MODELS = "{customerBaseModels{kind fittedAt calibrationEnd period customers logLikelihood"
      + " durationMs drivesPredictions parameters{name value}}}";
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

  private static GraphQLClient cdnow;
  private static TenantId cdnowTenant;
  /** Per master customer id: purchase day totals, from the file, independently of the server. */
  private static Map<String, TreeMap<LocalDate, BigDecimal>> days;

  static Path cdnowSample() {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      for (Path candidate : List.of(at.resolve("shared/datasets/cdnow/CDNOW_sample.txt"),
          at.resolveSibling("shared").resolve("datasets/cdnow/CDNOW_sample.txt"))) {
        if (Files.exists(candidate)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("../shared/datasets/cdnow/CDNOW_sample.txt not found above " + Path.of("")
        .toAbsolutePath());
  }

  /** Loads the sample through the API: customers first, then purchases, 1,000 a batch (amount = dollar value). */
  @BeforeAll
  static void loadCdnowThroughTheApi() {
    String key = TestServer.newTenantKey("USD");
    cdnow = new GraphQLClient(key);
    cdnowTenant = tenantOf(key);
    List<String> lines;
    try {
      lines = Files.readAllLines(cdnowSample());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    days = new HashMap<>();
    LinkedHashSet<String> customers = new LinkedHashSet<>();
    JsonArray purchases = new JsonArray();
    DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
    for (int n = 0; n < lines.size(); n++) {
      String[] f = lines.get(n).trim().split("\\s+");
      if (f.length < 5) {
        continue;
      }
      LocalDate day = LocalDate.parse(f[2], yyyymmdd);
      customers.add(f[0]);
      days.computeIfAbsent(f[0], c -> new TreeMap<>()).merge(day, new BigDecimal(f[4]), BigDecimal::add);
      purchases.add(purchase(f[0], "line-" + (n + 1), day + "T12:00:00Z", f[4]));
    }
    List<String> ids = new ArrayList<>(customers);
    for (int from = 0; from < ids.size(); from += 1000) {
      JsonArray batch = new JsonArray();
      ids.subList(from, Math.min(ids.size(), from + 1000)).forEach(id -> batch.add(customer(id)));
      assertEquals(batch.size(), cdnow.ok(UPSERT, in(batch)).getJsonObject("upsertCustomers").getInteger("upserted"));
    }
    for (int from = 0; from < purchases.size(); from += 1000) {
      JsonArray batch = new JsonArray(purchases.getList().subList(from, Math.min(purchases.size(), from + 1000)));
      JsonObject recorded = cdnow.ok(PURCHASES, in(batch)).getJsonObject("recordPurchases");
      assertEquals(List.of(), recorded.getJsonArray("userErrors").getList());
    }
    assertEquals(2357, customers.size());
  }

  /**
   * Fits as a client should: a fit re-judges every customer's health in the background before the tenant's next fit
   * may start, so FIT_IN_PROGRESS right after another fit is retried.
   */
  private static JsonObject fit(GraphQLClient api, JsonObject input) {
    for (int attempt = 0; ; attempt++) {
      JsonObject result = api.ok(FIT, new JsonObject().put("in", input)).getJsonObject("fitCustomerBaseModels");
      JsonArray errors = result.getJsonArray("userErrors");
      boolean busy = !errors.isEmpty() && "FIT_IN_PROGRESS".equals(errors.getJsonObject(0).getString("code"));
      if (!busy || attempt == 300) {
        return result;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static JsonObject kind(JsonArray models, String kind) {
    for (int i = 0; i < models.size(); i++) {
      if (kind.equals(models.getJsonObject(i).getString("kind"))) {
        return models.getJsonObject(i);
      }
    }
    throw new AssertionError("no " + kind + " in " + models.encode());
  }

  private static double parameter(JsonObject model, String name) {
    JsonArray parameters = model.getJsonArray("parameters");
    for (int i = 0; i < parameters.size(); i++) {
      if (name.equals(parameters.getJsonObject(i).getString("name"))) {
        return parameters.getJsonObject(i).getDouble("value");
      }
    }
    throw new AssertionError("no parameter " + name + " in " + model.encode());
  }

  @Test
  void fittingCdnowThroughTheApiReproducesThePublishedBgNbdAndGammaGammaNumbers() {
    JsonObject fitted = fit(cdnow, new JsonObject().put("calibrationEnd", "1997-09-30").put("period", "WEEK"));
    assertEquals(List.of(), fitted.getJsonArray("userErrors").getList());

    JsonArray stored = cdnow.ok(MODELS).getJsonArray("customerBaseModels");
    JsonObject bg = kind(stored, "BG_NBD");
    assertEquals(0.243, parameter(bg, "r"), 0.001);
    assertEquals(4.414, parameter(bg, "alpha"), 0.001);
    assertEquals(0.793, parameter(bg, "a"), 0.001);
    assertEquals(2.426, parameter(bg, "b"), 0.001);
    assertEquals(-9582.4, bg.getDouble("logLikelihood"), 0.1);
    assertEquals(2357, bg.getInteger("customers"));
    assertEquals("1997-09-30", bg.getString("calibrationEnd"));
    assertEquals("WEEK", bg.getString("period"));
    assertTrue(bg.getBoolean("drivesPredictions"));

    JsonObject gg = kind(stored, "GAMMA_GAMMA");
    assertEquals(6.25, parameter(gg, "p"), 0.01);
    assertEquals(3.74, parameter(gg, "q"), 0.01);
    assertEquals(15.44, parameter(gg, "gamma"), 0.01);
    assertEquals(946, gg.getInteger("customers"));
    assertFalse(gg.getBoolean("drivesPredictions"));

    JsonObject mbg = kind(stored, "MBG_NBD");
    assertTrue(mbg.getDouble("logLikelihood") < 0);
    assertEquals(kind(fitted.getJsonArray("models"), "BG_NBD").getJsonArray("parameters"), bg.getJsonArray("parameters"),
        "the mutation answers what it stored");
  }

  @Test
  void aHoldoutFitComparesPredictedWithActualPurchaseDaysLineByLine() {
    JsonObject fitted = fit(cdnow, new JsonObject().put("calibrationEnd", "1997-09-30").put("period", "WEEK")
        .put("holdoutEnd", HOLDOUT_END.toString()));
    JsonObject validation = kind(fitted.getJsonArray("models"), "BG_NBD").getJsonObject("holdoutValidation");

    // the actual repeat purchase days in weeks 40..78, counted here from the file
    long actual = 0;
    Map<Integer, Long> customersByLine = new TreeMap<>();
    for (TreeMap<LocalDate, BigDecimal> customerDays : days.values()) {
      if (customerDays.firstKey().isAfter(CALIBRATION_END)) {
        continue;
      }
      actual += customerDays.subMap(CALIBRATION_END, false, HOLDOUT_END, true).size();
      int x = customerDays.headMap(CALIBRATION_END, true).size() - 1;
      customersByLine.merge(Math.min(x, 7), 1L, Long::sum);
    }
    assertEquals(actual, validation.getDouble("actualPurchases"), 1e-9);
    assertEquals(273.0 / 7, validation.getDouble("periods"), 1e-9);
    // predicted: the fitted model's conditional expectation over the 39 holdout weeks, summed here customer by
    // customer from the stored parameters
    JsonObject bgJson = kind(cdnow.ok(MODELS).getJsonArray("customerBaseModels"), "BG_NBD");
    BgNbd bg = new BgNbd(parameter(bgJson, "r"), parameter(bgJson, "alpha"), parameter(bgJson, "a"),
        parameter(bgJson, "b"));
    double expected = 0;
    for (TreeMap<LocalDate, BigDecimal> customerDays : days.values()) {
      if (!customerDays.firstKey().isAfter(CALIBRATION_END)) {
        var calibration = customerDays.headMap(CALIBRATION_END, true);
        expected += bg.expectedPurchases(39, new RepeatHistory(calibration.size() - 1,
            ChronoUnit.DAYS.between(calibration.firstKey(), calibration.lastKey()) / 7.0,
            ChronoUnit.DAYS.between(calibration.firstKey(), CALIBRATION_END) / 7.0));
      }
    }
    assertEquals(expected, validation.getDouble("predictedPurchases"), 1e-6 * expected);
    JsonArray lines = validation.getJsonArray("byCalibrationPurchases");
    assertEquals(8, lines.size());
    for (int line = 0; line < 8; line++) {
      assertEquals(customersByLine.getOrDefault(line, 0L).intValue(), lines.getJsonObject(line).getInteger("customers"));
    }
    assertTrue(lines.getJsonObject(7).getBoolean("andMore"));
  }

  @Test
  void aCustomersPredictionComesFromTheStoredModelsAndTheirHistoryAsOfToday() {
    fit(cdnow, new JsonObject().put("calibrationEnd", "1997-09-30").put("period", "WEEK"));
    JsonArray stored = cdnow.ok(MODELS).getJsonArray("customerBaseModels");
    JsonObject bgJson = kind(stored, "BG_NBD");
    JsonObject ggJson = kind(stored, "GAMMA_GAMMA");
    BgNbd bg = new BgNbd(parameter(bgJson, "r"), parameter(bgJson, "alpha"), parameter(bgJson, "a"),
        parameter(bgJson, "b"));
    GammaGamma gg = new GammaGamma(parameter(ggJson, "p"), parameter(ggJson, "q"), parameter(ggJson, "gamma"));

    // the customer with the most purchase days, judged on all of them as of the server's today
    String best = days.entrySet().stream().max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size()))
        .orElseThrow().getKey();
    TreeMap<LocalDate, BigDecimal> history = days.get(best);
    LocalDate today = LocalDate.ofInstant(TestServer.AS_OF, java.time.ZoneOffset.UTC);
    int x = history.size() - 1;
    RepeatHistory h = new RepeatHistory(x, ChronoUnit.DAYS.between(history.firstKey(), history.lastKey()) / 7.0,
        ChronoUnit.DAYS.between(history.firstKey(), today) / 7.0);
    BigDecimal repeat = history.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .subtract(history.firstEntry().getValue());
    double spend = gg.expectedSpend(x, repeat.doubleValue() / x);

    JsonObject prediction = cdnow.ok("query($id:String!){customer(externalId:$id){prediction{probabilityAlive"
        + " expectedPurchases(periods:52) predictedValue(periods:52){amount currency}"
        + " discounted:predictedValue(periods:52, annualDiscountRate:0.1){amount}}}}",
        new JsonObject().put("id", best)).getJsonObject("customer").getJsonObject("prediction");
    assertEquals(bg.probabilityAlive(h), prediction.getDouble("probabilityAlive"), 1e-9);
    assertEquals(bg.expectedPurchases(52, h), prediction.getDouble("expectedPurchases"), 1e-9);
    JsonObject value = prediction.getJsonObject("predictedValue");
    assertEquals("USD", value.getString("currency"));
    assertEquals(bg.expectedPurchases(52, h) * spend, Double.parseDouble(String.valueOf(value.getValue("amount"))),
        0.005);
    assertTrue(Double.parseDouble(String.valueOf(prediction.getJsonObject("discounted").getValue("amount")))
        <= Double.parseDouble(String.valueOf(value.getValue("amount"))));
  }

  @Test
  void aPageOfCustomersGetsItsPredictionsAndBadHorizonsAreRefused() {
    fit(cdnow, new JsonObject().put("calibrationEnd", "1997-09-30").put("period", "WEEK"));
    JsonArray nodes = cdnow.ok("{customers(first:100){nodes{externalId prediction{probabilityAlive"
        + " expectedPurchases(periods:10)}}}}").getJsonObject("customers").getJsonArray("nodes");
    assertEquals(100, nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      JsonObject p = nodes.getJsonObject(i).getJsonObject("prediction");
      double alive = p.getDouble("probabilityAlive");
      assertTrue(alive >= 0 && alive <= 1);
      assertTrue(p.getDouble("expectedPurchases") >= 0);
    }
    GraphQLClient.Response tooFar = cdnow.query("{customers(first:1){nodes{prediction{expectedPurchases(periods:1001)}}}}");
    assertEquals("BAD_USER_INPUT", tooFar.firstErrorCode());
    GraphQLClient.Response percent = cdnow.query(
        "{customers(first:1){nodes{prediction{predictedValue(periods:10, annualDiscountRate:5){amount}}}}}");
    assertEquals("BAD_USER_INPUT", percent.firstErrorCode());
  }

  private static TenantId tenantOf(String key) {
    return TestServer.start().store().tenants().findKeyOwner(
        io.customerintel.application.service.ApiKeys.hash(key)).toCompletableFuture().join().orElseThrow().tenant().id();
  }

  /** Waits until the last fit's background re-judging is done (it holds the tenant's fit lease until then). */
  private static void awaitFitFinished(TenantId tenant) throws InterruptedException {
    var lease = TestServer.start().store().fitLease();
    for (int attempt = 0; attempt < 300; attempt++) {
      if (lease.tryAcquire(tenant, java.time.Instant.now().minus(Duration.ofDays(30000)), Duration.ofSeconds(1))
          .toCompletableFuture().join()) {
        lease.release(tenant).toCompletableFuture().join();
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the fit's background work did not finish");
  }

  private static long statementsFor(String query) {
    cdnow.ok(query);
    long before = TestServer.start().store().statementsExecuted();
    cdnow.ok(query);
    return TestServer.start().store().statementsExecuted() - before;
  }

  @Test
  void predictionsForAPageCostOneStatementWhateverItsSize() throws InterruptedException {
    fit(cdnow, new JsonObject().put("calibrationEnd", "1997-09-30"));
    awaitFitFinished(cdnowTenant);
    String page = "{customers(first:%d,orderBy:{field:LIFETIME_REVENUE,direction:DESC}){nodes{externalId%s}}}";
    String prediction = " prediction{probabilityAlive expectedPurchases(periods:52) predictedValue(periods:52){amount}}";
    long plain = statementsFor(String.format(page, 100, ""));
    long ten = statementsFor(String.format(page, 10, prediction));
    long hundred = statementsFor(String.format(page, 100, prediction));
    assertEquals(ten, hundred);
    assertEquals(plain + 1, hundred, "the page's first-day revenues, in one statement");
  }

  @Test
  void onceModelsAreFittedWinBackListsRankByTheNextYearsPredictedValue() throws InterruptedException {
    String key = TestServer.newTenantKey();
    GraphQLClient api = new GraphQLClient(key);
    generatedBuyers(api, 300, 11);
    api.ok(Fixtures.DEFECTION, in(Fixtures.defection("gen0", "2026-06-01T10:00:00Z", "STAFF_INDIFFERENCE")));
    String list = "query($kind:WinBackKind!,$after:String){winBackCandidates(kind:$kind,first:25,after:$after){"
        + "pageInfo{endCursor} edges{node{valueBasis value{amount} predictedValue{amount} lifetimeRevenue{amount}"
        + " customer{externalId prediction{predictedValue(periods:52){amount}}}}}}}";
    JsonObject before = api.ok(list, new JsonObject().put("kind", "INACTIVE")).getJsonObject("winBackCandidates");
    assertEquals("LIFETIME_REVENUE", before.getJsonArray("edges").getJsonObject(0).getJsonObject("node")
        .getString("valueBasis"));

    assertEquals(List.of(), fit(api, new JsonObject()).getJsonArray("userErrors").getList());
    awaitFitFinished(tenantOf(key));

    JsonArray edges = api.ok(list, new JsonObject().put("kind", "INACTIVE")).getJsonObject("winBackCandidates")
        .getJsonArray("edges");
    assertEquals(25, edges.size());
    List<BigDecimal> values = new ArrayList<>();
    List<BigDecimal> revenues = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      JsonObject node = edges.getJsonObject(i).getJsonObject("node");
      assertEquals("PREDICTED_VALUE", node.getString("valueBasis"));
      BigDecimal value = amount(node.getJsonObject("value"));
      assertEquals(value, amount(node.getJsonObject("predictedValue")));
      // no inactive customer recorded a defection: the stored year-ahead value is their 52-week forecast
      assertEquals(amount(node.getJsonObject("customer").getJsonObject("prediction").getJsonObject("predictedValue"))
          .doubleValue(), value.doubleValue(), 0.011);
      values.add(value);
      revenues.add(amount(node.getJsonObject("lifetimeRevenue")));
    }
    List<BigDecimal> descending = new ArrayList<>(values);
    descending.sort(Comparator.reverseOrder());
    assertEquals(descending, values);
    assertTrue(values.get(0).compareTo(values.get(24)) > 0, "values differ: " + values);
    List<BigDecimal> byRevenue = new ArrayList<>(revenues);
    byRevenue.sort(Comparator.reverseOrder());
    assertNotEquals(byRevenue, revenues, "the predicted order is not lifetime revenue in disguise");

    // a cursor issued under the old order does not continue the new one
    GraphQLClient.Response stale = api.query(list, new JsonObject().put("kind", "INACTIVE")
        .put("after", before.getJsonObject("pageInfo").getString("endCursor")));
    assertEquals("INVALID_CURSOR", stale.firstErrorCode());

    // a lost customer keeps the value of their buying pattern, though their own forecast is zero now they left
    JsonObject lost = api.ok(list, new JsonObject().put("kind", "LOST")).getJsonObject("winBackCandidates")
        .getJsonArray("edges").getJsonObject(0).getJsonObject("node");
    assertEquals("gen0", lost.getJsonObject("customer").getString("externalId"));
    assertTrue(amount(lost.getJsonObject("predictedValue")).signum() > 0, lost.encode());
    assertEquals(0, amount(lost.getJsonObject("customer").getJsonObject("prediction")
        .getJsonObject("predictedValue")).signum());
  }

  private static BigDecimal amount(JsonObject money) {
    return new BigDecimal(String.valueOf(money.getValue("amount")));
  }

  @Test
  void withoutAFitThereAreNoModelsAndNoPredictions() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(api, "once", "10", "2026-01-05");
    assertEquals(0, api.ok(MODELS).getJsonArray("customerBaseModels").size());
    assertNull(api.ok("{customer(externalId:\"once\"){prediction{probabilityAlive}}}").getJsonObject("customer")
        .getValue("prediction"));
  }

  @Test
  void tooFewRepeatBuyersKeepThePreviousModelsAndSaySo() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    for (int i = 0; i < 10; i++) {
      customerWithPurchases(api, "c" + i, "10", "2026-01-05", "2026-02-05");
    }
    JsonObject result = fit(api, new JsonObject());
    assertEquals(0, result.getJsonArray("models").size());
    JsonObject error = result.getJsonArray("userErrors").getJsonObject(0);
    assertEquals("NOT_ENOUGH_DATA", error.getString("code"));
    assertTrue(error.getString("message").contains("10 customers"), error.encode());
    assertEquals(0, api.ok(MODELS).getJsonArray("customerBaseModels").size());
  }

  @Test
  void aSecondFitWhileOneIsRunningIsRefusedWithFitInProgress() throws Exception {
    String key = TestServer.newTenantKey();
    GraphQLClient api = new GraphQLClient(key);
    customerWithPurchases(api, "someone", "10", "2026-01-05");
    TenantId tenant = tenantOf(key);
    // another instance's fit holds the lease
    assertTrue(TestServer.start().store().fitLease().tryAcquire(tenant, TestServer.AS_OF, Duration.ofMinutes(5))
        .toCompletableFuture().get());
    JsonObject result = api.ok(FIT, new JsonObject().put("in", new JsonObject()))
        .getJsonObject("fitCustomerBaseModels");
    assertEquals("FIT_IN_PROGRESS", result.getJsonArray("userErrors").getJsonObject(0).getString("code"));
    TestServer.start().store().fitLease().release(tenant).toCompletableFuture().get();
    assertEquals("NOT_ENOUGH_DATA", fit(api, new JsonObject()).getJsonArray("userErrors").getJsonObject(0)
        .getString("code"), "released, the next fit runs");
  }

  @Test
  void datesThatMakeNoCalibrationOrHoldoutPeriodAreRefusedField() {
    JsonObject future = fit(cdnow, new JsonObject().put("calibrationEnd", "2026-06-16"));
    assertEquals("IN_FUTURE", future.getJsonArray("userErrors").getJsonObject(0).getString("code"));
    JsonObject backwards = fit(cdnow, new JsonObject().put("calibrationEnd", "1997-09-30")
        .put("holdoutEnd", "1997-09-30"));
    JsonObject error = backwards.getJsonArray("userErrors").getJsonObject(0);
    assertEquals("INVALID_RANGE", error.getString("code"));
    assertEquals(List.of("input", "holdoutEnd"), error.getJsonArray("field").getList());
  }

  /**
   * 300 buyers from a BG/NBD-like process (own purchase rate, a chance to drop out after each purchase, own basket):
   * enough heterogeneity for every model to converge.
   */
  private static void generatedBuyers(GraphQLClient api, int count, long seed) {
    java.util.Random random = new java.util.Random(seed);
    LocalDate asOf = LocalDate.ofInstant(TestServer.AS_OF, java.time.ZoneOffset.UTC);
    JsonArray customers = new JsonArray();
    JsonArray purchases = new JsonArray();
    for (int i = 0; i < count; i++) {
      String id = "gen" + i;
      customers.add(customer(id));
      double meanGapDays = 5 + 120 * Math.pow(random.nextDouble(), 2);
      double dropout = 0.05 + 0.5 * random.nextDouble();
      double basket = 10 + 90 * random.nextDouble();
      LocalDate day = asOf.minusDays(30 + random.nextInt(700));
      for (int n = 0; !day.isAfter(asOf.minusDays(1)); n++) {
        String amount = String.format(java.util.Locale.ROOT, "%.2f", basket * (0.5 + random.nextDouble()));
        purchases.add(purchase(id, id + "-" + n, day + "T12:00:00Z", amount));
        if (random.nextDouble() < dropout) {
          break;
        }
        day = day.plusDays(1 + (long) (-meanGapDays * Math.log(1 - random.nextDouble())));
      }
    }
    api.ok(UPSERT, in(customers));
    for (int from = 0; from < purchases.size(); from += 1000) {
      JsonArray batch = new JsonArray(purchases.getList().subList(from, Math.min(purchases.size(), from + 1000)));
      assertEquals(List.of(), api.ok(PURCHASES, in(batch)).getJsonObject("recordPurchases")
          .getJsonArray("userErrors").getList());
    }
  }

  @Test
  void onceAModelIsFittedProbabilityAliveBecomesAHealthComponent() throws Exception {
    String key = TestServer.newTenantKey();
    GraphQLClient api = new GraphQLClient(key);
    generatedBuyers(api, 300, 7);
    // one purchase 100 days ago: recency 0.5 (past the 90-day default gap) is all health knows, so 50
    customerWithPurchases(api, "once", "30", "2026-03-07");
    String q = "{customer(externalId:\"once\"){health{score}}}";
    assertEquals(50, api.ok(q).getJsonObject("customer").getJsonObject("health").getInteger("score"));

    JsonObject result = fit(api, new JsonObject());
    assertEquals(List.of(), result.getJsonArray("userErrors").getList());
    awaitFitFinished(tenantOf(key));

    // BG/NBD holds a one-time buyer alive with probability 1: (0.30 x 0.5 + 0.20 x 1) / 0.50 = 0.70
    assertEquals(70, api.ok(q).getJsonObject("customer").getJsonObject("health").getInteger("score"));
  }

  @Test
  void aFitThatDoesNotConvergeKeepsThePreviousModelsAndSaysWhichParameterRanOff() {
    GraphQLClient api = new GraphQLClient(TestServer.newTenantKey());
    generatedBuyers(api, 300, 11);
    JsonObject good = fit(api, new JsonObject());
    assertEquals(List.of(), good.getJsonArray("userErrors").getList());
    // through 2022, 60 clockwork customers: one purchase every 20 days, nobody stops, no heterogeneity to fit
    for (int i = 0; i < 60; i++) {
      List<String> when = new ArrayList<>();
      for (LocalDate d = LocalDate.of(2022, 1, 1).plusDays(i); d.getYear() == 2022; d = d.plusDays(20)) {
        when.add(d.toString());
      }
      customerWithPurchases(api, "clockwork" + i, "25", when.toArray(String[]::new));
    }

    JsonObject bad = fit(api, new JsonObject().put("calibrationEnd", "2022-12-31"));
    assertEquals(List.of(), bad.getJsonArray("models").getList());
    JsonObject bgError = bad.getJsonArray("userErrors").getJsonObject(0);
    assertEquals("MODEL_DID_NOT_CONVERGE", bgError.getString("code"));
    assertEquals(List.of("kind", "BG_NBD"), bgError.getJsonArray("field").getList());
    assertTrue(bgError.getString("message").contains("parameter"), bgError.encode());
    JsonArray kept = api.ok(MODELS).getJsonArray("customerBaseModels");
    assertEquals(3, kept.size());
    assertEquals("2026-06-15", kind(kept, "BG_NBD").getString("calibrationEnd"), "the previous fit stays");
  }

  @Test
  void thePredictionModelCanBeSwitchedToMbgNbd() {
    fit(cdnow, new JsonObject().put("calibrationEnd", "1997-09-30"));
    JsonObject chosen = cdnow.ok("mutation{choosePredictionModel(kind:MBG_NBD){models{kind drivesPredictions}"
        + " userErrors{code}}}").getJsonObject("choosePredictionModel");
    assertTrue(kind(chosen.getJsonArray("models"), "MBG_NBD").getBoolean("drivesPredictions"));
    assertFalse(kind(chosen.getJsonArray("models"), "BG_NBD").getBoolean("drivesPredictions"));
    // MBG/NBD, unlike BG/NBD, does not hold a one-time buyer certainly alive
    String once = days.entrySet().stream().filter(e -> e.getValue().size() == 1).findFirst().orElseThrow().getKey();
    double alive = cdnow.ok("query($id:String!){customer(externalId:$id){prediction{probabilityAlive}}}",
        new JsonObject().put("id", once)).getJsonObject("customer").getJsonObject("prediction")
        .getDouble("probabilityAlive");
    assertTrue(alive < 1, "MBG/NBD: " + alive);
    assertEquals("BAD_USER_INPUT", cdnow.query("mutation{choosePredictionModel(kind:GAMMA_GAMMA){userErrors{code}}}")
        .firstErrorCode());
    cdnow.ok("mutation{choosePredictionModel(kind:BG_NBD){userErrors{code}}}");
    assertEquals(1.0, cdnow.ok("query($id:String!){customer(externalId:$id){prediction{probabilityAlive}}}",
        new JsonObject().put("id", once)).getJsonObject("customer").getJsonObject("prediction")
        .getDouble("probabilityAlive"), 1e-12);
  }
}
