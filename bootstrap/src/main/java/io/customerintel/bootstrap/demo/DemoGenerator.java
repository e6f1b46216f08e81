package io.customerintel.bootstrap.demo;

import io.customerintel.application.port.in.RecordPurchasesUseCase;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase;
import io.customerintel.application.port.in.UpsertCustomersUseCase;
import io.customerintel.domain.defection.DefaultDefectionReasons;
import io.customerintel.domain.defection.DefectionReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the demo data: a pure function of the tenant's calendar day of "now" and its time zone.
 *
 * <p>Every event lies on a calendar day before today (tenant zone), so nothing is ever after "now" and two
 * runs on the same day make identical data. The random numbers come from one fixed seed, drawn in a fixed
 * order and only through {@link SplittableRandom#nextDouble()}, {@code nextInt} and {@code nextBoolean}
 * (whose algorithms are specified) and StrictMath, so the data does not change with the JDK or platform either.
 *
 * <p>Each customer follows one history pattern chosen so that the lifecycle rules (default windows: new 90
 * days, inactive after 182 days, won back for 90 days, loyal from 365 days and 3 purchase days) put them in
 * a known stage today; regular buyers never pause longer than {@link #MAX_REGULAR_GAP} days.
 */
final class DemoGenerator {
  static final int CUSTOMERS = 5000;
  static final int HISTORY_DAYS = 3 * 365;
  static final long SEED = 0x5EED_C0FFEEL;
  /** The longest pause of a regular buyer: well inside the 182-day inactivity window. */
  static final int MAX_REGULAR_GAP = 150;

  /** The history a customer is generated with, and (in the comment) the stage it yields today. */
  enum Pattern {
    /** Never bought; has firstSeenAt only. PROSPECT. */
    PROSPECT(40, 7.5),
    /** One purchase day in the last 85 days. NEW. */
    NEW(70, 8.3),
    /** Either several purchases in the last 90 days, or first purchase 95-360 days ago and buying since. ACTIVE. */
    ACTIVE(220, 8.0),
    /** First purchase 380+ days ago, 3+ purchase days, never paused for long, bought recently. LOYAL. */
    LOYAL(290, 8.9),
    /** Last purchase 190+ days ago. INACTIVE. */
    INACTIVE(210, 6.6),
    /** Defected after their last purchase. LOST. */
    LOST(90, 4.6),
    /** Defected, then bought again in the last 85 days. WON_BACK. */
    WON_BACK_AFTER_DEFECTION(30, 7.3),
    /** Paused for 190+ days, then bought again in the last 85 days. WON_BACK. */
    WON_BACK_AFTER_GAP(30, 7.2),
    /** Defected, came back 100+ days ago and kept buying. ACTIVE or LOYAL. */
    RETURNED_EARLIER(20, 7.6);

    final int weight;
    final double mood;

    Pattern(int weight, double mood) {
      this.weight = weight;
      this.mood = mood;
    }
  }

  private static final int TOTAL_WEIGHT = java.util.Arrays.stream(Pattern.values()).mapToInt(p -> p.weight).sum();

  private static final String[] FIRST_NAMES = {"Ada", "Alan", "Grace", "Linus", "Edsger", "Barbara", "Ken", "Margaret",
      "Dennis", "Frances", "Donald", "Radia", "Niklaus", "Hedy", "Tim", "Sophie", "John", "Karen", "Bjarne", "Shafi"};
  private static final String[] COMPANY_WORDS = {"Trading", "Works", "Supplies", "Studio", "Logistics", "Partners",
      "Systems", "Foods", "Crafts", "Services"};
  private static final String[] REGIONS = {"north", "south", "east", "west", "central"};
  private static final String[] COMPETITORS = {"Acme Rival Example", "Globex Example", "Initech Example"};
  private static final String[] PROMOTER_COMMENTS = {"Great service, will come back.", "Fast delivery and friendly staff.",
      "Always find what I need.", "Best value around.", "They remembered my last order.", "Easy to order, no hassle."};
  private static final String[] PASSIVE_COMMENTS = {"Good, but delivery could be faster.", "Fine overall.",
      "Prices went up a bit.", "OK, nothing special.", "Website is a bit confusing."};
  private static final String[] DETRACTOR_COMMENTS = {"Waited too long for a reply.", "Item arrived damaged.",
      "Nobody followed up on my complaint.", "Too expensive for what you get.", "Staff did not seem interested.",
      "Order was wrong twice."};
  private static final Map<String, String[]> DETAILS = Map.ofEntries(
      Map.entry("STAFF_INDIFFERENCE", new String[] {"Felt nobody cared when asking for help.",
          "Staff seemed uninterested.", "Called twice, nobody seemed to care."}),
      Map.entry("NO_FOLLOW_UP", new String[] {"Quote request never answered.", "Promised call-back never came.",
          "No follow-up after the complaint."}),
      Map.entry("POOR_SERVICE", new String[] {"Delivery late three times.", "Long waiting times on the hotline.",
          "Orders mixed up twice."}),
      Map.entry("PRODUCT_NOT_SUITABLE", new String[] {"Range no longer fits their needs.",
          "Needed a feature we do not offer."}),
      Map.entry("QUALITY_PROBLEMS", new String[] {"Second defective item in a month.",
          "Quality dropped after the supplier change."}),
      Map.entry("TOO_EXPENSIVE", new String[] {"Found the same for 15% less.", "The price increase was the last straw."}),
      Map.entry("CANNOT_AFFORD", new String[] {"Budget cut.", "Cannot afford it at the moment."}),
      Map.entry("SWITCHED_TO_COMPETITOR", new String[] {"Competitor delivers faster.",
          "Competitor offered a loyalty programme."}),
      Map.entry("MOVED_OR_CLOSED", new String[] {"Moved out of the delivery area.", "Business closed."}),
      Map.entry("NO_LONGER_NEEDED", new String[] {"Project finished.", "No longer needs the product."}),
      Map.entry("OTHER", new String[] {"No reason given."}));
  /** Relative frequency of each default reason; indifference is the classic top reason for leaving. */
  private static final Map<String, Integer> REASON_WEIGHTS = Map.ofEntries(
      Map.entry("STAFF_INDIFFERENCE", 20), Map.entry("NO_FOLLOW_UP", 12), Map.entry("POOR_SERVICE", 12),
      Map.entry("PRODUCT_NOT_SUITABLE", 8), Map.entry("QUALITY_PROBLEMS", 9), Map.entry("TOO_EXPENSIVE", 12),
      Map.entry("CANNOT_AFFORD", 5), Map.entry("SWITCHED_TO_COMPETITOR", 10), Map.entry("MOVED_OR_CLOSED", 5),
      Map.entry("NO_LONGER_NEEDED", 5), Map.entry("OTHER", 2));
  private static final List<String> REASON_CODES =
      DefaultDefectionReasons.ALL.stream().map(DefectionReason::code).toList();
  private static final int REASON_TOTAL = REASON_CODES.stream().mapToInt(c -> REASON_WEIGHTS.getOrDefault(c, 3)).sum();

  private final ZoneId zone;
  /** The tenant's calendar day of "now": every event is on an earlier day. */
  private final LocalDate today;
  private final LocalDate firstDay;
  /** The first instant of today: every generated time is before it. */
  private final Instant horizon;
  private final List<Campaign> campaigns;

  private final List<UpsertCustomersUseCase.Item> customers = new ArrayList<>();
  private final List<RecordPurchasesUseCase.Item> purchases = new ArrayList<>();
  private final List<RecordSurveyResponsesUseCase.Item> surveys = new ArrayList<>();
  private final List<DemoDataset.Defection> defections = new ArrayList<>();

  private DemoGenerator(Instant now, ZoneId zone) {
    this.zone = zone;
    this.today = LocalDate.ofInstant(now, zone);
    this.firstDay = today.minusDays(HISTORY_DAYS);
    this.horizon = today.atStartOfDay(zone).toInstant();
    this.campaigns = campaigns();
  }

  /** The demo data for the calendar day (in the zone) that {@code now} falls on. */
  static DemoDataset generate(Instant now, ZoneId zone) {
    DemoGenerator generator = new DemoGenerator(now, zone);
    SplittableRandom seed = new SplittableRandom(SEED);
    for (int n = 1; n <= CUSTOMERS; n++) {
      generator.customer(n, seed.split());
    }
    return new DemoDataset(generator.customers, generator.purchases, generator.surveys, generator.defections);
  }

  /** A quarterly relationship survey: sent on the 15th day of each quarter. */
  private record Campaign(String surveyId, LocalDate sendDay) {}

  private List<Campaign> campaigns() {
    List<Campaign> result = new ArrayList<>();
    LocalDate quarter = firstDay.withDayOfMonth(1).withMonth(((firstDay.getMonthValue() - 1) / 3) * 3 + 1);
    for (; quarter.isBefore(today); quarter = quarter.plusMonths(3)) {
      LocalDate send = quarter.plusDays(14);
      if (!send.isBefore(firstDay) && send.isBefore(today)) {
        result.add(new Campaign("nps-" + quarter.getYear() + "-q" + quarter.get(IsoFields.QUARTER_OF_YEAR), send));
      }
    }
    return result;
  }

  private void customer(int n, SplittableRandom rng) {
    String externalId = String.format("C%05d", n);
    Pattern pattern = pattern(rng);
    boolean business = rng.nextDouble() < 0.2;
    String region = REGIONS[rng.nextInt(REGIONS.length)];
    String channel = rng.nextDouble() < 0.6 ? "online" : "store";
    boolean newsletter = rng.nextDouble() < 0.45;
    String name = business
        ? COMPANY_WORDS[rng.nextInt(COMPANY_WORDS.length)] + " Example " + n
        : FIRST_NAMES[rng.nextInt(FIRST_NAMES.length)] + " Example " + n;
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("segment", business ? "business" : "retail");
    attributes.put("region", region);
    attributes.put("channel", channel);
    attributes.put("newsletter", newsletter);

    History history = history(pattern, rng);
    List<LocalDate> days = history.days;
    Instant firstSeenAt;
    if (days.isEmpty()) {
      firstSeenAt = at(today.minusDays(between(rng, 1, HISTORY_DAYS)), LocalTime.of(6 + rng.nextInt(16), rng.nextInt(60)));
    } else {
      // before the first purchase: an earlier day, or the same day before opening hours (purchases start at 8:00)
      firstSeenAt = at(days.get(0).minusDays(rng.nextDouble() < 0.5 ? 0 : between(rng, 1, 30)),
          LocalTime.of(7, rng.nextInt(60), rng.nextInt(60)));
    }
    customers.add(new UpsertCustomersUseCase.Item(externalId, name, Collections.unmodifiableMap(attributes), firstSeenAt));

    // purchases: basket size is heavy-tailed (lognormal), business buys bigger, a few are whales
    double basket = StrictMath.exp(StrictMath.log(38) + 0.6 * gaussian(rng));
    if (business) {
      basket *= 2.8;
    }
    if (rng.nextDouble() < 0.012) {
      basket *= 10 + 20 * rng.nextDouble();
    }
    double multiOrderChance = business ? 0.15 : 0.07;
    BigDecimal revenueBeforeDefection = BigDecimal.ZERO;
    int number = 0;
    for (LocalDate day : days) {
      int orders = rng.nextDouble() < multiOrderChance ? 2 : 1;
      int firstHour = 8 + rng.nextInt(orders == 2 ? 8 : 14);
      for (int o = 0; o < orders; o++) {
        int hour = o == 0 ? firstHour : between(rng, firstHour + 1, 21);
        Instant occurredAt = at(day, LocalTime.of(hour, rng.nextInt(60), rng.nextInt(60)));
        int quantity = quantity(rng);
        BigDecimal amount = BigDecimal.valueOf(basket * StrictMath.exp(0.35 * gaussian(rng) - 0.06) * (1 + 0.7 * (quantity - 1)))
            .setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.99"));
        number++;
        purchases.add(new RecordPurchasesUseCase.Item(externalId, "P" + externalId.substring(1) + "-" + number,
            occurredAt, amount, quantity));
        if (history.defectionDay != null && day.isBefore(history.defectionDay)) {
          revenueBeforeDefection = revenueBeforeDefection.add(amount);
        }
      }
    }

    if (history.defectionDay != null) {
      defections.add(defection(externalId, history, revenueBeforeDefection, rng));
    }
    surveys(externalId, pattern, history, rng);
  }

  private static Pattern pattern(SplittableRandom rng) {
    int pick = rng.nextInt(TOTAL_WEIGHT);
    for (Pattern pattern : Pattern.values()) {
      pick -= pattern.weight;
      if (pick < 0) {
        return pattern;
      }
    }
    throw new AssertionError("weights add up");
  }

  /** Purchase days in order and the defection day, if any. */
  private record History(List<LocalDate> days, LocalDate defectionDay) {}

  private History history(Pattern pattern, SplittableRandom rng) {
    switch (pattern) {
      case PROSPECT:
        return new History(List.of(), null);
      case NEW:
        return new History(List.of(ago(between(rng, 1, 85))), null);
      case ACTIVE: {
        if (rng.nextDouble() < 0.25) {
          int startAgo = between(rng, 20, 88);
          return new History(walk(rng, ago(startAgo), ago(between(rng, 1, startAgo - 5)), between(rng, 7, 30)), null);
        }
        int startAgo = between(rng, 95, 360);
        int recency = between(rng, 1, Math.min(120, startAgo - 1));
        return new History(walk(rng, ago(startAgo), ago(recency), between(rng, 20, 90)), null);
      }
      case LOYAL: {
        int startAgo = between(rng, 380, HISTORY_DAYS);
        double u = rng.nextDouble();
        double meanGap = 35 + 120 * u * u;
        int recency = 1 + (int) Math.min(140, exponential(rng, meanGap * 0.7));
        return new History(walk(rng, ago(startAgo), ago(recency), meanGap), null);
      }
      case INACTIVE: {
        int lastAgo = between(rng, 190, 1000);
        int room = HISTORY_DAYS - lastAgo;
        int startAgo = rng.nextDouble() < 0.3 || room < 10 ? lastAgo : lastAgo + between(rng, 10, Math.min(700, room));
        return new History(walk(rng, ago(startAgo), ago(lastAgo), between(rng, 30, 120)), null);
      }
      case LOST: {
        int lastAgo = between(rng, 10, 1000);
        int room = HISTORY_DAYS - lastAgo;
        int startAgo = rng.nextDouble() < 0.2 || room < 10 ? lastAgo : lastAgo + between(rng, 10, Math.min(800, room));
        LocalDate defection = ago(lastAgo - between(rng, 1, Math.min(150, lastAgo - 1)));
        return new History(walk(rng, ago(startAgo), ago(lastAgo), between(rng, 25, 100)), defection);
      }
      case WON_BACK_AFTER_DEFECTION: {
        int returnAgo = between(rng, 3, 85);
        int defectionAgo = returnAgo + between(rng, 20, 240);
        int lastBeforeAgo = defectionAgo + between(rng, 1, 90);
        int startAgo = lastBeforeAgo + between(rng, 0, Math.min(700, HISTORY_DAYS - lastBeforeAgo));
        List<LocalDate> days = new ArrayList<>(walk(rng, ago(startAgo), ago(lastBeforeAgo), between(rng, 25, 90)));
        days.addAll(walk(rng, ago(returnAgo), ago(between(rng, 1, returnAgo)), between(rng, 10, 40)));
        return new History(days, ago(defectionAgo));
      }
      case WON_BACK_AFTER_GAP: {
        int returnAgo = between(rng, 3, 85);
        int lastBeforeAgo = returnAgo + between(rng, 190, 500);
        int startAgo = lastBeforeAgo + between(rng, 0, Math.min(600, HISTORY_DAYS - lastBeforeAgo));
        List<LocalDate> days = new ArrayList<>(walk(rng, ago(startAgo), ago(lastBeforeAgo), between(rng, 25, 90)));
        days.addAll(walk(rng, ago(returnAgo), ago(between(rng, 1, returnAgo)), between(rng, 10, 40)));
        return new History(days, null);
      }
      case RETURNED_EARLIER: {
        int defectionAgo = between(rng, 250, 900);
        int lastBeforeAgo = defectionAgo + between(rng, 1, 60);
        int startAgo = lastBeforeAgo + between(rng, 0, Math.min(700, HISTORY_DAYS - lastBeforeAgo));
        int returnAgo = defectionAgo - between(rng, 20, Math.min(150, defectionAgo - 100));
        List<LocalDate> days = new ArrayList<>(walk(rng, ago(startAgo), ago(lastBeforeAgo), between(rng, 25, 90)));
        days.addAll(walk(rng, ago(returnAgo), ago(between(rng, 1, Math.min(120, returnAgo))), between(rng, 20, 60)));
        return new History(days, ago(defectionAgo));
      }
      default:
        throw new AssertionError(pattern);
    }
  }

  /**
   * Purchase days from start to end (both included when end is later), with pauses drawn around meanGap
   * and never longer than {@link #MAX_REGULAR_GAP}.
   */
  private static List<LocalDate> walk(SplittableRandom rng, LocalDate start, LocalDate end, double meanGap) {
    List<LocalDate> days = new ArrayList<>();
    days.add(start);
    LocalDate day = start;
    while (true) {
      long gap = Math.max(1, Math.min(MAX_REGULAR_GAP, Math.round(exponential(rng, meanGap))));
      LocalDate next = day.plusDays(gap);
      if (!next.isBefore(end)) {
        break;
      }
      days.add(next);
      day = next;
    }
    if (end.isAfter(start)) {
      days.add(end);
    }
    return days;
  }

  private DemoDataset.Defection defection(String externalId, History history, BigDecimal revenue,
                                          SplittableRandom rng) {
    int pick = rng.nextInt(REASON_TOTAL);
    String reason = REASON_CODES.get(REASON_CODES.size() - 1);
    for (String code : REASON_CODES) {
      pick -= REASON_WEIGHTS.getOrDefault(code, 3);
      if (pick < 0) {
        reason = code;
        break;
      }
    }
    String[] details = DETAILS.get(reason);
    String detail = details != null && rng.nextDouble() < 0.75 ? details[rng.nextInt(details.length)] : null;
    String competitor = reason.equals("SWITCHED_TO_COMPETITOR") && rng.nextDouble() < 0.85
        ? COMPETITORS[rng.nextInt(COMPETITORS.length)] : null;
    BigDecimal lostAnnualValue = null;
    if (rng.nextDouble() < 0.85) {
      long tenureDays = ChronoUnit.DAYS.between(history.days.get(0), history.defectionDay);
      BigDecimal years = BigDecimal.valueOf(Math.max(1.0, tenureDays / 365.0));
      lostAnnualValue = revenue.divide(years, 2, RoundingMode.HALF_UP);
    }
    Instant occurredAt = at(history.defectionDay, LocalTime.of(between(rng, 9, 18), rng.nextInt(60), rng.nextInt(60)));
    return new DemoDataset.Defection(externalId, occurredAt, reason, detail, competitor, lostAnnualValue);
  }

  private void surveys(String externalId, Pattern pattern, History history, SplittableRandom rng) {
    if (history.days.isEmpty()) {
      return;
    }
    double mood = pattern.mood + 0.9 * gaussian(rng);
    double answerRate = pattern == Pattern.LOST || pattern == Pattern.INACTIVE ? 0.35 : 0.55;
    LocalDate first = history.days.get(0);
    if (rng.nextDouble() < 0.45) {
      LocalDate send = first.plusDays(2);
      if (send.isBefore(today)) {
        survey(externalId, "first-purchase", at(send, LocalTime.of(10, rng.nextInt(60))), mood + 0.3, answerRate, rng);
      }
    }
    for (Campaign campaign : campaigns) {
      if (!boughtWithin(history, campaign.sendDay.minusDays(180), campaign.sendDay) || lostOn(history, campaign.sendDay)
          || rng.nextDouble() >= 0.4) {
        continue;
      }
      LocalDate send = campaign.sendDay.plusDays(rng.nextInt(4));
      if (send.isBefore(today)) {
        survey(externalId, campaign.surveyId, at(send, LocalTime.of(9, rng.nextInt(60), rng.nextInt(60))), mood,
            answerRate, rng);
      }
    }
  }

  private static boolean boughtWithin(History history, LocalDate from, LocalDate to) {
    for (LocalDate day : history.days) {
      if (!day.isBefore(from) && !day.isAfter(to)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the customer had defected and not bought since, by that day. */
  private static boolean lostOn(History history, LocalDate day) {
    if (history.defectionDay == null || !history.defectionDay.isBefore(day)) {
      return false;
    }
    return !boughtWithin(history, history.defectionDay.plusDays(1), day);
  }

  private void survey(String externalId, String surveyId, Instant sentAt, double mood, double answerRate,
                      SplittableRandom rng) {
    boolean answers = rng.nextDouble() < answerRate;
    Instant respondedAt = sentAt.plusSeconds(3600 + (long) Math.min(14 * 86400.0, exponential(rng, 30 * 3600.0)));
    if (!answers || !respondedAt.isBefore(horizon)) {
      surveys.add(new RecordSurveyResponsesUseCase.Item(externalId, surveyId, sentAt, null, null, null, null, null, null));
      return;
    }
    // now and then an answer far from the customer's usual mood: one bad (or good) day
    int score = rng.nextDouble() < 0.02
        ? rng.nextInt(11)
        : (int) Math.max(0, Math.min(10, Math.round(mood + 1.3 * gaussian(rng))));
    boolean partial = rng.nextDouble() < 0.06;
    Boolean satisfied = rng.nextDouble() < (score >= 8 ? 0.95 : score == 7 ? 0.8 : score >= 5 ? 0.4 : 0.07);
    Boolean again = rng.nextDouble() < (score >= 8 ? 0.93 : score == 7 ? 0.75 : score >= 5 ? 0.45 : 0.12);
    Boolean contact = rng.nextDouble() < (score <= 6 ? 0.35 : score <= 8 ? 0.12 : 0.06);
    String[] comments = score >= 9 ? PROMOTER_COMMENTS : score >= 7 ? PASSIVE_COMMENTS : DETRACTOR_COMMENTS;
    String comment = rng.nextDouble() < 0.4 ? comments[rng.nextInt(comments.length)] : null;
    if (partial) {
      surveys.add(new RecordSurveyResponsesUseCase.Item(externalId, surveyId, sentAt, respondedAt, satisfied, null,
          null, null, null));
    } else {
      surveys.add(new RecordSurveyResponsesUseCase.Item(externalId, surveyId, sentAt, respondedAt, satisfied, again,
          score, contact, comment));
    }
  }

  private LocalDate ago(int days) {
    return today.minusDays(days);
  }

  private Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(zone).toInstant();
  }

  private static int quantity(SplittableRandom rng) {
    double u = rng.nextDouble();
    return u < 0.72 ? 1 : u < 0.9 ? 2 : 3 + rng.nextInt(3);
  }

  /** A uniform whole number from min to max, both included. */
  private static int between(SplittableRandom rng, int min, int max) {
    return min + rng.nextInt(max - min + 1);
  }

  /** Standard normal (Box-Muller), from nextDouble only so it is the same on every JDK. */
  private static double gaussian(SplittableRandom rng) {
    double u1 = 1.0 - rng.nextDouble();
    double u2 = rng.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
  }

  private static double exponential(SplittableRandom rng, double mean) {
    return -mean * StrictMath.log(1.0 - rng.nextDouble());
  }
}
