-- SPDX-License-Identifier: MIT
-- Recommended indexes on attlog (PostgreSQL). Safe to run again.
--   psql -d thirdparty -f indexes.sql
-- A unique index allows any number of NULLs.

CREATE UNIQUE INDEX IF NOT EXISTS ux_attlog_serialno ON attlog ("serialNo");
-- History reads newest first ("authDateTime" DESC NULLS LAST, "serialNo" DESC): these indexes
-- are in that order, so the first page of a period, a door or a person comes straight from them.
CREATE INDEX IF NOT EXISTS ix_attlog_authdatetime ON attlog ("authDateTime" DESC NULLS LAST, "serialNo" DESC);
CREATE INDEX IF NOT EXISTS ix_attlog_personname ON attlog ("personName", "authDateTime" DESC NULLS LAST, "serialNo" DESC);
CREATE INDEX IF NOT EXISTS ix_attlog_doorname ON attlog ("doorName", "authDateTime" DESC NULLS LAST, "serialNo" DESC);
CREATE INDEX IF NOT EXISTS ix_attlog_employeeid ON attlog ("employeeID");
CREATE INDEX IF NOT EXISTS ix_attlog_cardno ON attlog ("cardNo");
