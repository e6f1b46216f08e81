-- The save desk (docs/save-desk.md): a customer's request to cancel, and the one attempt that closes it.
create table cancellation_request (
  id             bigint generated always as identity primary key,
  tenant_id      bigint not null references tenant (id),
  customer_id    bigint not null,
  reason_code    text not null,
  requested_at   timestamptz not null,
  -- the day in the tenant's zone when it was recorded: the stats count by it
  requested_day  date not null,
  -- null while open; the attempt's columns are set together, once
  outcome        text check (outcome in ('SAVED', 'LOST', 'NOT_PURSUED')),
  offer          text,
  notes          text,
  attempted_at   timestamptz,
  recorded_at    timestamptz not null default now(),
  foreign key (tenant_id, reason_code) references defection_reason (tenant_id, code),
  foreign key (tenant_id, customer_id) references customer (tenant_id, id),
  check ((outcome is null) = (attempted_at is null)),
  -- a retry of the same request stores it once
  unique (customer_id, requested_at, reason_code)
);
create index cancellation_request_by_day on cancellation_request (tenant_id, requested_day);
