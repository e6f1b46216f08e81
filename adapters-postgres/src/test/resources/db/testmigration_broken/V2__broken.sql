-- Test-only: deliberately invalid SQL, to check how a failed migration is reported.
CREATE TABEL nope (id bigint);
