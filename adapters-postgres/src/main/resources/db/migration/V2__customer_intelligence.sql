-- Customer intelligence: health, follow-ups, the customers-in-vs-out ledger, defection snapshots.

-- The tenant's health model (weights and thresholds, HealthPolicy); null means the documented defaults.
alter table tenant add column health_model jsonb;

-- The current health assessment lives on the customer row, next to the facts it is derived from, so listings and
-- the segment matrix read one row per customer. It holds until health_next_change: time alone (an overdue
-- purchase, a follow-up deadline) changes it then, and whoever reads first after that instant re-derives it (the
-- catch-up), so no nightly batch is needed. '-infinity' marks a customer whose derived data must be re-derived.
alter table customer
  add column health_score        smallint,
  add column health_band         text,
  add column quiet_defector_type text,
  add column health_signals      jsonb,
  add column health_assessed_at  timestamptz,
  add column health_next_change  timestamptz default '-infinity';
-- every customer stored before this migration gets its health and flow ledger derived by the first catch-up
update customer set health_next_change = '-infinity';
create index customer_health_due on customer (tenant_id, health_next_change) where health_next_change is not null;

-- The lifecycle stage with health: a buying customer whose band is AT_RISK or CRITICAL is AT_RISK.
create function customer_stage(stages text[], stage_changes date[], day date, band text) returns text
  language sql immutable parallel safe
  as $$ select case when s in ('NEW', 'ACTIVE', 'LOYAL', 'WON_BACK') and band in ('AT_RISK', 'CRITICAL')
                    then 'AT_RISK' else s end
        from stage_on(stages, stage_changes, day) as s $$;

-- Health changes (score, band or signals), at the instant they took effect, for the trend and the history line.
create table health_change (
  tenant_id     bigint not null,
  customer_id   bigint not null,
  at            timestamptz not null,
  score         smallint not null,
  band          text not null,
  signals       text[] not null,
  primary key (customer_id, at),
  foreign key (tenant_id, customer_id) references customer (tenant_id, id)
);

-- Someone of the tenant got back to the customer (answers an open contact request).
create table follow_up (
  id           bigint generated always as identity primary key,
  tenant_id    bigint not null,
  customer_id  bigint not null,
  at           timestamptz not null,
  by_whom      text not null,
  notes        text,
  recorded_at  timestamptz not null default now(),
  foreign key (tenant_id, customer_id) references customer (tenant_id, id)
);
create index follow_up_by_customer on follow_up (customer_id, at);

-- The ledger of customers in vs out: every day a customer joined (ACQUIRED, WON_BACK) or left (LOST, LAPSED) the
-- tenant's buying customers, derived from their whole history on every write (future LAPSED days included: they
-- count once the day has come). A period's flow is a range scan of this narrow table.
create table customer_flow_event (
  tenant_id    bigint not null,
  customer_id  bigint not null,
  day          date not null,
  kind         text not null check (kind in ('ACQUIRED', 'WON_BACK', 'LOST', 'LAPSED')),
  -- revenue the customer brought on the day they came in; for those who left, the value the tenant lost
  value        numeric(30, 6) not null default 0,
  primary key (customer_id, day, kind),
  foreign key (tenant_id, customer_id) references customer (tenant_id, id)
);
create index customer_flow_event_by_day on customer_flow_event (tenant_id, day) include (kind, value);

-- Which customers are we losing: the customer's value tier when they left (a rank among the tenant's customers
-- that later purchases of others would change, so it is kept as recorded).
alter table defection add column value_tier text;
