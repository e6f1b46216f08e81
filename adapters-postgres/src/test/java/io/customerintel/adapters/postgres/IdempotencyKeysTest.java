package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.NOW;
import static io.customerintel.adapters.postgres.PgFixture.RULES;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.IdempotencyConflictException;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.NewDefection;
import io.customerintel.application.port.out.NewFollowUp;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.followup.FollowUp;
import io.customerintel.domain.lossreview.IssueEntry;
import io.customerintel.domain.lossreview.IssuePriority;
import io.customerintel.domain.lossreview.IssueStatus;
import io.customerintel.domain.lossreview.ReviewIssue;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.Tenant;
import io.customerintel.domain.validation.IdempotencyKey;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A key is stored with its write in one transaction: concurrent senders of one key get one write and one answer. */
@ExtendWith(ScratchDatabase.class)
class IdempotencyKeysTest {
  private static final int SENDERS = 8;
  private final PostgresAdapters adapters = PgFixture.adapters();

  private static Optional<IdempotentRequest> keyed(String key, String mutation, Object... payload) {
    return Optional.of(IdempotentRequest.of(new IdempotencyKey(key), mutation, payload));
  }

  private ReviewIssue openIssue(Tenant tenant) {
    ReviewMonth month = new ReviewMonth(YearMonth.of(2026, 3));
    await(adapters.lossReviews().start(tenant.id(), month, NOW));
    return await(adapters.reviewIssues().raise(tenant.id(), month, "Slow support", List.of("POOR_SERVICE"),
        IssuePriority.HIGH, "ann", NOW));
  }

  @Test
  void concurrentSendersOfOneProgressNoteAddItOnceAndAllGetTheSameIssue() {
    Tenant tenant = PgFixture.newTenant(adapters);
    ReviewIssue issue = openIssue(tenant);
    IdempotentRequest request = keyed("note-1", "updateReviewIssue", issue.id().value(), "IN_PROGRESS", "called")
        .orElseThrow();
    List<CompletableFuture<ReviewIssue>> sent = new ArrayList<>();
    for (int i = 0; i < SENDERS; i++) {
      // each sender stamps its own time, as each request would: only the first stored is kept
      IssueEntry entry = new IssueEntry(NOW.plusSeconds(i + 1), IssueStatus.IN_PROGRESS, "called");
      sent.add(adapters.reviewIssues().append(tenant.id(), issue.id(), entry, Optional.empty(), request)
          .toCompletableFuture());
    }
    List<ReviewIssue> answers = sent.stream().map(PgFixture::await).toList();

    ReviewIssue stored = await(adapters.reviewIssues().byId(tenant.id(), issue.id())).orElseThrow();
    assertEquals(2, stored.history().size());
    answers.forEach(answer -> assertEquals(stored, answer));
  }

  @Test
  void concurrentSendersOfOneKeyWithDifferentNotesStoreOneAndTheOthersConflict() {
    Tenant tenant = PgFixture.newTenant(adapters);
    ReviewIssue issue = openIssue(tenant);
    List<CompletableFuture<ReviewIssue>> sent = new ArrayList<>();
    for (int i = 0; i < SENDERS; i++) {
      String note = "note " + i;
      IdempotentRequest request = keyed("shared", "updateReviewIssue", issue.id().value(), "IN_PROGRESS", note)
          .orElseThrow();
      sent.add(adapters.reviewIssues().append(tenant.id(), issue.id(),
          new IssueEntry(NOW.plusSeconds(1), IssueStatus.IN_PROGRESS, note), Optional.empty(), request)
          .toCompletableFuture());
    }
    int stored = 0;
    int conflicts = 0;
    for (CompletableFuture<ReviewIssue> answer : sent) {
      try {
        answer.get(60, TimeUnit.SECONDS);
        stored++;
      } catch (ExecutionException e) {
        assertInstanceOf(IdempotencyConflictException.class, e.getCause());
        conflicts++;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    assertEquals(1, stored);
    assertEquals(SENDERS - 1, conflicts);
    assertEquals(2, await(adapters.reviewIssues().byId(tenant.id(), issue.id())).orElseThrow().history().size());
  }

  @Test
  void concurrentSendersOfOneDefectionKeyGetOneDefection() {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant left = NOW.minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
    NewDefection defection = new NewDefection(ann, left, "TOO_EXPENSIVE", "price", null, null);
    Optional<IdempotentRequest> request = keyed("d-1", "recordDefection", "c000", left, "TOO_EXPENSIVE", "price");
    List<CompletableFuture<Defection>> sent = new ArrayList<>();
    for (int i = 0; i < SENDERS; i++) {
      sent.add(adapters.defections().record(tenant.id(), defection, RULES, NOW, request).toCompletableFuture());
    }
    List<Defection> answers = sent.stream().map(PgFixture::await).toList();
    answers.forEach(answer -> assertEquals(answers.get(0), answer));
    assertEquals(1, await(adapters.defections().byIds(tenant.id(), List.of(answers.get(0).id()))).size());
  }

  @Test
  void aWriteThatFailsLeavesItsKeyFreeForTheWriteThatSucceeds() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Tenant other = PgFixture.newTenant(adapters);
    CustomerId strangers = PgFixture.customers(adapters, other.id(), 1).get(0);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant at = NOW.minus(Duration.ofHours(3));
    Optional<IdempotentRequest> request = keyed("f-1", "recordFollowUp", "c000", at, "ann", null);

    UseCaseException refused = failure(UseCaseException.class, adapters.followUps().record(tenant.id(),
        new NewFollowUp(strangers, at, "ann", null), RULES, NOW, request));
    assertEquals("NOT_FOUND", refused.code());

    FollowUp stored = await(adapters.followUps().record(tenant.id(), new NewFollowUp(ann, at, "ann", null), RULES,
        NOW, request));
    assertEquals(stored, await(adapters.followUps().record(tenant.id(), new NewFollowUp(ann, at, "ann", null), RULES,
        NOW, request)));
    assertEquals(ann, stored.customerId());
  }

  @Test
  void theSameKeyWithAnotherPayloadIsRefusedAndStoresNothing() throws Exception {
    Tenant tenant = PgFixture.newTenant(adapters);
    CustomerId ann = PgFixture.customers(adapters, tenant.id(), 1).get(0);
    Instant at = NOW.minus(Duration.ofHours(3));
    await(adapters.followUps().record(tenant.id(), new NewFollowUp(ann, at, "ann", "first"), RULES, NOW,
        keyed("f-1", "recordFollowUp", "c000", at, "ann", "first")));
    failure(IdempotencyConflictException.class, adapters.followUps().record(tenant.id(),
        new NewFollowUp(ann, at.plusSeconds(60), "ann", "second"), RULES, NOW,
        keyed("f-1", "recordFollowUp", "c000", at.plusSeconds(60), "ann", "second")));
    long followUps = ScratchDatabase.pool().preparedQuery("select count(*) from follow_up where customer_id = $1")
        .execute(Tuple.of(ann.value())).await(10, TimeUnit.SECONDS).iterator().next().getLong(0);
    assertEquals(1, followUps);
    // another mutation's key of the same name is another write
    await(adapters.defections().record(tenant.id(), new NewDefection(ann, at, "OTHER", null, null, null), RULES, NOW,
        keyed("f-1", "recordDefection", "c000", at, "OTHER")));
  }
}
