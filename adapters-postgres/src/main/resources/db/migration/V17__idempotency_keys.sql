-- Idempotency keys of ingestion writes (docs/idempotency.md). A key is stored in the same transaction as the write
-- it names, so an acknowledged write has its key and an unacknowledged one has neither. Scoped per tenant and
-- mutation: the same key sent with two mutations names two writes.
create table idempotency_key (
  tenant_id    bigint not null references tenant (id),
  mutation     text not null,
  key          text not null check (length(key) between 1 and 255),
  -- SHA-256 of the payload: the same key with another fingerprint is IDEMPOTENCY_CONFLICT
  fingerprint  text not null,
  -- what the write answered, as numbers its adapter reads back (the ids it stored or found, or a batch's count)
  answer       bigint[] not null default '{}',
  created_at   timestamptz not null default now(),
  primary key (tenant_id, mutation, key)
);
