-- A synthetic customer base for bench/reports.sh: :customers customers of tenant :tenant (one in ten a prospect),
-- three purchase days each, one defection in seventeen customers, a flow ledger of about 1.4 events per customer.
-- Facts and timelines are plausible, not derived: the benchmark measures reads, not the rules.
insert into customer (tenant_id, external_id, name, attributes, first_seen_at, purchase_count, purchase_days, revenue,
  first_purchase_at, last_purchase_at, first_purchase_day, last_purchase_day, stages, stage_changes, health_band,
  health_score, health_next_change)
select :tenant, 'B' || lpad(g::text, 8, '0'), 'Customer ' || g,
  jsonb_build_object('segment', g % 7, 'region', 'r' || (g % 13)), now() - (g % 1500) * interval '1 day',
  case when g % 10 = 0 then 0 else 3 end, case when g % 10 = 0 then 0 else 3 end,
  case when g % 10 = 0 then 0 else round((random() * 2000)::numeric, 2) end,
  case when g % 10 = 0 then null else now() - (g % 1500) * interval '1 day' end,
  case when g % 10 = 0 then null else now() - (g % 200) * interval '1 day' end,
  case when g % 10 = 0 then null else current_date - (g % 1500) end,
  case when g % 10 = 0 then null else current_date - (g % 200) end,
  case when g % 10 = 0 then '{PROSPECT}'::text[] when g % 17 = 0 then '{NEW,ACTIVE,LOST}'::text[]
       else '{NEW,ACTIVE,INACTIVE}'::text[] end,
  case when g % 10 = 0 then '{}'::date[]
       else array[current_date - (g % 1500) + 91, current_date - (g % 1500) + 91 + 1 + (g % 700)]::date[] end,
  (array['HEALTHY', 'NEUTRAL', 'AT_RISK', 'CRITICAL'])[1 + g % 4], 50, 'infinity'
from generate_series(1, :customers) g;
insert into purchase_day (tenant_id, customer_id, day, purchases, revenue, first_at, last_at)
select :tenant, c.id, c.first_purchase_day + k * 97, 1, 25, now(), now()
from customer c, generate_series(0, 2) k where c.tenant_id = :tenant and c.first_purchase_day is not null;
insert into defection (tenant_id, customer_id, occurred_at, reason_code, lost_annual_value, value_tier)
select :tenant, c.id, now() - (c.id % 1000) * interval '1 day' - interval '3 hours',
  (array['TOO_EXPENSIVE', 'POOR_SERVICE', 'MOVED_OR_CLOSED', 'OTHER'])[1 + c.id % 4],
  case when c.id % 2 = 0 then 500 end, (array['TOP', 'HIGH', 'MEDIUM', 'LOW'])[1 + c.id % 4]
from customer c where c.tenant_id = :tenant and c.id % 17 = 0;
insert into customer_flow_event (tenant_id, customer_id, day, kind, value)
select :tenant, c.id, c.first_purchase_day + e.offset_days, e.kind, e.value
from customer c
join (values (0, 'ACQUIRED', 25, 1), (300, 'LAPSED', 100, 3), (500, 'WON_BACK', 30, 6), (700, 'LOST', 200, 12))
  as e(offset_days, kind, value, every) on c.id % e.every = 0
where c.tenant_id = :tenant and c.first_purchase_day is not null;
analyze;
