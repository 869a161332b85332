-- SPDX-License-Identifier: MIT
-- Recommended indexes on thirdparty.attlog (MySQL / MariaDB). Run once; MySQL has no
-- CREATE INDEX IF NOT EXISTS, so a second run stops at the first index that exists.
--   mysql -u root -p thirdparty < indexes.sql
--
-- A unique index allows any number of NULLs here. If it fails with a duplicate entry error, this
-- installation repeats serialNo: add an AUTO_INCREMENT column and point the live key at it
-- (see sql/sqlserver/add-identity-key.sql for the idea).

CREATE UNIQUE INDEX ux_attlog_serialNo ON attlog (serialNo);
-- History reads newest first (authDateTime DESC, serialNo DESC): the time, name and door indexes
-- carry that order so a first page comes straight from an index.
CREATE INDEX ix_attlog_authDateTime ON attlog (authDateTime, serialNo);
CREATE INDEX ix_attlog_personName ON attlog (personName, authDateTime, serialNo);
CREATE INDEX ix_attlog_doorName ON attlog (doorName, authDateTime, serialNo);
CREATE INDEX ix_attlog_employeeID ON attlog (employeeID);
CREATE INDEX ix_attlog_cardNo ON attlog (cardNo);
