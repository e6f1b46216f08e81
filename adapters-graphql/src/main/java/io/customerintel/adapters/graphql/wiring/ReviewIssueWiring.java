package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.adapters.graphql.Loaders;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.LossReviewDto;
import io.customerintel.adapters.graphql.dto.ReviewIssueDto;
import io.customerintel.application.port.in.ReviewIssuesUseCase;
import io.customerintel.application.port.in.UserError;
import io.customerintel.domain.lossreview.IssuePriority;
import io.customerintel.domain.lossreview.IssueStatus;
import io.customerintel.domain.lossreview.ReviewIssueId;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.validation.ProblemCodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The loss reviews' issues: the mutations, LossReview.issues and ReviewIssue's reasons (docs/loss-review.md). */
public final class ReviewIssueWiring {
  private final UseCases useCases;

  public ReviewIssueWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", type -> type
        .dataFetcher("raiseReviewIssue", this::raiseReviewIssue)
        .dataFetcher("updateReviewIssue", this::updateReviewIssue));
    wiring.type("LossReview", type -> type.dataFetcher("issues", this::issues));
    wiring.type("ReviewIssue", type -> type.dataFetcher("reasons", env -> {
      ReviewIssueDto issue = env.getSource();
      return Fetchers.<String, Object>loader(env, Loaders.REASONS).loadMany(issue.reasonCodes());
    }));
  }

  /** The tenant's issue with this id, or null: another tenant's is not found. */
  static CompletableFuture<Object> node(UseCases useCases, DataFetchingEnvironment env, long id) {
    return useCases.reviewIssues().reviewIssue(Fetchers.tenant(env), new ReviewIssueId(id))
        .<Object>thenApply(issue -> issue.map(ReviewIssueDto::of).orElse(null)).toCompletableFuture();
  }

  private CompletableFuture<List<ReviewIssueDto>> issues(DataFetchingEnvironment env) {
    LossReviewDto review = env.getSource();
    ReviewMonth month = ReviewMonth.parse(review.month()).orElseThrow();
    return useCases.reviewIssues().issuesShownIn(Fetchers.tenant(env), month)
        .thenApply(found -> found.stream().map(ReviewIssueDto::of).toList()).toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> raiseReviewIssue(DataFetchingEnvironment env) {
    var command = new ReviewIssuesUseCase.Raise(Fetchers.tenant(env), env.getArgument("month"),
        env.getArgument("title"), env.getArgument("reasonCodes"),
        Fetchers.enumValue(env.getArgument("priority"), IssuePriority.class), env.getArgument("owner"));
    return useCases.reviewIssues().raiseReviewIssue(command).thenApply(ReviewIssueWiring::payload)
        .toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> updateReviewIssue(DataFetchingEnvironment env) {
    GlobalIds.Decoded id = GlobalIds.decode(env.getArgument("id"));
    if (!GlobalIds.REVIEW_ISSUE.equals(id.type())) {
      return CompletableFuture.completedFuture(payload(new ReviewIssuesUseCase.Result(Optional.empty(),
          List.of(new UserError(null, List.of("id"), "the id is not a review issue's", ProblemCodes.NOT_FOUND)))));
    }
    var command = new ReviewIssuesUseCase.Update(Fetchers.tenant(env), new ReviewIssueId(id.id()),
        Fetchers.enumValue(env.getArgument("status"), IssueStatus.class), env.getArgument("progressNote"),
        env.getArgument("idempotencyKey"));
    return useCases.reviewIssues().updateReviewIssue(command).thenApply(ReviewIssueWiring::payload)
        .toCompletableFuture();
  }

  private static Map<String, Object> payload(ReviewIssuesUseCase.Result result) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("issue", result.issue().map(ReviewIssueDto::of).orElse(null));
    payload.put("userErrors", result.userErrors());
    return payload;
  }
}
