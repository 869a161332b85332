-- SPDX-License-Identifier: MIT
-- Recommended indexes on attlog (PostgreSQL). Safe to run again.
--   psql -d thirdparty -f indexes.sql
-- A unique index allows any number of NULLs.

CREATE UNIQUE INDEX IF NOT EXISTS ux_attlog_serialno ON attlog ("serialNo");
CREATE INDEX IF NOT EXISTS ix_attlog_authdatetime ON attlog ("authDateTime");
CREATE INDEX IF NOT EXISTS ix_attlog_personname ON attlog ("personName");
CREATE INDEX IF NOT EXISTS ix_attlog_doorname ON attlog ("doorName");
CREATE INDEX IF NOT EXISTS ix_attlog_employeeid ON attlog ("employeeID");
CREATE INDEX IF NOT EXISTS ix_attlog_cardno ON attlog ("cardNo");
