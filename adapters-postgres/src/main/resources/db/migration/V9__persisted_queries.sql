-- Issue 5: automatic persisted queries. Global by hash: the hash names the document text, which holds no tenant data;
-- only documents that parsed and validated against the schema are registered, and their length is limited.
create table persisted_query (
  sha256     text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  document   text not null,
  created_at timestamptz not null default now()
);
