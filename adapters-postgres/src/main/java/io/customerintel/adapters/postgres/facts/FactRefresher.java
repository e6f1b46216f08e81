package io.customerintel.adapters.postgres.facts;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.adapters.postgres.risk.RiskNotices;
import io.customerintel.application.port.out.RiskEvent;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.flow.CustomerFlow;
import io.customerintel.domain.flow.DefectionMark;
import io.customerintel.domain.flow.FlowEvent;
import io.customerintel.domain.flow.FlowKind;
import io.customerintel.domain.health.HealthAssessment;
import io.customerintel.domain.health.HealthChange;
import io.customerintel.domain.health.HealthEvidence;
import io.customerintel.domain.health.HealthTracker;
import io.customerintel.domain.health.HealthUpdate;
import io.customerintel.domain.health.RiskSignal;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.CustomerHistory;
import io.customerintel.domain.lifecycle.LifecycleTimeline;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.survey.SurveyResponseId;
import io.customerintel.domain.tenant.CustomerRules;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Re-derives everything maintained about customers after their history changed, or after time moved them on, inside
 * the caller's transaction: facts, lifecycle timeline, the in/out ledger and health (with its history). The rules are
 * the domain's; this class loads the history, asks the domain, and stores the answers, in six statements for any
 * number of customers.
 */
public final class FactRefresher {
  private static final int VALUE_SCALE = 6;
  /**
   * Locks the customers in id order (concurrent refreshes of one customer serialize here; one order means no cycle)
   * and reads their stored health. Statements after it see every writer that held the lock before.
   */
  private static final String LOCK = "select c.id, " + HealthJson.COLUMNS + ", c.health_assessed_at"
      + " from unnest($2::bigint[]) as w(id) join customer c on c.id = w.id and c.tenant_id = $1"
      + " order by c.id for no key update of c";

  /**
   * Every defection ('d'), purchase day ('p') and stored ledger line ('e') of the customers: index reads per customer
   * glued by UNION ALL. The ids are joined as unnest(array) with lateral reads, never filtered with "= any(array)",
   * whose cached generic plan may scan a whole tenant.
   */
  private static final String LOAD_HISTORY = "select 'd' as kind, d.customer_id, d.id as defection_id,"
      + "   d.occurred_at as at, d.lost_annual_value as amount, null::date as day, null::bigint as purchases,"
      + "   null::timestamptz as last_at, null::text as line"
      + " from unnest($2::bigint[]) as w(id) cross join lateral (select * from defection d0"
      + "   where d0.customer_id = w.id and d0.tenant_id = $1) d"
      + " union all"
      + " select 'p', pd.customer_id, null, pd.first_at, pd.revenue, pd.day, pd.purchases, pd.last_at, null"
      + " from unnest($2::bigint[]) as w(id) cross join lateral"
      + "   (select * from purchase_day pd0 where pd0.customer_id = w.id and pd0.tenant_id = $1) pd"
      + " union all"
      + " select 'e', e.customer_id, null, null, e.value, e.day, null, null, e.kind"
      + " from unnest($2::bigint[]) as w(id) cross join lateral"
      + "   (select * from customer_flow_event e0 where e0.customer_id = w.id and e0.tenant_id = $1) e";

  /** Survey invitations ('s') and follow-ups ('f') of the customers, for their health. */
  private static final String LOAD_ENGAGEMENT = "select 's' as kind, s.customer_id, s.id, s.survey_id, s.sent_at as at,"
      + "   s.responded_at, s.satisfied, s.would_purchase_again, s.likelihood_to_recommend, s.wants_contact"
      + " from unnest($2::bigint[]) as w(id) cross join lateral (select * from survey_response s0"
      + "   where s0.customer_id = w.id and s0.tenant_id = $1) s"
      + " union all"
      + " select 'f', f.customer_id, null, null, f.at, null, null, null, null, null"
      + " from unnest($2::bigint[]) as w(id) cross join lateral (select * from follow_up f0"
      + "   where f0.customer_id = w.id and f0.tenant_id = $1) f";

  /** Facts, timeline and health update in one statement; arrays of arrays travel as their text literals. */
  private static final String STORE = "with facts as ("
      + "  select * from unnest($2::bigint[], $3::bigint[], $4::int[], $5::numeric[], $6::timestamptz[],"
      + "    $7::timestamptz[], $8::date[], $9::date[], $10::date[], $11::timestamptz[], $12::bigint[],"
      + "    $13::text[], $14::text[], $15::smallint[], $16::text[], $17::text[], $18::text[], $19::timestamptz[],"
      // as text: the client cannot encode a null element of a numeric array
      + "    $20::text[]::numeric[])"
      + "    as f(id, purchase_count, purchase_days, revenue, first_purchase_at, last_purchase_at, first_purchase_day,"
      + "      last_purchase_day, last_return_day, latest_defection_at, latest_defection_id, stages, stage_changes,"
      + "      health_score, health_band, quiet_defector_type, health_signals, health_next_change, predicted_value)"
      + "), updated as ("
      + "  update customer c set purchase_count = f.purchase_count, purchase_days = f.purchase_days,"
      + "    revenue = f.revenue, first_purchase_at = f.first_purchase_at, last_purchase_at = f.last_purchase_at,"
      + "    first_purchase_day = f.first_purchase_day, last_purchase_day = f.last_purchase_day,"
      + "    last_return_day = f.last_return_day, latest_defection_at = f.latest_defection_at,"
      + "    latest_defection_id = f.latest_defection_id, stages = f.stages::text[],"
      + "    stage_changes = f.stage_changes::date[], health_score = f.health_score, health_band = f.health_band,"
      + "    quiet_defector_type = f.quiet_defector_type, health_signals = f.health_signals::jsonb,"
      + "    predicted_value = f.predicted_value, health_assessed_at = $21, updated_at = now()"
      + "  from facts f where c.id = f.id and c.tenant_id = $1"
      + "  returning c.id"
      // the summary row is written only when something on it moved (most purchases move revenue and the due time)
      + "), summarized as ("
      + "  update customer_summary r set revenue = f.revenue, first_purchase_day = f.first_purchase_day,"
      + "    stages = f.stages::text[], stage_changes = f.stage_changes::date[], health_band = f.health_band,"
      + "    due_at = f.health_next_change"
      + "  from facts f join updated u on u.id = f.id"
      + "  where r.customer_id = f.id and r.tenant_id = $1 and (r.revenue, r.first_purchase_day, r.stages,"
      + "    r.stage_changes, r.health_band, r.due_at) is distinct from (f.revenue, f.first_purchase_day,"
      + "    f.stages::text[], f.stage_changes::date[], f.health_band, f.health_next_change)"
      + "  returning 1"
      + ") select (select count(*) from updated) as updated, (select count(*) from summarized) as summarized";

  /**
   * Applies the difference between the stored and the derived ledger lines (computed here, from the lines loaded with
   * the history): removed lines by primary key, new or revalued ones upserted. Most purchases only move the future
   * LAPSED day, so a batch touches two lines per buyer, not all of them.
   */
  private static final String STORE_FLOW = "with gone as ("
      + "  delete from customer_flow_event e"
      + "  using unnest($2::bigint[], $3::date[], $4::text[]) as g(customer_id, day, kind)"
      + "  where e.customer_id = g.customer_id and e.day = g.day and e.kind = g.kind and e.tenant_id = $1"
      + "  returning 1"
      + "), put as ("
      + "  insert into customer_flow_event as e (tenant_id, customer_id, day, kind, value)"
      + "  select $1, l.customer_id, l.day, l.kind, l.value"
      + "  from unnest($5::bigint[], $6::date[], $7::text[], $8::numeric[]) as l(customer_id, day, kind, value)"
      + "  on conflict (customer_id, day, kind) do update set value = excluded.value"
      + "  returning 1"
      + ") select (select count(*) from gone) as deleted, (select count(*) from put) as written";

  /**
   * Health changes at the instants they took effect (a second change at the same instant replaces the first), and the
   * risk events (docs/risk-alerts.md) as NOTIFYs in the same statement: PostgreSQL delivers them only when this
   * transaction commits, so a rolled-back write announces nothing, and a batch still costs a fixed number of statements.
   */
  private static final String STORE_HEALTH_CHANGES = "with stored as (insert into health_change as h"
      + " (tenant_id, customer_id, at, score, band, signals)"
      + " select $1, c.customer_id, c.at, c.score, c.band, c.signals::text[]"
      + " from unnest($2::bigint[], $3::timestamptz[], $4::smallint[], $5::text[], $6::text[])"
      + "   as c(customer_id, at, score, band, signals)"
      + " on conflict (customer_id, at) do update set score = excluded.score, band = excluded.band,"
      + "   signals = excluded.signals returning 1)"
      + " select (select count(*) from stored) as stored, count(pg_notify('" + RiskNotices.CHANNEL + "', n.p))"
      + "   as notified from unnest($7::text[]) as n(p)";

  private final Sql sql;

  public FactRefresher(Sql sql) {
    this.sql = sql;
  }

  /**
   * Locks and refreshes the tenant's customers after their data changed (other tenants' ids are ignored): health is
   * judged at {@code now}. Customers without any history are refreshed too.
   */
  public Future<Void> refresh(SqlConnection conn, long tenantId, Long[] customerIds, CustomerRules rules, Instant now) {
    return refresh(conn, tenantId, customerIds, rules, now, false);
  }

  /**
   * Locks and refreshes customers after time alone moved them on (nothing was recorded since their last refresh):
   * their health changes are replayed at the instants they took effect.
   */
  public Future<Void> catchUp(SqlConnection conn, long tenantId, Long[] customerIds, CustomerRules rules,
                              Instant now) {
    return refresh(conn, tenantId, customerIds, rules, now, true);
  }

  private Future<Void> refresh(SqlConnection conn, long tenantId, Long[] customerIds, CustomerRules rules, Instant now,
                               boolean timeDriven) {
    if (customerIds.length == 0) {
      return Future.succeededFuture();
    }
    return sql.run(conn, LOCK, Sql.args(tenantId, customerIds)).compose(locked -> {
      Map<Long, Loaded> histories = new TreeMap<>();
      for (Row row : locked) {
        Loaded loaded = new Loaded(row.getLong("id"));
        loaded.health = HealthJson.assessment(row);
        loaded.assessedAt = Rows.instant(row, "health_assessed_at");
        histories.put(loaded.id, loaded);
      }
      if (histories.isEmpty()) {
        return Future.<Void>succeededFuture();
      }
      Long[] ids = histories.keySet().toArray(Long[]::new);
      return sql.run(conn, LOAD_HISTORY, Sql.args(tenantId, ids))
          .compose(rows -> {
            addHistory(histories, rows);
            return sql.run(conn, LOAD_ENGAGEMENT, Sql.args(tenantId, ids));
          })
          .compose(rows -> {
            addEngagement(histories, rows);
            Derived derived = derive(histories, rules, now, timeDriven);
            return sql.run(conn, STORE, derived.store(tenantId, now))
                .compose(done -> sql.run(conn, STORE_FLOW, derived.flow(tenantId)))
                .compose(done -> sql.run(conn, STORE_HEALTH_CHANGES, derived.changes(tenantId)
                    .addValue(derived.risks(tenantId, now).stream().map(RiskNotices::encode).toArray(String[]::new))))
                .mapEmpty();
          });
    });
  }

  private static void addHistory(Map<Long, Loaded> histories, Iterable<Row> rows) {
    for (Row row : rows) {
      Loaded loaded = histories.get(row.getLong("customer_id"));
      String kind = row.getString("kind");
      if ("d".equals(kind)) {
        loaded.defections.add(new Loaded.Defection(row.getLong("defection_id"), Rows.instant(row, "at"),
            row.getBigDecimal("amount")));
      } else if ("e".equals(kind)) {
        loaded.storedLines.add(new FlowEvent(row.getLocalDate("day"), FlowKind.valueOf(row.getString("line")),
            row.getBigDecimal("amount")));
      } else {
        loaded.days.add(new PurchaseDayTotal(row.getLocalDate("day"), row.getLong("purchases"),
            row.getBigDecimal("amount"), Rows.instant(row, "at"), Rows.instant(row, "last_at")));
      }
    }
  }

  private static void addEngagement(Map<Long, Loaded> histories, Iterable<Row> rows) {
    for (Row row : rows) {
      Loaded loaded = histories.get(row.getLong("customer_id"));
      if ("s".equals(row.getString("kind"))) {
        Short recommend = row.getShort("likelihood_to_recommend");
        loaded.surveys.add(new SurveyResponse(new SurveyResponseId(row.getLong("id")), new CustomerId(loaded.id),
            row.getString("survey_id"), Rows.instant(row, "at"), Rows.instant(row, "responded_at"),
            row.getBoolean("satisfied"), row.getBoolean("would_purchase_again"),
            recommend == null ? null : recommend.intValue(), row.getBoolean("wants_contact"), null));
      } else {
        loaded.followUps.add(Rows.instant(row, "at"));
      }
    }
  }

  private static Derived derive(Map<Long, Loaded> histories, CustomerRules rules, Instant now, boolean timeDriven) {
    Derived derived = new Derived();
    HealthTracker tracker = rules.healthTracker();
    for (Loaded loaded : histories.values()) {
      loaded.days.sort(Comparator.comparing(PurchaseDayTotal::day));
      Loaded.Defection latest = loaded.latestDefection();
      CustomerFacts facts = rules.lifecycle().summarize(new CustomerHistory(loaded.days,
          Optional.ofNullable(latest == null ? null : latest.at())));
      LifecycleTimeline timeline = rules.lifecycle().timeline(facts);
      List<DefectionMark> marks = loaded.defections.stream().map(d -> new DefectionMark(d.at(), d.lostAnnualValue()))
          .toList();
      List<FlowEvent> flow = CustomerFlow.events(loaded.days, marks, rules.zone(), rules.lifecycle());
      HealthUpdate health = tracker.update(
          new HealthEvidence(loaded.days, loaded.surveys, loaded.followUps, rules.zone()), now, loaded.health,
          loaded.assessedAt, timeDriven);
      derived.add(loaded.id, facts, latest == null ? null : latest.id(), TimelineColumns.of(timeline), health,
          yearAheadValue(rules, facts, loaded.days, now));
      derived.risk(loaded.id, loaded.health, health.current());
      derived.lines(loaded.id, loaded.storedLines, flow);
    }
    return derived;
  }

  /** The value win-back lists rank by (docs/win-back.md), rounded finer than any currency's minor unit. */
  private static BigDecimal yearAheadValue(CustomerRules rules, CustomerFacts facts, List<PurchaseDayTotal> days,
                                           Instant now) {
    if (rules.prediction() == null || days.isEmpty()) {
      return null;
    }
    return rules.prediction().yearAheadValue(facts, days.get(0).revenue(), LocalDate.ofInstant(now, rules.zone()))
        .map(value -> BigDecimal.valueOf(value).setScale(VALUE_SCALE, RoundingMode.HALF_EVEN)).orElse(null);
  }

  /** One customer's stored history as loaded. */
  private static final class Loaded {
    record Defection(long id, Instant at, BigDecimal lostAnnualValue) {}

    final long id;
    final List<PurchaseDayTotal> days = new ArrayList<>();
    final List<Defection> defections = new ArrayList<>();
    final List<SurveyResponse> surveys = new ArrayList<>();
    final List<Instant> followUps = new ArrayList<>();
    final List<FlowEvent> storedLines = new ArrayList<>();
    HealthAssessment health;
    Instant assessedAt;

    Loaded(long id) {
      this.id = id;
    }

    /** The latest defection: latest time, then highest id. */
    Defection latestDefection() {
      Defection latest = null;
      for (Defection d : defections) {
        if (latest == null || d.at().isAfter(latest.at()) || (d.at().equals(latest.at()) && d.id() > latest.id())) {
          latest = d;
        }
      }
      return latest;
    }
  }

  /** The derived data of all refreshed customers as the columns of the three store statements. */
  private static final class Derived {
    private final List<Object[]> customers = new ArrayList<>();
    private final List<Object[]> removedLines = new ArrayList<>();
    private final List<Object[]> putLines = new ArrayList<>();
    private final List<Object[]> changes = new ArrayList<>();
    private final List<RiskChange> riskChanges = new ArrayList<>();

    /** Remembers a customer whose risk went up (docs/risk-alerts.md), to be announced with this transaction. */
    void risk(long id, HealthAssessment previous, HealthAssessment current) {
      RiskChange.of(id, previous, current).ifPresent(riskChanges::add);
    }

    List<RiskEvent> risks(long tenantId, Instant now) {
      return riskChanges.stream().map(change -> change.event(new TenantId(tenantId), now)).toList();
    }

    void add(long id, CustomerFacts facts, Long defectionId, TimelineColumns timeline, HealthUpdate health,
             BigDecimal predictedValue) {
      HealthAssessment current = health.current();
      customers.add(new Object[] {id, facts.purchaseCount(), facts.purchaseDays(), facts.revenue(),
          Rows.utc(facts.firstPurchaseAt()), Rows.utc(facts.lastPurchaseAt()), facts.firstPurchaseDay(),
          facts.lastPurchaseDay(), facts.lastReturnDay(), Rows.utc(facts.latestDefectionAt()), defectionId,
          timeline.stagesLiteral(), timeline.changesLiteral(), (short) current.score(), current.band().name(),
          current.quietDefectorType() == null ? null : current.quietDefectorType().name(),
          HealthJson.signals(current.signals()), health.nextChange().map(Rows::utc).orElse(null),
          predictedValue == null ? null : predictedValue.toPlainString()});
      for (HealthChange change : health.changes()) {
        HealthAssessment a = change.assessment();
        changes.add(new Object[] {id, Rows.utc(change.at()), (short) a.score(), a.band().name(),
            codesLiteral(a.signals())});
      }
    }

    /** The lines to delete (stored, no longer derived) and to upsert (new, or with another value). */
    void lines(long id, List<FlowEvent> stored, List<FlowEvent> derived) {
      Map<String, FlowEvent> wanted = new HashMap<>();
      derived.forEach(line -> wanted.put(line.day() + line.kind().name(), line));
      for (FlowEvent line : stored) {
        FlowEvent kept = wanted.remove(line.day() + line.kind().name());
        if (kept == null) {
          removedLines.add(new Object[] {id, line.day(), line.kind().name()});
        } else if (kept.value().compareTo(line.value()) != 0) {
          putLines.add(new Object[] {id, kept.day(), kept.kind().name(), kept.value()});
        }
      }
      wanted.values().forEach(line -> putLines.add(new Object[] {id, line.day(), line.kind().name(), line.value()}));
    }

    Tuple store(long tenantId, Instant now) {
      Tuple tuple = columns(tenantId, customers, new Object[][] {new Long[0], new Long[0], new Integer[0],
          new BigDecimal[0], new OffsetDateTime[0], new OffsetDateTime[0], new LocalDate[0], new LocalDate[0],
          new LocalDate[0], new OffsetDateTime[0], new Long[0], new String[0], new String[0], new Short[0],
          new String[0], new String[0], new String[0], new OffsetDateTime[0], new String[0]});
      return tuple.addValue(Rows.utc(now));
    }

    Tuple flow(long tenantId) {
      Tuple tuple = columns(tenantId, removedLines, new Object[][] {new Long[0], new LocalDate[0], new String[0]});
      Tuple put = columns(tenantId, putLines, new Object[][] {new Long[0], new LocalDate[0], new String[0],
          new BigDecimal[0]});
      for (int i = 1; i < put.size(); i++) {
        tuple.addValue(put.getValue(i));
      }
      return tuple;
    }

    Tuple changes(long tenantId) {
      return columns(tenantId, changes, new Object[][] {new Long[0], new OffsetDateTime[0], new Short[0],
          new String[0], new String[0]});
    }

    /** Turns rows into one typed array per column (the types given by the empty arrays), after the tenant id. */
    private static Tuple columns(long tenantId, List<Object[]> rows, Object[][] types) {
      Tuple tuple = Tuple.tuple().addValue(tenantId);
      for (int column = 0; column < types.length; column++) {
        Object[] values = Arrays.copyOf((Object[]) types[column], rows.size(),
            ((Object[]) types[column]).getClass());
        for (int row = 0; row < rows.size(); row++) {
          values[row] = rows.get(row)[column];
        }
        tuple.addValue(values);
      }
      return tuple;
    }

    private static String codesLiteral(List<RiskSignal> signals) {
      return "{" + String.join(",", signals.stream().map(RiskSignal::code).sorted().toList()) + "}";
    }
  }
}
