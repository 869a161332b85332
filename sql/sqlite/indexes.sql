-- SPDX-License-Identifier: MIT
-- Recommended indexes on attlog (SQLite). Safe to run again. The demo database embeds this file.
--   sqlite3 attlog.sqlite < indexes.sql
-- A unique index allows any number of NULLs.

CREATE UNIQUE INDEX IF NOT EXISTS ux_attlog_serialNo ON attlog (serialNo);
-- History reads newest first (authDateTime DESC, serialNo DESC): the time index carries the key,
-- and name and door indexes carry both, so a one-door or one-person filter reads its first page
-- straight from the index instead of sorting every matching row.
CREATE INDEX IF NOT EXISTS ix_attlog_authDateTime ON attlog (authDateTime, serialNo);
CREATE INDEX IF NOT EXISTS ix_attlog_personName ON attlog (personName, authDateTime, serialNo);
CREATE INDEX IF NOT EXISTS ix_attlog_doorName ON attlog (doorName, authDateTime, serialNo);
CREATE INDEX IF NOT EXISTS ix_attlog_employeeID ON attlog (employeeID);
CREATE INDEX IF NOT EXISTS ix_attlog_cardNo ON attlog (cardNo);
