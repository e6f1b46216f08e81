package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.SurveyEngagementDto;
import io.customerintel.application.port.in.DateRange;
import io.customerintel.application.port.in.ViewSurveyEngagementUseCase;
import io.customerintel.domain.analytics.Interval;
import java.util.concurrent.CompletableFuture;

/** Query.surveyEngagement. */
public final class SurveyEngagementWiring {
  private final UseCases useCases;

  public SurveyEngagementWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type.dataFetcher("surveyEngagement", this::surveyEngagement));
  }

  private CompletableFuture<SurveyEngagementDto> surveyEngagement(DataFetchingEnvironment env) {
    var query = new ViewSurveyEngagementUseCase.Query(Fetchers.tenant(env),
        new DateRange(env.getArgument("from"), env.getArgument("to")),
        Fetchers.enumValue(env.getArgument("interval"), Interval.class));
    return useCases.surveyEngagement().surveyEngagement(query).thenApply(SurveyEngagementDto::of)
        .toCompletableFuture();
  }
}
