-- Test-only: a second version so the tests can see "ran 2, now at version 2".
INSERT INTO setup_probe (id, note) VALUES (1, 'migrated');
