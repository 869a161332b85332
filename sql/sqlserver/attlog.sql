-- SPDX-License-Identifier: MIT
-- The iVMS-4200 "third-party database" table as iVMS-4200 creates it on Microsoft SQL Server:
-- database thirdparty, schema dbo, table attlog. iVMS-4200 normally creates it itself; this script
-- is for a test server, a copy, or a server where the table has to be made by hand.
-- Run with sqlcmd (the GO separators are sqlcmd / SSMS batch separators):
--   sqlcmd -S SERVER -E -i attlog.sql
--
-- authDateTime is local wall-clock time without an offset. authDate / authTime are text copies
-- of the date and time; some installations leave authDateTime NULL and fill only those two.
-- Text is NVARCHAR (UTF-16), yet Russian text often arrives as mojibake (UTF-8 bytes read as
-- Windows-1251): the application repairs it when reading.

IF DB_ID(N'thirdparty') IS NULL
    CREATE DATABASE thirdparty;
GO

USE thirdparty;
GO

IF OBJECT_ID(N'dbo.attlog', N'U') IS NULL
    CREATE TABLE dbo.attlog (
        serialNo     INT           NULL, -- unique and increasing: the live key
        authDateTime DATETIME2     NULL, -- local time, no offset
        authDate     NVARCHAR(32)  NULL, -- 'yyyy-MM-dd', 'dd.MM.yyyy' or 'yyyy/MM/dd'
        authTime     NVARCHAR(32)  NULL, -- 'HH:mm:ss'
        direction    NVARCHAR(32)  NULL, -- 'in'/'out', 'vhod'/'vihod', 'checkIn'/'checkOut', ...
        deviceName   NVARCHAR(128) NULL,
        deviceSN     NVARCHAR(64)  NULL,
        personName   NVARCHAR(128) NULL,
        employeeID   NVARCHAR(64)  NULL,
        cardNo       NVARCHAR(64)  NULL,
        doorName     NVARCHAR(128) NULL,
        readerName   NVARCHAR(128) NULL
    );
GO
