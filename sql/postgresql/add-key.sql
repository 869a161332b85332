-- SPDX-License-Identifier: MIT
-- OPTIONAL. Adds an identity column "rowId" to attlog (PostgreSQL 10+), for tables that have no
-- serialNo (or whose serialNo is empty, repeats, or is numbered per device), so that Live follows
-- new rows by a key instead of by their time (keyless mode reads more on every poll).
--   psql -d thirdparty -f add-key.sql
--
-- Before you run it:
-- - Take a backup. Adding the column rewrites the table; on a large table run it out of hours.
-- - Existing rows are numbered in no guaranteed order; rows inserted afterwards get increasing
--   numbers, which is all the live key needs.
-- - Whoever writes the table inserts with a column list (iVMS-4200 does), so an extra column
--   does not disturb it. If new passes stop arriving after the change, drop the column
--   (ALTER TABLE attlog DROP COLUMN "rowId";).
--
-- Afterwards set the key column to rowId: in the viewer's connection profile (the column mapped
-- to the live key), or `attlog ... --key rowId` for the console tool.

ALTER TABLE attlog ADD COLUMN IF NOT EXISTS "rowId" BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX IF NOT EXISTS ux_attlog_rowid ON attlog ("rowId");
