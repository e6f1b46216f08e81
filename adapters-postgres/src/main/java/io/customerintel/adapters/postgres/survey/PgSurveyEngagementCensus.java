package io.customerintel.adapters.postgres.survey;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.SurveyEngagementCensus;
import io.customerintel.domain.survey.EngagementCounts;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * One range scan of the (tenant_id, sent_at) index over the report's instants; width_bucket numbers each invitation
 * by its span, so every period is summed in the same pass. The boundaries are tenant-local midnights computed by
 * Java's zone rules, so SQL needs no time zone.
 */
public final class PgSurveyEngagementCensus implements SurveyEngagementCensus {
  private static final String COUNT = "select width_bucket(s.sent_at, $2::timestamptz[]) as bucket,"
      + " count(*) as invitations, count(s.responded_at) as responses,"
      + " count(s.likelihood_to_recommend) as recommend_answers,"
      + " count(*) filter (where s.likelihood_to_recommend >= " + EngagementCounts.PROMOTER_FROM + ") as promoters,"
      + " count(*) filter (where s.likelihood_to_recommend <= " + EngagementCounts.DETRACTOR_UP_TO + ") as detractors,"
      + " count(s.satisfied) as satisfied_answers, count(*) filter (where s.satisfied) as satisfied,"
      + " count(s.would_purchase_again) as again_answers, count(*) filter (where s.would_purchase_again) as again"
      + " from survey_response s"
      + " where s.tenant_id = $1 and s.sent_at >= $3 and s.sent_at < $4"
      + " group by 1";

  private final Sql sql;

  public PgSurveyEngagementCensus(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<List<EngagementCounts>> count(TenantId tenantId, List<Instant> boundaries) {
    OffsetDateTime[] instants = boundaries.stream().map(Rows::utc).toArray(OffsetDateTime[]::new);
    int spans = instants.length - 1;
    return sql.run(COUNT, Sql.args(tenantId.value(), instants, instants[0], instants[spans])).map(rows -> {
      List<EngagementCounts> counts = new ArrayList<>(Collections.nCopies(spans, EngagementCounts.NONE));
      for (Row row : rows) {
        counts.set(row.getInteger("bucket") - 1, new EngagementCounts(row.getLong("invitations"),
            row.getLong("responses"), row.getLong("recommend_answers"), row.getLong("promoters"),
            row.getLong("detractors"), row.getLong("satisfied_answers"), row.getLong("satisfied"),
            row.getLong("again_answers"), row.getLong("again")));
      }
      return counts;
    }).toCompletionStage();
  }
}
