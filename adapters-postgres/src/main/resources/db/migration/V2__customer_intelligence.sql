-- Customer intelligence: health, follow-ups, the customers-in-vs-out ledger, defection snapshots.

-- The tenant's health model (weights and thresholds, HealthPolicy); null means the documented defaults.
alter table tenant add column health_model jsonb;

-- The current health assessment lives on the customer row, next to the facts it is derived from, so listings and
-- the segment matrix read one row per customer. None of these columns is indexed, so updating them stays a HOT
-- update (an index on a column that every purchase rewrites made ingestion about five times slower).
alter table customer
  add column health_score        smallint,
  add column health_band         text,
  add column quiet_defector_type text,
  add column health_signals      jsonb,
  add column health_assessed_at  timestamptz;

-- A narrow copy of what the tenant-wide reads need of each customer, kept by the same refresh as the customer row:
-- the segment matrix scans these rows (a fraction of the width of customer rows with names, attributes and
-- signals), value tiers are ranked and revenue-ordered listings (the default of BI pulls, the at-risk work list)
-- walk its revenue index and stop at the page size instead of sorting a tenant's customers. It is a table of its
-- own so that its indexes do not turn the customer row's updates into non-HOT ones (an index on a customer column
-- that every purchase rewrites made ingestion about five times slower).
--
-- due_at: when time alone next changes the customer's derived data (an overdue purchase, a follow-up deadline);
-- whoever reads first after that instant re-derives the customer (the catch-up), so no nightly batch is needed.
-- Null: time alone changes nothing; '-infinity': must be derived (new customers, a changed health model, rows
-- stored before this migration).
create table customer_summary (
  tenant_id           bigint not null,
  customer_id         bigint primary key,
  revenue             numeric(30, 6) not null,
  first_purchase_day  date,
  stages              text[] not null,
  stage_changes       date[] not null,
  health_band         text,
  due_at              timestamptz,
  foreign key (tenant_id, customer_id) references customer (tenant_id, id)
);
create index customer_summary_by_revenue on customer_summary (tenant_id, revenue, customer_id);
create index customer_summary_due on customer_summary (tenant_id, due_at) where due_at is not null;
insert into customer_summary (tenant_id, customer_id, revenue, first_purchase_day, stages, stage_changes, due_at)
  select tenant_id, id, revenue, first_purchase_day, stages, stage_changes, '-infinity' from customer;

-- customer_stage (the lifecycle stage with health applied) is defined in V3, with stage_on made inlinable.

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
  foreign key (tenant_id, customer_id) references customer (tenant_id, id),
  -- a retry of the same follow-up stores it once; the key also serves the per-customer read
  unique (customer_id, at, by_whom)
);

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
