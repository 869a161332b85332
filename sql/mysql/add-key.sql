-- SPDX-License-Identifier: MIT
-- OPTIONAL. Adds an auto-increment column rowId to attlog, for tables that have no serialNo (or
-- whose serialNo is empty, repeats, or is numbered per device), so that Live follows new rows by
-- a key instead of by their time (keyless mode reads more on every poll).
-- Run it in the database that holds the table:
--   mysql -u root -p thirdparty < add-key.sql
--
-- Before you run it:
-- - Take a backup. Adding the column rewrites the table; on a large table run it out of hours.
-- - Existing rows are numbered in no guaranteed order; rows inserted afterwards get increasing
--   numbers, which is all the live key needs.
-- - iVMS-4200 inserts with a column list, so an extra column does not disturb it. Check on a copy
--   first if you are unsure: if new passes stop arriving after the change, drop the column
--   (ALTER TABLE attlog DROP COLUMN rowId;).
--
-- Afterwards set the key column to rowId: in the viewer's connection profile (the column mapped
-- to the live key), or `attlog ... --key rowId` for the console tool.

ALTER TABLE attlog ADD COLUMN rowId BIGINT NOT NULL AUTO_INCREMENT UNIQUE;
