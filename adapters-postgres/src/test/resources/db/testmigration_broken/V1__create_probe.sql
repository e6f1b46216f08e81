-- Test-only: a good first step before the broken one.
CREATE TABLE setup_probe (id bigint PRIMARY KEY);
