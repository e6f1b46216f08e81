-- Customer-base models (issue 4): each tenant's latest fit per kind, the fit lease, and the tenant's choice of the
-- count model that drives predictions and health.

create table customer_base_model (
  tenant_id        bigint not null references tenant (id),
  kind             text not null check (kind in ('BG_NBD', 'MBG_NBD', 'GAMMA_GAMMA')),
  -- [{"name": "r", "value": 0.243}, ...] in the published order
  parameters       jsonb not null,
  log_likelihood   double precision not null,
  customers        bigint not null check (customers >= 0),
  period           text not null check (period in ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')),
  calibration_end  date not null,
  -- predicted against actual purchases in a holdout period, when the fit had one
  holdout          jsonb,
  fitted_at        timestamptz not null,
  duration_ms      bigint not null check (duration_ms >= 0),
  primary key (tenant_id, kind)
);

-- One fit per tenant at a time across instances: running_until is a lease that expires by itself (a dead instance
-- frees the tenant), last_attempt_at keeps the scheduled refit from retrying a failing tenant at every check.
create table model_fit (
  tenant_id        bigint primary key references tenant (id),
  running_until    timestamptz,
  last_attempt_at  timestamptz not null
);

alter table tenant add column prediction_model text not null default 'BG_NBD'
  check (prediction_model in ('BG_NBD', 'MBG_NBD'));
