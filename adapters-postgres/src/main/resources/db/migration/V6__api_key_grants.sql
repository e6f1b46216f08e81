-- Issue 5: what each API key may do. Existing keys (and the key `tenant create` prints) keep every scope.
alter table api_key
  add column scopes text[] not null default '{READ,WRITE,ADMIN}'
    check (scopes <@ array['READ', 'WRITE', 'ADMIN']::text[] and cardinality(scopes) > 0),
  -- partners in production: only registered (persisted) documents may run with this key
  add column persisted_queries_only boolean not null default false,
  -- the key's own leaky bucket, when it differs from the server's default (null = default)
  add column bucket_capacity integer check (bucket_capacity > 0),
  add column bucket_refill_per_second integer check (bucket_refill_per_second > 0);
