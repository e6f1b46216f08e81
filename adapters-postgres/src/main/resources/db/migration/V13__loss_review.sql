-- The monthly customer-loss review (docs/loss-review.md). A row marks the month's review as started; its defections
-- are read from the defection table at every look, so defections recorded later for the month join it.
create table loss_review (
  tenant_id   bigint not null references tenant (id),
  -- the month's first day; months are calendar months in the tenant's time zone
  month       date not null check (extract(day from month) = 1),
  started_at  timestamptz not null,
  primary key (tenant_id, month)
);
