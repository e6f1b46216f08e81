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

-- An issue a review agreed drives customers away; shown from its month on until the month it was resolved in.
create table review_issue (
  id              bigint generated always as identity primary key,
  tenant_id       bigint not null,
  month           date not null,
  title           text not null,
  -- checked against the tenant's defection reasons when raised (an array cannot carry a foreign key)
  reason_codes    text[] not null,
  priority        text not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
  owner           text not null,
  resolved_month  date,
  foreign key (tenant_id, month) references loss_review (tenant_id, month),
  -- raising the same title in the same month again is a retry
  unique (tenant_id, month, title)
);
create index review_issue_by_month on review_issue (tenant_id, month);

-- An issue's history: the status from then on and the note given with it; the first entry is the raise (OPEN).
create table review_issue_entry (
  id        bigint generated always as identity primary key,
  issue_id  bigint not null references review_issue (id),
  at        timestamptz not null,
  status    text not null check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED')),
  note      text
);
create index review_issue_entry_by_issue on review_issue_entry (issue_id, id);
