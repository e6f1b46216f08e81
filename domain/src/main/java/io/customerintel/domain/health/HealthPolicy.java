package io.customerintel.domain.health;

import io.customerintel.domain.followup.FollowUpDeadline;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import io.customerintel.domain.survey.SurveyResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The customer-health rules with a tenant's weights and thresholds (docs/health.md). Each component
 * is a 0..1 sub-score; the score is the weighted mean over the components the customer has evidence
 * for, so a prospect is judged on surveys alone instead of being punished for not buying.
 */
public record HealthPolicy(
    double recencyWeight,
    double purchaseTrendWeight,
    double surveyAnswersWeight,
    double responseRateWeight,
    double contactRequestWeight,
    double probabilityAliveWeight,
    int healthyFrom,
    int neutralFrom,
    int atRiskFrom,
    int defaultExpectedGapDays,
    Duration followUpDeadline,
    int spendWindowDays,
    double spendDeclineRatio) {

  public static final HealthPolicy DEFAULT = new HealthPolicy(
      0.30, 0.20, 0.25, 0.10, 0.15, 0.20,
      70, 50, 30,
      90, Duration.ofDays(2), 90, 0.5);

  /** The score when nothing is known: the middle of the scale, neither reassuring nor alarming. */
  public static final int NO_EVIDENCE_SCORE = 50;
  /**
   * Probability alive enters the score in steps of 1/20: a fitted model's estimate drifts a little every day, and
   * a score that moved by fractions of a point daily would record a change per customer per day.
   */
  public static final int ALIVE_STEPS = 20;
  /** How far ahead the next step of probability alive is looked for; beyond ten years it does not matter. */
  static final int ALIVE_HORIZON_DAYS = 3650;
  /** Fewer invitations than this say nothing about a trend: two against two is the least to compare. */
  public static final int MIN_INVITATIONS_FOR_RATE_TREND = 4;

  public HealthPolicy {
    Objects.requireNonNull(followUpDeadline, "followUpDeadline");
    double[] weights = {recencyWeight, purchaseTrendWeight, surveyAnswersWeight, responseRateWeight,
        contactRequestWeight, probabilityAliveWeight};
    double sum = 0;
    for (double weight : weights) {
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("health weights must be finite and not negative");
      }
      sum += weight;
    }
    if (sum == 0) {
      throw new IllegalArgumentException("at least one health weight must be positive");
    }
    if (!(100 >= healthyFrom && healthyFrom > neutralFrom && neutralFrom > atRiskFrom && atRiskFrom >= 0)) {
      throw new IllegalArgumentException("band thresholds must descend strictly within 0..100");
    }
    if (defaultExpectedGapDays < 1 || spendWindowDays < 1) {
      throw new IllegalArgumentException("expected gap and spend window must be at least one day");
    }
    if (followUpDeadline.isNegative() || followUpDeadline.isZero()) {
      throw new IllegalArgumentException("follow-up deadline must be positive");
    }
    if (!(spendDeclineRatio > 0 && spendDeclineRatio <= 1)) {
      throw new IllegalArgumentException("spend decline ratio must be in (0, 1]");
    }
  }

  public HealthBand bandOf(int score) {
    if (score >= healthyFrom) {
      return HealthBand.HEALTHY;
    }
    if (score >= neutralFrom) {
      return HealthBand.NEUTRAL;
    }
    return score >= atRiskFrom ? HealthBand.AT_RISK : HealthBand.CRITICAL;
  }

  /** The customer's health at {@code inputs.now()}. */
  public HealthAssessment assess(HealthInputs inputs) {
    Instant now = inputs.now();
    LocalDate today = inputs.today();
    ZoneId zone = inputs.zone();
    List<RiskSignal> signals = new ArrayList<>();
    Mean mean = new Mean();

    Purchases purchases = Purchases.of(inputs.purchaseDays(), this);
    if (purchases != null) {
      long since = ChronoUnit.DAYS.between(purchases.last(), today);
      mean.add(recencyWeight, since <= purchases.usualGapDays() ? 1 : since <= purchases.allowanceDays() ? 0.5 : 0);
      if (since > purchases.allowanceDays()) {
        signals.add(new RiskSignal(SignalCodes.OVERDUE_PURCHASE,
            // Time-free wording: the assessment must only change when nextChange says so.
            "no purchase since " + purchases.last() + ", more than " + purchases.allowanceDays() + " days (twice the usual gap)",
            startOf(purchases.overdueFrom(), zone)));
      }
      if (purchases.judgesSpend()) {
        mean.add(purchaseTrendWeight, purchases.spendRatio(today));
        LocalDate decliningFrom = purchases.decliningFrom(today);
        if (decliningFrom != null) {
          signals.add(new RiskSignal(SignalCodes.SPEND_DECLINING,
              "revenue of the last " + purchases.windowDays() + " days is below "
                  + Math.round(spendDeclineRatio * 100) + "% of the usual",
              startOf(decliningFrom, zone)));
        }
      }
    }

    Surveys surveys = Surveys.of(inputs.surveyResponses());
    if (surveys.answerScore() != null) {
      mean.add(surveyAnswersWeight, surveys.answerScore());
    }
    if (surveys.recommend() != null && surveys.recommend().likelihoodToRecommend() <= 6) {
      signals.add(new RiskSignal(SignalCodes.DETRACTOR,
          "would recommend at " + surveys.recommend().likelihoodToRecommend() + " of 10",
          surveys.recommend().respondedAt()));
    }
    if (surveys.satisfied() != null && !surveys.satisfied().satisfied()) {
      signals.add(new RiskSignal(SignalCodes.NOT_SATISFIED, "said they are not satisfied",
          surveys.satisfied().respondedAt()));
    }
    if (surveys.buyAgain() != null && !surveys.buyAgain().wouldPurchaseAgain()) {
      signals.add(new RiskSignal(SignalCodes.WOULD_NOT_BUY_AGAIN, "said they would not buy again",
          surveys.buyAgain().respondedAt()));
    }
    if (surveys.rateRatio() != null) {
      mean.add(responseRateWeight, surveys.rateRatio());
      if (surveys.rateFalling()) {
        signals.add(new RiskSignal(SignalCodes.SURVEY_RESPONSE_RATE_FALLING,
            "answers fewer of the recent survey invitations than of the earlier ones", surveys.lastActivity()));
      }
    }

    List<SurveyResponse> requests = contactRequests(inputs.surveyResponses());
    if (!requests.isEmpty()) {
      boolean anyUnanswered = false;
      FollowUpDeadline rule = new FollowUpDeadline(followUpDeadline);
      for (SurveyResponse request : requests) {
        if (rule.missed(request.respondedAt(), inputs.followUps(), now)) {
          anyUnanswered = true;
          signals.add(new RiskSignal(SignalCodes.UNANSWERED_CONTACT_REQUEST,
              "asked to be contacted and got no follow-up within " + followUpDeadline.toHours() + " hours",
              rule.due(request.respondedAt())));
        }
      }
      mean.add(contactRequestWeight, anyUnanswered ? 0 : 1);
    }

    Double alive = inputs.probabilityAlive();
    if (alive != null) {
      mean.add(probabilityAliveWeight, aliveStep(alive));
    }

    signals.sort(Comparator.comparing(RiskSignal::detectedAt).thenComparing(RiskSignal::code));
    int score = mean.score();
    HealthBand band = bandOf(score);
    QuietDefectorType type = band == HealthBand.AT_RISK || band == HealthBand.CRITICAL
        ? quietDefectorType(signals, surveys, !requests.isEmpty()) : null;
    return new HealthAssessment(score, band, signals, type);
  }

  /**
   * The earliest instant after now at which the assessment changes with time alone, or empty if it
   * never will. Time matters only at a few day starts and deadlines, so trying those is exact.
   */
  public Optional<Instant> nextChange(HealthInputs inputs) {
    return nextChange(inputs, assess(inputs));
  }

  /** {@link #nextChange(HealthInputs)} for a caller that already holds {@code assess(inputs)}. */
  public Optional<Instant> nextChange(HealthInputs inputs, HealthAssessment current) {
    ZoneId zone = inputs.zone();
    TreeSet<Instant> candidates = new TreeSet<>();
    Purchases purchases = Purchases.of(inputs.purchaseDays(), this);
    if (purchases != null) {
      candidates.add(startOf(purchases.last().plusDays(purchases.usualGapDays() + 1), zone));
      candidates.add(startOf(purchases.overdueFrom(), zone));
      if (purchases.judgesSpend()) {
        for (PurchaseDayTotal day : purchases.days()) {
          candidates.add(startOf(day.day().plusDays(purchases.windowDays()), zone));
        }
      }
    }
    for (SurveyResponse request : contactRequests(inputs.surveyResponses())) {
      candidates.add(request.respondedAt().plus(followUpDeadline));
    }
    nextAliveStep(inputs).ifPresent(day -> candidates.add(startOf(day, zone)));
    for (Instant candidate : candidates.tailSet(inputs.now(), false)) {
      if (!assess(inputs.at(candidate)).equals(current)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The probability alive as the score counts it: rounded down to a step of 1/{@link #ALIVE_STEPS}. */
  public static double aliveStep(double probabilityAlive) {
    return Math.floor(probabilityAlive * ALIVE_STEPS) / ALIVE_STEPS;
  }

  /**
   * The first day after today on which the counted step of probability alive falls, found by bisection: the
   * estimate never rises while no purchase day is added ({@link AliveEstimate}). Empty when it does not count.
   */
  private Optional<LocalDate> nextAliveStep(HealthInputs inputs) {
    Double now = inputs.probabilityAlive();
    if (now == null || probabilityAliveWeight == 0) {
      return Optional.empty();
    }
    double step = aliveStep(now);
    LocalDate today = inputs.today();
    if (aliveStep(inputs.alive().probabilityAlive(inputs.purchaseDays(), today.plusDays(ALIVE_HORIZON_DAYS))) >= step) {
      return Optional.empty();
    }
    long unchanged = 0;
    long changed = ALIVE_HORIZON_DAYS;
    while (changed - unchanged > 1) {
      long middle = (unchanged + changed) >>> 1;
      if (aliveStep(inputs.alive().probabilityAlive(inputs.purchaseDays(), today.plusDays(middle))) >= step) {
        unchanged = middle;
      } else {
        changed = middle;
      }
    }
    return Optional.of(today.plusDays(changed));
  }

  /**
   * Precedence, most specific evidence first: GUESSER (an unanswered request is something the
   * tenant did), DASHER (the customer told us it was bad), SATISFIED (told us it was only fine),
   * COLLECTOR (told us nothing negative, just drifted). Null when no pattern fits.
   */
  private static QuietDefectorType quietDefectorType(List<RiskSignal> signals, Surveys surveys, boolean askedForContact) {
    boolean overdue = has(signals, SignalCodes.OVERDUE_PURCHASE);
    boolean falling = has(signals, SignalCodes.SURVEY_RESPONSE_RATE_FALLING);
    boolean activityDropped = overdue || falling || has(signals, SignalCodes.SPEND_DECLINING);
    boolean detractor = has(signals, SignalCodes.DETRACTOR);
    boolean notSatisfied = has(signals, SignalCodes.NOT_SATISFIED);
    boolean wouldNotBuy = has(signals, SignalCodes.WOULD_NOT_BUY_AGAIN);
    if (has(signals, SignalCodes.UNANSWERED_CONTACT_REQUEST) && (overdue || falling)) {
      return QuietDefectorType.GUESSER;
    }
    if ((detractor || notSatisfied) && activityDropped && !askedForContact) {
      return QuietDefectorType.DASHER;
    }
    boolean passive = surveys.recommend() != null && surveys.recommend().likelihoodToRecommend() >= 7
        && surveys.recommend().likelihoodToRecommend() <= 8;
    boolean fineButNotAgain = surveys.satisfied() != null && surveys.satisfied().satisfied() && wouldNotBuy;
    if ((passive || fineButNotAgain) && !detractor && !notSatisfied && activityDropped) {
      return QuietDefectorType.SATISFIED;
    }
    if (!detractor && !notSatisfied && !wouldNotBuy && falling && overdue) {
      return QuietDefectorType.COLLECTOR;
    }
    return null;
  }

  private static boolean has(List<RiskSignal> signals, String code) {
    return signals.stream().anyMatch(s -> s.code().equals(code));
  }

  private static List<SurveyResponse> contactRequests(List<SurveyResponse> responses) {
    return responses.stream().filter(r -> r.respondedAt() != null && Boolean.TRUE.equals(r.wantsContact())).toList();
  }

  private static Instant startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** Weighted mean over the components with evidence. */
  private static final class Mean {
    private double weighted;
    private double weights;

    void add(double weight, double subScore) {
      weighted += weight * subScore;
      weights += weight;
    }

    int score() {
      return weights == 0 ? NO_EVIDENCE_SCORE : (int) Math.max(0, Math.min(100, Math.round(100 * weighted / weights)));
    }
  }

  /**
   * A customer's buying rhythm. The allowance is twice the median gap between purchase days (an
   * integer even when the median is a half day), so one unusually long gap does not move it much.
   */
  private record Purchases(List<PurchaseDayTotal> days, long allowanceDays, int windowDays, BigDecimal revenue,
                           long spanDays, double declineRatio) {
    static Purchases of(List<PurchaseDayTotal> days, HealthPolicy policy) {
      if (days.isEmpty()) {
        return null;
      }
      List<Long> gaps = new ArrayList<>();
      for (int i = 1; i < days.size(); i++) {
        gaps.add(ChronoUnit.DAYS.between(days.get(i - 1).day(), days.get(i).day()));
      }
      gaps.sort(null);
      int n = gaps.size();
      long allowance = n == 0 ? 2L * policy.defaultExpectedGapDays()
          : n % 2 == 1 ? 2 * gaps.get(n / 2) : gaps.get(n / 2 - 1) + gaps.get(n / 2);
      // A slow but regular buyer must not look like a declining one between two purchases.
      int window = (int) Math.max(policy.spendWindowDays(), (allowance + 1) / 2);
      BigDecimal revenue = days.stream().map(PurchaseDayTotal::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
      long span = ChronoUnit.DAYS.between(days.get(0).day(), days.get(days.size() - 1).day()) + 1;
      return new Purchases(days, allowance, window, revenue, span, policy.spendDeclineRatio());
    }

    LocalDate last() {
      return days.get(days.size() - 1).day();
    }

    long usualGapDays() {
      return allowanceDays / 2;
    }

    LocalDate overdueFrom() {
      return last().plusDays(allowanceDays + 1);
    }

    /** One purchase day says nothing about a trend, and there is nothing to decline from zero revenue. */
    boolean judgesSpend() {
      return days.size() >= 2 && revenue.signum() > 0;
    }

    private BigDecimal recent(LocalDate today) {
      return days.stream().filter(d -> ChronoUnit.DAYS.between(d.day(), today) < windowDays)
          .map(PurchaseDayTotal::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Recent revenue over the customer's usual revenue per window (over their buying span, at least one
     * window). The baseline does not move with today, so waiting never makes the trend look better.
     */
    double spendRatio(LocalDate today) {
      BigDecimal usualTimesSpan = revenue.multiply(BigDecimal.valueOf(windowDays));
      double ratio = recent(today).multiply(BigDecimal.valueOf(Math.max(windowDays, spanDays))).doubleValue()
          / usualTimesSpan.doubleValue();
      return Math.min(1, ratio);
    }

    boolean declining(LocalDate today) {
      BigDecimal lhs = recent(today).multiply(BigDecimal.valueOf(Math.max(windowDays, spanDays)));
      BigDecimal rhs = revenue.multiply(BigDecimal.valueOf(windowDays)).multiply(BigDecimal.valueOf(declineRatio));
      return lhs.compareTo(rhs) < 0;
    }

    /** The first day from the last purchase on which spend counts as declining; null if not yet. */
    LocalDate decliningFrom(LocalDate today) {
      TreeSet<LocalDate> changes = new TreeSet<>();
      changes.add(last());
      for (PurchaseDayTotal day : days) {
        changes.add(day.day().plusDays(windowDays));
      }
      for (LocalDate day : changes.tailSet(last(), true)) {
        if (day.isAfter(today)) {
          return null;
        }
        if (declining(day)) {
          return day;
        }
      }
      return null;
    }
  }

  /** The latest answer to each question, and the response-rate trend over the invitations. */
  private record Surveys(SurveyResponse recommend, SurveyResponse satisfied, SurveyResponse buyAgain,
                         Double rateRatio, boolean rateFalling, Instant lastActivity) {
    static Surveys of(List<SurveyResponse> responses) {
      List<SurveyResponse> answered = responses.stream().filter(r -> r.respondedAt() != null)
          .sorted(Comparator.comparing(SurveyResponse::respondedAt).thenComparing(r -> r.id().value())).toList();
      SurveyResponse recommend = null;
      SurveyResponse satisfied = null;
      SurveyResponse buyAgain = null;
      for (SurveyResponse r : answered) {
        recommend = r.likelihoodToRecommend() != null ? r : recommend;
        satisfied = r.satisfied() != null ? r : satisfied;
        buyAgain = r.wouldPurchaseAgain() != null ? r : buyAgain;
      }
      List<SurveyResponse> invitations = responses.stream()
          .sorted(Comparator.comparing(SurveyResponse::sentAt).thenComparing(r -> r.id().value())).toList();
      Double rateRatio = null;
      boolean falling = false;
      Instant lastActivity = null;
      if (invitations.size() >= MIN_INVITATIONS_FOR_RATE_TREND) {
        // Equal halves (an odd middle invitation belongs to neither), so counts compare like rates.
        int half = invitations.size() / 2;
        long earlier = invitations.subList(0, half).stream().filter(r -> r.respondedAt() != null).count();
        long recent = invitations.subList(invitations.size() - half, invitations.size()).stream()
            .filter(r -> r.respondedAt() != null).count();
        rateRatio = earlier == 0 ? 1.0 : Math.min(1.0, (double) recent / earlier);
        falling = recent < earlier;
        for (SurveyResponse r : invitations) {
          Instant latest = r.respondedAt() != null && r.respondedAt().isAfter(r.sentAt()) ? r.respondedAt() : r.sentAt();
          lastActivity = lastActivity == null || latest.isAfter(lastActivity) ? latest : lastActivity;
        }
      }
      return new Surveys(recommend, satisfied, buyAgain, rateRatio, falling, lastActivity);
    }

    /** Mean of the latest answers: recommendation scaled to 0..1, yes = 1, no = 0; null without answers. */
    Double answerScore() {
      double sum = 0;
      int count = 0;
      if (recommend != null) {
        sum += recommend.likelihoodToRecommend() / 10.0;
        count++;
      }
      if (satisfied != null) {
        sum += satisfied.satisfied() ? 1 : 0;
        count++;
      }
      if (buyAgain != null) {
        sum += buyAgain.wouldPurchaseAgain() ? 1 : 0;
        count++;
      }
      return count == 0 ? null : sum / count;
    }
  }
}
