-- Win-back workflow (issue 6): attempts to win customers back, the tenant's review cadence and its list reviews.

-- Absent row: the default cadence (6 months). Kept apart from tenant so the setting stays with its feature.
create table win_back_setting (
  tenant_id              bigint primary key references tenant (id),
  review_cadence_months  integer not null check (review_cadence_months between 1 and 24)
);

create table win_back_review (
  tenant_id    bigint not null references tenant (id),
  kind         text not null check (kind in ('INACTIVE', 'LOST', 'UNCONVERTED_PROSPECT')),
  reviewed_at  timestamptz not null,
  primary key (tenant_id, kind)
);

-- kind is the list the customer was on when attempted: it is history, so it is stored, not re-derived.
create table win_back_attempt (
  id             bigint generated always as identity primary key,
  tenant_id      bigint not null,
  customer_id    bigint not null,
  kind           text not null check (kind in ('INACTIVE', 'LOST', 'UNCONVERTED_PROSPECT')),
  channel        text not null,
  outcome        text not null,
  notes          text,
  attempted_at   timestamptz not null,
  attempted_day  date not null,
  recorded_at    timestamptz not null default now(),
  foreign key (tenant_id, customer_id) references customer (tenant_id, id),
  -- the idempotency key: a retried recording finds the stored attempt
  unique (customer_id, attempted_at, channel)
);
create index win_back_attempt_by_tenant on win_back_attempt (tenant_id, attempted_day);
create index win_back_attempt_by_customer on win_back_attempt (customer_id, attempted_at desc, id desc);
