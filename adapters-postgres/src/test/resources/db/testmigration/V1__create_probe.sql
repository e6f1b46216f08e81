-- Test-only migration for the setup tests (Migrator, ScratchDatabase); the real schema lives in db/migration.
CREATE TABLE setup_probe (
  id   bigint PRIMARY KEY,
  note text NOT NULL
);
