package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.NOW;
import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.otherTenant;
import static io.customerintel.application.fakes.Fakes.refusal;
import static io.customerintel.application.fakes.Fakes.tenant;
import static io.customerintel.application.fakes.Fakes.tenantIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.fakes.InMemoryLossReviewCalls;
import io.customerintel.application.fakes.InMemoryLossReviews;
import io.customerintel.application.fakes.MutableClock;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.application.port.in.StartLossReviewUseCase;
import io.customerintel.application.port.in.ViewLossReviewUseCase;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.lossreview.LossReview;
import io.customerintel.domain.validation.ProblemCodes;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LossReviewServiceTest {
  InMemoryLossReviews reviews;
  MutableClock clock;
  LossReviewService service;

  @BeforeEach
  void setUp() {
    reviews = new InMemoryLossReviews();
    clock = new MutableClock(NOW);
    service = new LossReviewService(reviews, new InMemoryLossReviewCalls(reviews), clock);
  }

  static Defection defection(long id, String at, String value) {
    return new Defection(new DefectionId(id), new CustomerId(id), Instant.parse(at), "TOO_EXPENSIVE", null, null,
        new BigDecimal(value));
  }

  StartLossReviewUseCase.Result start(AuthenticatedTenant tenant, String month) {
    return await(service.startLossReview(new StartLossReviewUseCase.Command(tenant, month)));
  }

  Optional<LossReview> view(AuthenticatedTenant tenant, String month) {
    return await(service.lossReview(new ViewLossReviewUseCase.Query(tenant, month)));
  }

  @Test
  void startingCompilesTheMonthsDefectionsOnly() {
    reviews.add(TENANT_ID, defection(1, "2025-02-10T10:00:00Z", "100"));
    reviews.add(TENANT_ID, defection(2, "2025-01-31T23:59:59Z", "900"));
    reviews.add(TENANT_ID, defection(3, "2025-03-01T00:00:00Z", "50"));

    LossReview review = start(tenant(), "2025-02").review().orElseThrow();

    assertEquals(List.of(1L), review.defections().stream().map(d -> d.defection().id().value()).toList());
    assertEquals(NOW, review.startedAt());
  }

  @Test
  void theMonthsDaysAreTheTenantsOwn() {
    reviews.add(TENANT_ID, defection(1, "2025-01-31T23:30:00Z", "100"));

    LossReview review = start(tenantIn(ZoneId.of("Europe/Berlin")), "2025-02").review().orElseThrow();

    assertEquals(1, review.defections().size());
  }

  @Test
  void startingAgainKeepsTheFirstStartAndDefectionsRecordedLaterJoin() {
    start(tenant(), "2025-02");
    clock.advance(Duration.ofDays(1));
    reviews.add(TENANT_ID, defection(1, "2025-02-10T10:00:00Z", "100"));

    LossReview again = start(tenant(), "2025-02").review().orElseThrow();

    assertEquals(NOW, again.startedAt());
    assertEquals(1, again.defections().size());
    assertEquals(again, view(tenant(), "2025-02").orElseThrow());
  }

  @Test
  void aMonthNeverStartedHasNoReviewAndNeitherHasAnotherTenantsMonth() {
    start(tenant(), "2025-02");

    assertTrue(view(tenant(), "2025-01").isEmpty());
    assertTrue(view(otherTenant(), "2025-02").isEmpty());
  }

  @Test
  void aMonthNotWrittenYearDashMonthIsRefused() {
    StartLossReviewUseCase.Result result = start(tenant(), "Feb 2025");

    assertTrue(result.review().isEmpty());
    assertEquals(ProblemCodes.INVALID_FORMAT, result.userErrors().get(0).code());
    assertEquals(List.of("month"), result.userErrors().get(0).field());
    assertEquals(ErrorCodes.BAD_USER_INPUT, refusal(() -> service.lossReview(
        new ViewLossReviewUseCase.Query(tenant(), "2025-2"))).code());
  }

  @Test
  void reviewsAreListedTheLatestMonthFirstPageByPage() {
    for (String month : List.of("2025-01", "2025-03", "2025-02")) {
      start(tenant(), month);
    }
    start(otherTenant(), "2025-04");

    var first = await(service.lossReviews(tenant(), PageArgs.of(2, null)));
    assertEquals(List.of("2025-03", "2025-02"), first.page().edges().stream()
        .map(e -> e.node().month().toString()).toList());
    assertTrue(first.page().hasNextPage());
    assertEquals(3, first.totalCount());
    var rest = await(service.lossReviews(tenant(), PageArgs.of(2, first.page().edges().get(1).cursor())));
    assertEquals(List.of("2025-01"), rest.page().edges().stream().map(e -> e.node().month().toString()).toList());
    assertEquals(ErrorCodes.INVALID_CURSOR, refusal(() -> service.lossReviews(tenant(), PageArgs.of(2, "nope")))
        .code());
  }
}
