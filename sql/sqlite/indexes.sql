-- SPDX-License-Identifier: MIT
-- Recommended indexes on attlog (SQLite). Safe to run again. The demo database embeds this file.
--   sqlite3 attlog.sqlite < indexes.sql
-- A unique index allows any number of NULLs.

CREATE UNIQUE INDEX IF NOT EXISTS ux_attlog_serialNo ON attlog (serialNo);
CREATE INDEX IF NOT EXISTS ix_attlog_authDateTime ON attlog (authDateTime);
CREATE INDEX IF NOT EXISTS ix_attlog_personName ON attlog (personName);
CREATE INDEX IF NOT EXISTS ix_attlog_doorName ON attlog (doorName);
CREATE INDEX IF NOT EXISTS ix_attlog_employeeID ON attlog (employeeID);
CREATE INDEX IF NOT EXISTS ix_attlog_cardNo ON attlog (cardNo);
