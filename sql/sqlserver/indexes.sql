-- SPDX-License-Identifier: MIT
-- Recommended indexes on dbo.attlog (SQL Server). iVMS-4200 creates the table without any; with
-- these, Live (serialNo > ?), History (authDateTime ranges) and the name, door, employee ID and
-- card filters (exact IN lists and LIKE prefixes) use index seeks instead of table scans.
-- Safe to run again: each index is created only when it does not exist.
--   sqlcmd -S SERVER -E -d thirdparty -i indexes.sql
--
-- If the unique index on serialNo fails with a duplicate key error, this installation repeats
-- serialNo: run add-identity-key.sql and let the live key use rowId instead.

USE thirdparty;
GO

-- Filtered, so that rows with an empty (NULL) serialNo do not collide with each other.
IF NOT EXISTS (SELECT 1 FROM sys.indexes
               WHERE name = N'UX_attlog_serialNo' AND object_id = OBJECT_ID(N'dbo.attlog'))
    CREATE UNIQUE INDEX UX_attlog_serialNo ON dbo.attlog (serialNo) WHERE serialNo IS NOT NULL;
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes
               WHERE name = N'IX_attlog_authDateTime' AND object_id = OBJECT_ID(N'dbo.attlog'))
    -- History reads newest first: time, name and door indexes carry (authDateTime, serialNo).
    CREATE INDEX IX_attlog_authDateTime ON dbo.attlog (authDateTime DESC, serialNo DESC);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes
               WHERE name = N'IX_attlog_personName' AND object_id = OBJECT_ID(N'dbo.attlog'))
    CREATE INDEX IX_attlog_personName ON dbo.attlog (personName, authDateTime DESC, serialNo DESC);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes
               WHERE name = N'IX_attlog_doorName' AND object_id = OBJECT_ID(N'dbo.attlog'))
    CREATE INDEX IX_attlog_doorName ON dbo.attlog (doorName, authDateTime DESC, serialNo DESC);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes
               WHERE name = N'IX_attlog_employeeID' AND object_id = OBJECT_ID(N'dbo.attlog'))
    CREATE INDEX IX_attlog_employeeID ON dbo.attlog (employeeID);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes
               WHERE name = N'IX_attlog_cardNo' AND object_id = OBJECT_ID(N'dbo.attlog'))
    CREATE INDEX IX_attlog_cardNo ON dbo.attlog (cardNo);
GO
