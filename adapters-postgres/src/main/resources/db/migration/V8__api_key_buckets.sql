-- Issue 5: each API key's leaky bucket of query cost points, shared by every server instance. `tokens` is the level
-- at `updated_at`; the level now is that plus the refill since, up to the capacity. Capacity and refill rate are not
-- stored: they come with each take (the key's own from api_key, else the server's defaults), so changing them needs
-- no migration of the buckets.
create table api_key_bucket (
  key_id      bigint primary key references api_key (id),
  tokens      double precision not null check (tokens >= 0),
  updated_at  timestamptz not null
);

-- One take, atomic: the row lock serializes concurrent takes of one key (on any instance), and the database clock
-- (read after the lock is held) is the one clock every instance agrees on. A new bucket starts full. The cost is
-- removed only if the refilled level covers it; the answer is whether it was, and the level left.
create function take_api_key_tokens(p_key_id bigint, p_capacity double precision,
                                    p_refill_per_second double precision, p_cost double precision,
                                    out taken boolean, out available double precision)
language plpgsql as $$
declare
  stored double precision;
  stamp timestamptz;
  at_now timestamptz;
begin
  insert into api_key_bucket (key_id, tokens, updated_at) values (p_key_id, p_capacity, clock_timestamp())
    on conflict (key_id) do nothing;
  select b.tokens, b.updated_at into stored, stamp from api_key_bucket b where b.key_id = p_key_id for update;
  -- never backwards: a take that read the clock first may commit after one that read it later
  at_now := greatest(clock_timestamp(), stamp);
  available := least(p_capacity, stored + p_refill_per_second * extract(epoch from at_now - stamp)::double precision);
  taken := available >= p_cost;
  if taken then
    available := available - p_cost;
  end if;
  update api_key_bucket set tokens = available, updated_at = at_now where key_id = p_key_id;
end
$$;
