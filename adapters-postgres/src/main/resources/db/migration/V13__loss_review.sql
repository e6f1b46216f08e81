-- The monthly customer-loss review (docs/loss-review.md). A row marks the month's review as started; its defections
-- are read from the defection table at every look, so defections recorded later for the month join it.
create table loss_review (
  tenant_id   bigint not null references tenant (id),
  -- the month's first day; months are calendar months in the tenant's time zone
  month       date not null check (extract(day from month) = 1),
  started_at  timestamptz not null,
  primary key (tenant_id, month)
);

-- A loss-review call: one lost customer an executive calls, and how it went (set once, together).
create table loss_review_call (
  id                        bigint generated always as identity primary key,
  tenant_id                 bigint not null,
  month                     date not null,
  executive                 text not null,
  customer_id               bigint not null,
  defection_id              bigint not null references defection (id),
  assigned_at               timestamptz not null,
  reached                   boolean,
  confirmed_reason_code     text,
  would_consider_returning  boolean,
  notes                     text,
  outcome_at                timestamptz,
  foreign key (tenant_id, month) references loss_review (tenant_id, month),
  foreign key (tenant_id, customer_id) references customer (tenant_id, id),
  foreign key (tenant_id, confirmed_reason_code) references defection_reason (tenant_id, code),
  check ((reached is null) = (outcome_at is null)),
  -- a customer is called once, in one review only: concurrent assigns cannot call them twice
  unique (tenant_id, customer_id)
);
create index loss_review_call_by_month on loss_review_call (tenant_id, month, id);

-- the reason first recorded, kept when a loss-review call confirmed another one; null while never changed
alter table defection add column original_reason_code text;
