import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic customer base for a retention product, loaded through the public bulk mutations: upsertCustomers,
 * recordPurchases and recordSurveyResponses in batches of 1,000, recordDefection one call at a time, all from several
 * concurrent HTTP clients. The same seed, counts and as-of give byte-for-byte the same requests, whatever the number
 * of clients (every customer's data comes from its own random stream), so a second load of the same data only counts
 * duplicates.
 *
 * <p>Usage: {@code java bench/LoadBench.java URL API_KEY [--customers=1000000] [--purchases=10000000] [--seed=42]
 * [--clients=3] [--as-of=2026-06-30T00:00:00Z] [--dry-run [--build]]}. The server must run with CUSTOMER_INTEL_AS_OF
 * set to the same instant: every generated time lies before it. {@code --dry-run} only generates and prints the
 * data's shape (with {@code --build} also every request body, timed: the generator's own cost). Loopback only. The data shape is described in bench/README.md.
 */
public class LoadBench {
  static final int BATCH = 1000;
  static final long DAY = 86_400;
  static final long YEAR = 365 * DAY;
  /** Customers were acquired over the five years before the as-of instant. */
  static final long HISTORY = 5 * YEAR;
  /** Share of customers who never bought (prospects: signed up, asked for a quote). */
  static final double PROSPECT_SHARE = 0.08;
  /** Share of all customers invited to at least one survey (only buyers are invited). */
  static final double SURVEYED_SHARE = 0.30;
  /** Share of all customers recorded as lost. */
  static final double DEFECTED_SHARE = 0.05;

  // random streams, one per customer and purpose
  static final long PARAMS = 1, COUNTS = 2, PURCHASE_TIMES = 3, PURCHASE_LINES = 4, SURVEYS = 5, DEFECTORS = 6,
      DEFECTION_DETAILS = 7, ATTRIBUTES = 8, PURCHASE_AMOUNTS = 9;

  static final String UPSERT = "mutation($in:[CustomerInput!]!){upsertCustomers(input:$in){upserted userErrors{index code message}}}";
  static final String RECORD_PURCHASES =
      "mutation($in:[PurchaseInput!]!){recordPurchases(input:$in){recorded duplicates userErrors{index code message}}}";
  static final String RECORD_SURVEYS =
      "mutation($in:[SurveyResponseInput!]!){recordSurveyResponses(input:$in){recorded userErrors{index code message}}}";
  static final String RECORD_DEFECTION =
      "mutation($in:DefectionInput!){recordDefection(input:$in){defection{id} userErrors{code message}}}";

  // ------------------------------------------------------------------ parameters and generated model

  final int customers;
  final long purchases;
  final long seed;
  final long asOf;
  final int width;
  /** Epoch seconds; for a buyer the first purchase, for a prospect the first contact. */
  final long[] acquiredAt;
  final long[] firstSeenAt;
  /** When the customer stops buying for good (the as-of instant if they are still alive). */
  final long[] activeUntil;
  final double[] rate;
  final double[] spend;
  final boolean[] buyer;
  final int[] counts;
  final long[] lastPurchaseAt;
  /** 0 when the customer has not defected. */
  final long[] defectedAt;
  final int[] surveys;
  long[] purchaseOffsets;
  long[] surveyOffsets;
  int[] defectors;

  LoadBench(int customers, long purchases, long seed, Instant asOf) {
    if (customers < 100 || purchases < customers) {
      throw new IllegalArgumentException("need at least 100 customers and as many purchases as customers");
    }
    this.customers = customers;
    this.purchases = purchases;
    this.seed = seed;
    this.asOf = asOf.getEpochSecond();
    this.width = Math.max(7, Integer.toString(customers - 1).length());
    acquiredAt = new long[customers];
    firstSeenAt = new long[customers];
    activeUntil = new long[customers];
    rate = new double[customers];
    spend = new double[customers];
    buyer = new boolean[customers];
    counts = new int[customers];
    lastPurchaseAt = new long[customers];
    defectedAt = new long[customers];
    surveys = new int[customers];
  }

  /** The customer's own random stream for one purpose: independent of every other customer and purpose. */
  SplittableRandom random(int customer, long purpose) {
    return new SplittableRandom(mix(mix(seed * 0x9E3779B97F4A7C15L + purpose) ^ customer));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  String customerId(int customer) {
    String digits = Integer.toString(customer);
    return "C" + "0".repeat(width - digits.length()) + digits;
  }

  /**
   * Pareto/NBD-like buyers: acquired over five years with a growing intake, a gamma-distributed purchase rate, an
   * exponential lifetime after which they stop buying, and a log-normal typical basket. The rates are then scaled so
   * that the expected number of purchases is the requested total, and the drawn counts are nudged to hit it exactly.
   */
  void generate() {
    long start = asOf - HISTORY;
    double growth = 0.35; // intake grows about 40% a year
    double[] expectedRepeats = new double[customers];
    double sumExpected = 0;
    int buyers = 0;
    for (int i = 0; i < customers; i++) {
      SplittableRandom r = random(i, PARAMS);
      boolean prospect = r.nextDouble() < PROSPECT_SHARE;
      double u = r.nextDouble();
      double years = Math.log(1 + u * (Math.exp(growth * 5) - 1)) / growth;
      long acquired = Math.min(asOf - 3600 - r.nextLong(DAY), start + (long) (years * YEAR));
      acquiredAt[i] = acquired;
      if (prospect) {
        firstSeenAt[i] = acquired;
        continue;
      }
      buyers++;
      buyer[i] = true;
      // first contact a few days to weeks before the first purchase (at least a minute before it)
      firstSeenAt[i] = acquired - 60 - (long) (exponential(r, 12) * DAY);
      // purchases per year: gamma with shape 0.55 (strongly skewed: many one-off buyers, a few very regular ones)
      rate[i] = gamma(r, 0.55) / 0.55;
      // lifetime: exponential with a customer-specific dropout rate (mean lifetime ~2 years, widely spread)
      double dropout = gamma(r, 1.5) / 1.5 * 0.5;
      long lifetime = (long) (exponential(r, 1 / dropout) * YEAR);
      activeUntil[i] = Math.min(asOf - 3600, acquired + Math.max(DAY, lifetime));
      // typical basket: log-normal around 45 (currency units)
      spend[i] = Math.exp(Math.log(45) + 0.75 * r.nextGaussian());
      expectedRepeats[i] = rate[i] * (activeUntil[i] - acquired) / (double) YEAR;
      sumExpected += expectedRepeats[i];
    }
    double scale = (purchases - buyers) / sumExpected;
    long total = 0;
    for (int i = 0; i < customers; i++) {
      if (!buyer[i]) {
        continue;
      }
      rate[i] *= scale;
      SplittableRandom r = random(i, COUNTS);
      counts[i] = 1 + (int) Math.min(20_000, poisson(r, expectedRepeats[i] * scale));
      total += counts[i];
    }
    // nudge the drawn total to the requested one: add to or take from random buyers (a handful of purchases in a million)
    SplittableRandom adjust = new SplittableRandom(mix(seed ^ 0x5EED));
    while (total != purchases) {
      int i = adjust.nextInt(customers);
      if (counts[i] == 0) {
        continue;
      }
      if (total < purchases) {
        counts[i]++;
        total++;
      } else if (counts[i] > 1) {
        counts[i]--;
        total--;
      }
    }
    for (int i = 0; i < customers; i++) {
      if (counts[i] > 0) {
        long[] times = purchaseTimes(i);
        lastPurchaseAt[i] = times[times.length - 1];
      }
    }
    chooseDefectors();
    for (int i = 0; i < customers; i++) {
      surveys[i] = surveyRows(i).size();
    }
    purchaseOffsets = offsets(counts);
    surveyOffsets = offsets(surveys);
  }

  /**
   * About 5% of customers are recorded as lost, some time after their last purchase: mostly customers who already
   * stopped buying (weight 1), some still buying (weight 0.15, they leave after their latest purchase).
   */
  void chooseDefectors() {
    double[] weight = new double[customers];
    double sum = 0;
    for (int i = 0; i < customers; i++) {
      if (counts[i] > 0) {
        weight[i] = activeUntil[i] < asOf - 3600 ? 1 : 0.15;
        sum += weight[i];
      }
    }
    double target = DEFECTED_SHARE * customers;
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < customers; i++) {
      if (weight[i] == 0) {
        continue;
      }
      SplittableRandom r = random(i, DEFECTORS);
      if (r.nextDouble() < Math.min(1, weight[i] * target / sum)) {
        long last = lastPurchaseAt[i];
        long latest = asOf - 3600;
        if (latest - last < 2 * 3600) {
          continue; // bought in the last hours before the as-of instant: nothing to leave after
        }
        long at = last + 3600 + (long) (exponential(r, 45) * DAY);
        if (at >= latest) {
          at = last + 3600 + r.nextLong(latest - last - 3600);
        }
        defectedAt[i] = at;
        chosen.add(i);
      }
    }
    defectors = chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  static long[] offsets(int[] counts) {
    long[] offsets = new long[counts.length + 1];
    for (int i = 0; i < counts.length; i++) {
      offsets[i + 1] = offsets[i] + counts[i];
    }
    return offsets;
  }

  /**
   * Purchase instants of a customer: the first at acquisition, the repeats as a Poisson process over the active
   * span, i.e. exponential gaps (normalized so that exactly counts[i] purchases fall into the span).
   */
  long[] purchaseTimes(int customer) {
    int n = counts[customer];
    long[] times = new long[n];
    long first = acquiredAt[customer];
    times[0] = first;
    if (n == 1) {
      return times;
    }
    SplittableRandom r = random(customer, PURCHASE_TIMES);
    double[] cumulative = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += exponential(r, 1);
      cumulative[k] = sum;
    }
    long span = activeUntil[customer] - first;
    for (int k = 1; k < n; k++) {
      long at = first + (long) (span * (cumulative[k - 1] / sum));
      times[k] = Math.max(times[k - 1] + 1, at);
    }
    return times;
  }

  /** The items of one purchase batch: the purchases with global index [from, to), grouped by customer. */
  String purchaseBatch(long from, long to) {
    StringBuilder items = new StringBuilder(140 * BATCH);
    int customer = customerAt(purchaseOffsets, from);
    long index = from;
    while (index < to) {
      if (counts[customer] == 0) {
        customer++;
        continue;
      }
      long[] times = purchaseTimes(customer);
      String[] amounts = amounts(customer);
      SplittableRandom r = random(customer, PURCHASE_LINES);
      String id = customerId(customer);
      for (int k = 0; k < times.length; k++) {
        int quantity = r.nextDouble() < 0.12 ? 2 + r.nextInt(3) : 1;
        long global = purchaseOffsets[customer] + k;
        if (global < from || global >= to) {
          continue;
        }
        items.append(items.length() == 0 ? "[" : ",")
            .append("{\"customerExternalId\":\"").append(id)
            .append("\",\"externalId\":\"O").append(id, 1, id.length()).append('-').append(k)
            .append("\",\"occurredAt\":\"").append(Instant.ofEpochSecond(times[k]))
            .append("\",\"amount\":").append(amounts[k]);
        if (quantity != 1) {
          items.append(",\"quantity\":").append(quantity);
        }
        items.append('}');
        index++;
      }
      customer++;
    }
    return items.append(']').toString();
  }

  /** The customer whose rows contain the global row index (binary search in the offsets). */
  static int customerAt(long[] offsets, long index) {
    int low = 0;
    int high = offsets.length - 2;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (offsets[mid] <= index) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /**
   * A customer's survey invitations and answers. About 30% of all customers (buyers only) are invited: to an
   * onboarding survey 3-10 days after their first purchase and to quarterly NPS campaigns after it, until they defect
   * and at most a year after they stopped buying, each campaign with probability 0.7; the latest ten are kept. A customer answers with their own rate (0.25-0.85); for a
   * quarter of them the rate falls steadily, and everyone answers less once they stopped buying. Scores come from a
   * customer-specific level (mostly promoters, a detractor tail, lower for those who stop buying); satisfied and
   * would-buy-again mostly follow the score, each question is skipped now and then, and detractors ask to be
   * contacted more often.
   */
  List<String> surveyRows(int customer) {
    List<String> rows = new ArrayList<>();
    if (counts[customer] == 0) {
      return rows;
    }
    SplittableRandom r = random(customer, SURVEYS);
    if (r.nextDouble() >= SURVEYED_SHARE / (1 - PROSPECT_SHARE)) {
      return rows;
    }
    double responseRate = 0.25 + 0.6 * r.nextDouble();
    boolean falling = r.nextDouble() < 0.25;
    boolean stopped = activeUntil[customer] < asOf - 3600;
    double level = 10.5 - exponential(r, 2.2) - (stopped ? 1.5 : 0) - (falling ? 1 : 0);
    long until = Math.min(asOf - 3600, activeUntil[customer] + YEAR);
    if (defectedAt[customer] != 0) {
      until = Math.min(until, defectedAt[customer]);
    }
    List<long[]> invitations = new ArrayList<>();
    // an onboarding survey a few days after the first purchase
    long welcome = acquiredAt[customer] + 3 * DAY + r.nextLong(7 * DAY);
    if (welcome < until) {
      invitations.add(new long[] {welcome, 0, 0});
    }
    ZonedDateTime quarter = ZonedDateTime.ofInstant(Instant.ofEpochSecond(acquiredAt[customer]), ZoneOffset.UTC)
        .toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC);
    quarter = quarter.withMonth(1 + (quarter.getMonthValue() - 1) / 3 * 3);
    for (; quarter.toEpochSecond() < until; quarter = quarter.plusMonths(3)) {
      // the campaign goes out on the 10th day of the quarter, spread over the working day
      long sentAt = quarter.plusDays(9).toEpochSecond() + 8 * 3600 + r.nextLong(10 * 3600);
      boolean invited = r.nextDouble() < 0.7;
      if (invited && sentAt > acquiredAt[customer] && sentAt < until) {
        invitations.add(new long[] {sentAt, quarter.getYear(), 1 + (quarter.getMonthValue() - 1) / 3});
      }
    }
    invitations.sort((a, b) -> Long.compare(a[0], b[0]));
    int skip = Math.max(0, invitations.size() - 10); // the latest ten invitations
    int n = invitations.size() - skip;
    for (int k = 0; k < n; k++) {
      long[] invitation = invitations.get(skip + k);
      long sentAt = invitation[0];
      double chance = responseRate * (falling ? 1 - 0.9 * k / Math.max(1.0, n - 1) : 1)
          * (sentAt > activeUntil[customer] ? 0.3 : 1);
      long respondedAt = sentAt + 600 + (long) (exponential(r, 1.5) * DAY);
      boolean answered = r.nextDouble() < chance && respondedAt < asOf - 60;
      StringBuilder row = new StringBuilder(200)
          .append("{\"customerExternalId\":\"").append(customerId(customer))
          .append("\",\"surveyId\":\"").append(invitation[1] == 0 ? "onboarding" : "nps-" + invitation[1] + "-q" + invitation[2])
          .append("\",\"sentAt\":\"").append(Instant.ofEpochSecond(sentAt)).append('"');
      double score = level + 1.2 * r.nextGaussian();
      int recommend = (int) Math.max(0, Math.min(10, Math.round(score)));
      boolean satisfied = r.nextDouble() < 0.9 ? recommend >= 7 : recommend < 7;
      boolean again = r.nextDouble() < 0.9 ? recommend >= 6 : recommend < 6;
      boolean contact = r.nextDouble() < (recommend <= 6 ? 0.15 : 0.03);
      double skipRecommend = r.nextDouble();
      double skipSatisfied = r.nextDouble();
      double skipAgain = r.nextDouble();
      if (answered) {
        row.append(",\"respondedAt\":\"").append(Instant.ofEpochSecond(respondedAt)).append('"');
        if (skipRecommend >= 0.05) {
          row.append(",\"likelihoodToRecommend\":").append(recommend);
        }
        if (skipSatisfied >= 0.1) {
          row.append(",\"satisfied\":").append(satisfied);
        }
        if (skipAgain >= 0.15) {
          row.append(",\"wouldPurchaseAgain\":").append(again);
        }
        row.append(",\"wantsContact\":").append(contact);
      }
      rows.add(row.append('}').toString());
    }
    return rows;
  }

  String surveyBatch(long from, long to) {
    StringBuilder items = new StringBuilder(200 * BATCH);
    int customer = customerAt(surveyOffsets, from);
    long index = from;
    while (index < to) {
      List<String> rows = surveyRows(customer);
      for (int k = 0; k < rows.size(); k++) {
        long global = surveyOffsets[customer] + k;
        if (global >= from && global < to) {
          items.append(items.length() == 0 ? "[" : ",").append(rows.get(k));
          index++;
        }
      }
      customer++;
    }
    return items.append(']').toString();
  }

  String customerBatch(int from, int to) {
    String[] channels = {"web", "web", "web", "store", "store", "phone", "partner"};
    String[] regions = {"north", "south", "east", "west", "central"};
    StringBuilder items = new StringBuilder(160 * BATCH);
    for (int i = from; i < to; i++) {
      SplittableRandom r = random(i, ATTRIBUTES);
      items.append(i == from ? "[" : ",")
          .append("{\"externalId\":\"").append(customerId(i)).append("\",\"name\":\"Customer ").append(i)
          .append("\",\"firstSeenAt\":\"").append(Instant.ofEpochSecond(firstSeenAt[i]))
          .append("\",\"attributes\":{\"channel\":\"").append(channels[r.nextInt(channels.length)])
          .append("\",\"region\":\"").append(regions[r.nextInt(regions.length)]).append("\"}}");
    }
    return items.append(']').toString();
  }

  /** Reason weights: indifference is the most cited cause of defection; unknown (tenant-defined) codes weigh 1. */
  static final Map<String, Double> REASON_WEIGHTS = Map.ofEntries(Map.entry("STAFF_INDIFFERENCE", 20.0),
      Map.entry("NO_FOLLOW_UP", 10.0), Map.entry("POOR_SERVICE", 12.0), Map.entry("PRODUCT_NOT_SUITABLE", 9.0),
      Map.entry("QUALITY_PROBLEMS", 8.0), Map.entry("TOO_EXPENSIVE", 12.0), Map.entry("CANNOT_AFFORD", 5.0),
      Map.entry("SWITCHED_TO_COMPETITOR", 12.0), Map.entry("MOVED_OR_CLOSED", 6.0),
      Map.entry("NO_LONGER_NEEDED", 4.0), Map.entry("OTHER", 2.0));
  static final String[] COMPETITORS = {"Acme", "Globex", "Initech", "Umbrella", "Hooli"};

  /**
   * One defection: a reason drawn by weight from the tenant's reasons; for 70% the yearly value lost (the customer's
   * revenue per year of their active span, at least one year); a competitor for switchers, a short detail for some.
   */
  String defectionInput(int customer, List<String> reasons) {
    SplittableRandom r = random(customer, DEFECTION_DETAILS);
    double total = 0;
    for (String reason : reasons) {
      total += REASON_WEIGHTS.getOrDefault(reason, 1.0);
    }
    double pick = r.nextDouble() * total;
    String reason = reasons.get(reasons.size() - 1);
    for (String candidate : reasons) {
      pick -= REASON_WEIGHTS.getOrDefault(candidate, 1.0);
      if (pick < 0) {
        reason = candidate;
        break;
      }
    }
    StringBuilder input = new StringBuilder(200).append("{\"customerExternalId\":\"").append(customerId(customer))
        .append("\",\"occurredAt\":\"").append(Instant.ofEpochSecond(defectedAt[customer]))
        .append("\",\"reasonCode\":\"").append(reason).append('"');
    if (r.nextDouble() < 0.7) {
      double years = Math.max(1, (lastPurchaseAt[customer] - acquiredAt[customer]) / (double) YEAR);
      input.append(",\"lostAnnualValue\":").append(money(revenue(customer) / years));
    }
    if (reason.equals("SWITCHED_TO_COMPETITOR")) {
      input.append(",\"competitor\":\"").append(COMPETITORS[r.nextInt(COMPETITORS.length)]).append('"');
    }
    if (r.nextDouble() < 0.3) {
      input.append(",\"detail\":\"Told us when we called (case ").append(customer).append(")\"");
    }
    return input.append('}').toString();
  }

  /**
   * The amounts of a customer's purchases: their typical basket times a log-normal factor (mean about 1),
   * 2 decimals, at least 1.00.
   */
  String[] amounts(int customer) {
    SplittableRandom r = random(customer, PURCHASE_AMOUNTS);
    String[] amounts = new String[counts[customer]];
    for (int k = 0; k < amounts.length; k++) {
      amounts[k] = money(Math.max(1, spend[customer] * Math.exp(-0.1 + 0.45 * r.nextGaussian())));
    }
    return amounts;
  }

  /** The customer's lifetime revenue as the purchase batches send it. */
  double revenue(int customer) {
    double sum = 0;
    for (String amount : amounts(customer)) {
      sum += Double.parseDouble(amount);
    }
    return sum;
  }

  /** Two decimals, rounded half up (String.format is slow enough to dominate building ten million purchases). */
  static String money(double amount) {
    long cents = Math.round(amount * 100);
    long fraction = cents % 100;
    return (cents / 100) + (fraction < 10 ? ".0" : ".") + fraction;
  }

  static double exponential(SplittableRandom r, double mean) {
    return -mean * Math.log(1 - r.nextDouble());
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang; shape below 1 by the boost u^(1/shape). */
  static double gamma(SplittableRandom r, double shape) {
    if (shape < 1) {
      return gamma(r, shape + 1) * Math.pow(r.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = r.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = r.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  static long poisson(SplittableRandom r, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 40) {
      return Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
    }
    double limit = Math.exp(-mean);
    double product = r.nextDouble();
    long n = 0;
    while (product > limit) {
      product *= r.nextDouble();
      n++;
    }
    return n;
  }

  // ------------------------------------------------------------------ shape report

  void printShape() {
    int buyers = 0;
    int[] bucket = new int[6]; // 1, 2-3, 4-10, 11-50, 51-200, >200
    int max = 0;
    int quiet = 0;
    int stopped = 0;
    long invitations = 0;
    long answered = 0;
    int invited = 0;
    int[] acquiredPerYear = new int[5];
    for (int i = 0; i < customers; i++) {
      int n = counts[i];
      acquiredPerYear[(int) Math.min(4, Math.max(0, (acquiredAt[i] - (asOf - HISTORY)) / YEAR))]++;
      if (n == 0) {
        continue;
      }
      buyers++;
      max = Math.max(max, n);
      bucket[n == 1 ? 0 : n <= 3 ? 1 : n <= 10 ? 2 : n <= 50 ? 3 : n <= 200 ? 4 : 5]++;
      if (asOf - lastPurchaseAt[i] > 182 * DAY) {
        quiet++;
      }
      if (activeUntil[i] < asOf - 3600) {
        stopped++;
      }
      if (surveys[i] > 0) {
        invited++;
        invitations += surveys[i];
        for (String row : surveyRows(i)) {
          answered += row.contains("respondedAt") ? 1 : 0;
        }
      }
    }
    System.out.printf(Locale.ROOT, "data (seed %d, as-of %s): %,d customers (%,d prospects, %,d buyers), %,d purchases%n",
        seed, Instant.ofEpochSecond(asOf), customers, customers - buyers, buyers, purchases);
    System.out.printf(Locale.ROOT, "  acquired per year, oldest first: %s%n", java.util.Arrays.toString(acquiredPerYear));
    System.out.printf(Locale.ROOT,
        "  purchases per buyer: 1: %.1f%%, 2-3: %.1f%%, 4-10: %.1f%%, 11-50: %.1f%%, 51-200: %.1f%%, >200: %.1f%%; max %,d%n",
        100.0 * bucket[0] / buyers, 100.0 * bucket[1] / buyers, 100.0 * bucket[2] / buyers,
        100.0 * bucket[3] / buyers, 100.0 * bucket[4] / buyers, 100.0 * bucket[5] / buyers, max);
    System.out.printf(Locale.ROOT, "  stopped buying before the as-of: %,d; no purchase in the last 182 days: %,d (%.1f%% of buyers)%n",
        stopped, quiet, 100.0 * quiet / buyers);
    System.out.printf(Locale.ROOT, "  surveys: %,d customers invited (%.1f%%), %,d invitations, %,d answered (%.1f%%)%n",
        invited, 100.0 * invited / customers, invitations, answered, 100.0 * answered / Math.max(1, invitations));
    System.out.printf(Locale.ROOT, "  defections: %,d (%.1f%% of customers)%n", defectors.length,
        100.0 * defectors.length / customers);
  }

  // ------------------------------------------------------------------ HTTP

  static final Pattern INT_FIELD = Pattern.compile("\"(recorded|duplicates|upserted)\":(\\d+)");

  static Map<String, Long> counters(String answer) {
    Map<String, Long> found = new LinkedHashMap<>();
    Matcher matcher = INT_FIELD.matcher(answer);
    while (matcher.find()) {
      found.put(matcher.group(1), Long.parseLong(matcher.group(2)));
    }
    return found;
  }

  static String body(String query, String variablesIn) {
    return "{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"variables\":{\"in\":" + variablesIn + "}}";
  }

  static String send(HttpClient http, String url, String key, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
      throw new IllegalStateException("HTTP " + response.statusCode() + ": "
          + response.body().substring(0, Math.min(500, response.body().length())));
    }
    if (!response.body().contains("\"userErrors\":[]")) {
      throw new IllegalStateException("rejected items: " + response.body().substring(0, Math.min(500, response.body().length())));
    }
    return response.body();
  }

  /** A result line per phase, printed at the end as well. */
  static final List<String> SUMMARY = new ArrayList<>();

  /**
   * Sends {@code requests} request bodies (built by the worker that sends them) from {@code clients} concurrent
   * clients and reports the phase's time, rows per second and request latency.
   */
  static void phase(HttpClient http, String url, String key, String name, int requests, long rows, int clients,
                    IntFunction<String> bodyOf) throws Exception {
    AtomicLong next = new AtomicLong();
    AtomicLong buildNanos = new AtomicLong();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    Map<String, AtomicLong> totals = new java.util.concurrent.ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long begin = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(pool.submit(() -> {
        long request;
        while ((request = next.getAndIncrement()) < requests) {
          long b0 = System.nanoTime();
          String json = bodyOf.apply((int) request);
          long t0 = System.nanoTime();
          buildNanos.addAndGet(t0 - b0);
          String answer = send(http, url, key, json);
          latencies.add(System.nanoTime() - t0);
          counters(answer).forEach((field, value) -> totals.computeIfAbsent(field, f -> new AtomicLong()).addAndGet(value));
          if (request > 0 && request % Math.max(1, requests / 10) == 0) {
            System.out.printf(Locale.ROOT, "  %s: %d/%d requests, %.0f s%n", name, request, requests,
                (System.nanoTime() - begin) / 1e9);
          }
        }
        return null;
      }));
    }
    try {
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    sorted.sort(null);
    String line = String.format(Locale.ROOT,
        "%-16s %,11d rows in %8.1f s = %,9.0f rows/s | %,7d requests, %d clients, latency median %.1f ms, p99 %.1f ms"
            + " | client-side generation %.1f s | %s",
        name, rows, seconds, rows / seconds, requests, clients, sorted.get(sorted.size() / 2) / 1e6,
        sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6, buildNanos.get() / 1e9, totals);
    System.out.println(line);
    SUMMARY.add(line);
  }

  static List<String> defectionReasons(HttpClient http, String url, String key) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + key)
        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{defectionReasons{code}}\"}")).build();
    String answer = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    List<String> codes = new ArrayList<>();
    Matcher matcher = Pattern.compile("\"code\":\"([A-Z0-9_]+)\"").matcher(answer);
    while (matcher.find()) {
      codes.add(matcher.group(1));
    }
    if (codes.isEmpty()) {
      throw new IllegalStateException("no defection reasons: " + answer);
    }
    return codes;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--")) {
        int eq = arg.indexOf('=');
        options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
      } else {
        positional.add(arg);
      }
    }
    int customers = Integer.parseInt(options.getOrDefault("customers", "1000000"));
    long purchases = Long.parseLong(options.getOrDefault("purchases", "10000000"));
    long seed = Long.parseLong(options.getOrDefault("seed", "42"));
    int clients = Integer.parseInt(options.getOrDefault("clients", "3"));
    Instant asOf = Instant.parse(options.getOrDefault("as-of", "2026-06-30T00:00:00Z"));
    boolean dryRun = options.containsKey("dry-run");
    // a subset of the phases resumes an interrupted load: every write is idempotent, so a repeated phase stores nothing twice
    Set<String> phases = Set.of(options.getOrDefault("phases", "customers,purchases,surveys,defections").split(","));

    long g0 = System.nanoTime();
    LoadBench data = new LoadBench(customers, purchases, seed, asOf);
    data.generate();
    System.out.printf(Locale.ROOT, "generated the model in %.1f s%n", (System.nanoTime() - g0) / 1e9);
    data.printShape();
    if (dryRun) {
      if (options.containsKey("build")) {
        // the generator's own cost: every request body built once, on one thread, nothing sent
        long b0 = System.nanoTime();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        long bytes = 0;
        List<String> built = new ArrayList<>();
        for (int b = 0; b * (long) BATCH < customers; b++) {
          built.add(data.customerBatch(b * BATCH, Math.min(customers, (b + 1) * BATCH)));
        }
        long b1 = System.nanoTime();
        for (long from = 0; from < purchases; from += BATCH) {
          built.add(data.purchaseBatch(from, Math.min(purchases, from + BATCH)));
          if (built.size() > 1000) {
            for (String body : built) {
              crc.update(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
              bytes += body.length();
            }
            built.clear();
          }
        }
        long b2 = System.nanoTime();
        long surveyRows = data.surveyOffsets[customers];
        for (long from = 0; from < surveyRows; from += BATCH) {
          built.add(data.surveyBatch(from, Math.min(surveyRows, from + BATCH)));
        }
        long b3 = System.nanoTime();
        // the reasons in the order a fresh tenant lists them (docs/rules.md)
        List<String> reasons = List.of("STAFF_INDIFFERENCE", "NO_FOLLOW_UP", "POOR_SERVICE", "PRODUCT_NOT_SUITABLE",
            "QUALITY_PROBLEMS", "TOO_EXPENSIVE", "CANNOT_AFFORD", "SWITCHED_TO_COMPETITOR", "MOVED_OR_CLOSED",
            "NO_LONGER_NEEDED", "OTHER");
        for (int d : data.defectors) {
          built.add(data.defectionInput(d, reasons));
        }
        long b4 = System.nanoTime();
        for (String body : built) {
          crc.update(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          bytes += body.length();
        }
        System.out.printf(Locale.ROOT, "built %,d bytes of request items (CRC-32 %08x) on one thread: customers %.1f s,"
            + " purchases %.1f s, surveys %.1f s, defections %.1f s%n", bytes, crc.getValue(), (b1 - b0) / 1e9,
            (b2 - b1) / 1e9, (b3 - b2) / 1e9, (b4 - b3) / 1e9);
      }
      return;
    }
    if (positional.size() < 2) {
      throw new IllegalArgumentException("usage: java bench/LoadBench.java URL API_KEY [--customers=N] [--purchases=N]"
          + " [--seed=42] [--clients=3] [--as-of=2026-06-30T00:00:00Z] [--phases=customers,purchases,surveys,defections]"
          + " [--dry-run]");
    }
    String url = positional.get(0);
    String key = positional.get(1);
    if (!URI.create(url).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
      throw new IllegalArgumentException("benchmarks only target this machine (localhost)");
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<String> reasons = defectionReasons(http, url, key);
    long begin = System.nanoTime();

    int customerBatches = (customers + BATCH - 1) / BATCH;
    if (phases.contains("customers")) {
      phase(http, url, key, "customers", customerBatches, customers, clients,
          b -> body(UPSERT, data.customerBatch(b * BATCH, Math.min(customers, (b + 1) * BATCH))));
    }

    int purchaseBatches = (int) ((purchases + BATCH - 1) / BATCH);
    if (phases.contains("purchases")) {
      phase(http, url, key, "purchases", purchaseBatches, purchases, clients,
          b -> body(RECORD_PURCHASES, data.purchaseBatch((long) b * BATCH, Math.min(purchases, (long) (b + 1) * BATCH))));
    }

    long surveyRows = data.surveyOffsets[customers];
    int surveyBatches = (int) ((surveyRows + BATCH - 1) / BATCH);
    if (surveyBatches > 0 && phases.contains("surveys")) {
      phase(http, url, key, "survey responses", surveyBatches, surveyRows, clients,
          b -> body(RECORD_SURVEYS, data.surveyBatch((long) b * BATCH, Math.min(surveyRows, (long) (b + 1) * BATCH))));
    }

    // single calls are bound by their round trip, not by the server's cores: twice as many clients
    if (data.defectors.length > 0 && phases.contains("defections")) {
      phase(http, url, key, "defections", data.defectors.length, data.defectors.length, 2 * clients,
          d -> body(RECORD_DEFECTION, data.defectionInput(data.defectors[d], reasons)));
    }

    double total = (System.nanoTime() - begin) / 1e9;
    System.out.println("== load summary");
    SUMMARY.forEach(System.out::println);
    System.out.printf(Locale.ROOT, "loaded in %.1f s (%.1f min)%n", total, total / 60);
  }
}
