-- Analytics: the tenant-wide reports read the stage of every customer of a tenant in one statement.

-- stage_on and customer_stage become single expressions that PostgreSQL inlines into the calling query, instead of
-- calling a SQL function with a subquery per row: that cost about 30 us a row, half a minute for a million customers;
-- inlined, the whole segment matrix of a million customers takes well under a second. The answers are the same:
-- stage_changes is strictly ascending (the periods of a timeline follow each other), and width_bucket counts the
-- change days on or before the day by binary search, as the count over unnest did.
create or replace function stage_on(stages text[], stage_changes date[], day date) returns text
  language sql immutable parallel safe
  as $$ select stages[1 + width_bucket(day, stage_changes)] $$;

-- The lifecycle stage with health: a buying customer whose band is AT_RISK or CRITICAL is AT_RISK.
create or replace function customer_stage(stages text[], stage_changes date[], day date, band text) returns text
  language sql immutable parallel safe
  as $$ select case when band in ('AT_RISK', 'CRITICAL')
                     and stage_on(stages, stage_changes, day) in ('NEW', 'ACTIVE', 'LOYAL', 'WON_BACK')
                    then 'AT_RISK' else stage_on(stages, stage_changes, day) end $$;
