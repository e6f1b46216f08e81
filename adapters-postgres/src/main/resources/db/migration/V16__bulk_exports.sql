-- Bulk exports (issue 7): one row per job. The partial unique index is the "one running export per API key" rule,
-- held by the database so that it holds across server instances.
create table bulk_export (
  id            bigint generated always as identity primary key,
  tenant_id     bigint not null references tenant (id),
  api_key_id    bigint not null references api_key (id),
  status        text not null check (status in ('CREATED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELED')),
  document      text not null,
  columns       text[] not null,
  object_count  bigint not null default 0,
  file_size     bigint not null default 0,
  file_name     text,
  created_at    timestamptz not null,
  updated_at    timestamptz not null default now(),
  completed_at  timestamptz,
  expires_at    timestamptz not null,
  error_code    text
);
create unique index bulk_export_one_active_per_key on bulk_export (api_key_id) where status in ('CREATED', 'RUNNING');
-- the expiry sweep: files still on disk, by expiry
create index bulk_export_expiring on bulk_export (expires_at) where file_name is not null;
