-- SPDX-License-Identifier: MIT
-- OPTIONAL. Adds an identity column rowId to dbo.attlog, for installations whose serialNo is
-- empty (NULL) or repeats, so that Live has a unique, increasing key to follow.
--   sqlcmd -S SERVER -E -d thirdparty -i add-identity-key.sql
--
-- Before you run it:
-- - Take a backup. Adding the column rewrites the table; on a large table run it out of hours.
-- - Existing rows are numbered in no guaranteed order; rows inserted afterwards get increasing
--   numbers in the order they are committed, which is all the live key needs.
-- - iVMS-4200 inserts with a column list, so an extra column does not disturb it. Check on a copy
--   first if you are unsure: if new passes stop arriving after the change, drop the index and the
--   column (DROP INDEX UX_attlog_rowId ON dbo.attlog; ALTER TABLE dbo.attlog DROP COLUMN rowId;).
--
-- Afterwards point the live key at the new column: in the viewer's connection profile set the
-- key column (the column mapped to the live key, serialNo by default) to rowId; for the console
-- tool use the same profile. Nothing else changes: reports still order by authDateTime.

USE thirdparty;
GO

IF COL_LENGTH(N'dbo.attlog', N'rowId') IS NULL
    ALTER TABLE dbo.attlog ADD rowId BIGINT IDENTITY(1, 1) NOT NULL;
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes
               WHERE name = N'UX_attlog_rowId' AND object_id = OBJECT_ID(N'dbo.attlog'))
    CREATE UNIQUE INDEX UX_attlog_rowId ON dbo.attlog (rowId);
GO
