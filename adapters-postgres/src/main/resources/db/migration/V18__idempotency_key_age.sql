-- Idempotency keys are kept for a retention period (docs/idempotency.md), then forgotten oldest first: the purge
-- finds them by age.
create index idempotency_key_by_age on idempotency_key (created_at);
